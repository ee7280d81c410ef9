"""The deployment tests reuse the community section as an editor builds it."""

from tests.community.conftest import community, community_en  # noqa: F401


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "wheel: builds and installs the wheel in a fresh virtualenv (slow; runs in CI)"
    )
