"""Staff sign-in in a real browser: the demo coordinator sets up an authenticator, then types a code.

The server runs with DEBUG off, so the demo users get no exemption here (see tests/browser/helpers.py).
"""

import re

from playwright.sync_api import expect

from home.demo_content import DEMO_USERS
from tests.browser import helpers
from tests.browser.helpers import sign_in, totp_code

PASSWORDS = {username: password for username, password, *_ in DEMO_USERS}


def test_the_coordinator_sets_up_a_second_factor_then_opens_the_enrolments(
    page, site_url, screenshot
):
    page.goto(f"{site_url}/admin/login/?next=/admin/enrolments/")
    page.fill("#id_username", "coordinator")
    page.fill("#id_password", PASSWORDS["coordinator"])
    page.locator("form.login-form button[type=submit]").click()

    # Not the enrolments yet: the setup page, with a QR code drawn on the page and the key as text.
    page.wait_for_url(re.compile(r"/admin/two-factor/setup/\?next="))
    expect(page.locator("svg.two-factor-qr")).to_be_visible()
    key = page.locator("#two-factor-secret").inner_text().replace(" ", "")
    assert re.fullmatch(r"[A-Z2-7]{32}", key)
    screenshot("two-factor-setup")
    assert page.goto(f"{site_url}/admin/enrolments/").url.startswith(
        f"{site_url}/admin/two-factor/setup/"
    )

    page.fill("#id_token", totp_code("coordinator", key))
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{site_url}/admin/enrolments/")
    expect(page.locator("h1").first).to_be_visible()

    # Sign out, and in again: this time only a code is asked for.
    page.context.clear_cookies()
    helpers._TOTP_KEYS["coordinator"] = key
    asked = sign_in(
        page, site_url, "coordinator", PASSWORDS["coordinator"], next_path="/admin/enrolments/"
    )
    assert asked == "verify"
    assert page.url == f"{site_url}/admin/enrolments/"


def test_the_demo_admin_passes_a_second_factor_too(page, site_url):
    assert sign_in(page, site_url, "admin", PASSWORDS["admin"]) in ("setup", "verify")
    assert page.url == f"{site_url}/admin/"
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()
