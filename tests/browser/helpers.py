"""Helpers for browser tests."""

import os

# The Chromium the browser tests drive (Debian's), or CHROMIUM_PATH.
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def axe_violations(page):
    """WCAG 2.0/2.1/2.2 A and AA violations reported by axe-core on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "runOnly": {
                "type": "tag",
                "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
            },
            # Only violations are read: axe skips listing what passed, a quarter of its time.
            "resultTypes": ["violations"],
        },
    )
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes: "
        f"{[node['target'] for node in violation['nodes']][:3]})"
        for violation in results.response["violations"]
    ]


# --- Signing staff in, second factor included ---------------------------------------------------
# The browser-test server runs with DEBUG off, so demo users who can see personal data (admin,
# coordinator, and the demo editor, who is also a Community editor) must pass a TOTP code, as on
# a real server. The first sign-in sets up the authenticator from the key shown on the setup page;
# later sign-ins in the same test session reuse that key.
_TOTP_KEYS = {}  # username -> base32 key, for this pytest session's server
_LAST_STEP = {}  # username -> the 30-second step of the last code typed (a code is good once)


def totp_code(username, key=None):
    """A code the server accepts now for `username`; never one it has already accepted.

    A code is good once, and the server also takes the codes of the steps next to the current
    30-second step (django-otp's tolerance of one step), so a second sign-in within one step types
    the next step's code instead of waiting for it; only a third one in the same step waits. A
    code is never typed in the last seconds of a step, which the server might already have left.
    """
    import time
    from base64 import b32decode

    from django_otp.oath import totp

    key = key or _TOTP_KEYS[username]
    if time.time() % 30 > 27:
        time.sleep(30 - time.time() % 30 + 0.2)
    now = int(time.time()) // 30
    step = max(now, _LAST_STEP.get(username, now - 1) + 1)
    if step > now + 1:
        time.sleep(30 - time.time() % 30 + 0.2)
        now = int(time.time()) // 30
        step = max(now, _LAST_STEP[username] + 1)
    _LAST_STEP[username] = step
    return f"{totp(b32decode(key), drift=step - now):06d}"


def sign_in(page, site_url, username, password, next_path="/admin/"):
    """Sign in on the admin login and pass the second factor when asked; ends on `next_path`.

    Returns which second step was asked for: "setup", "verify" or None.
    """
    page.goto(f"{site_url}/admin/login/?next={next_path}")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.locator("form.login-form button[type=submit]").click()
    asked = None
    if "/admin/two-factor/setup/" in page.url:
        asked = "setup"
        _TOTP_KEYS[username] = page.locator("#two-factor-secret").inner_text().replace(" ", "")
    elif "/admin/two-factor/" in page.url:
        asked = "verify"
    if asked:
        page.fill("#id_token", totp_code(username))
        with page.expect_navigation():
            page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{site_url}{next_path}")
    return asked
