"""The deployment tests reuse the community section as an editor builds it."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "wheel: builds and installs the wheel in a fresh virtualenv (slow; runs in CI)"
    )
