"""Staff sign-in in a real browser: a demo legal adviser sets up an authenticator, then types a code.

The adviser signs in nowhere else in the browser tests, so this is their first sign-in (other tests
sign in as the coordinator and the admin, who may have set up their authenticator already).

The server runs with DEBUG off, so the demo users get no exemption here (see tests/browser/helpers.py).
"""

import re

from playwright.sync_api import expect

from home.demo_content import DEMO_USERS
from tests.browser import helpers
from tests.browser.helpers import sign_in, totp_code

PASSWORDS = {username: password for username, password, *_ in DEMO_USERS}


def test_a_legal_adviser_sets_up_a_second_factor_then_opens_the_requests(
    page, site_url, screenshot
):
    page.goto(f"{site_url}/admin/login/?next=/admin/legal_advice_requests/")
    page.fill("#id_username", "adviser")
    page.fill("#id_password", PASSWORDS["adviser"])
    page.locator("form.login-form button[type=submit]").click()

    # Not the requests yet: the setup page, with a QR code drawn on the page and the key as text.
    page.wait_for_url(re.compile(r"/admin/two-factor/setup/\?next="))
    expect(page.locator("svg.two-factor-qr")).to_be_visible()
    key = page.locator("#two-factor-secret").inner_text().replace(" ", "")
    assert re.fullmatch(r"[A-Z2-7]{32}", key)
    screenshot("two-factor-setup")
    assert page.goto(f"{site_url}/admin/legal_advice_requests/").url.startswith(
        f"{site_url}/admin/two-factor/setup/"
    )

    page.fill("#id_token", totp_code("adviser", key))
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{site_url}/admin/legal_advice_requests/")
    expect(page.locator("h1").first).to_be_visible()

    # Sign out, and in again: this time only a code is asked for.
    page.context.clear_cookies()
    helpers._TOTP_KEYS["adviser"] = key
    asked = sign_in(
        page, site_url, "adviser", PASSWORDS["adviser"], next_path="/admin/legal_advice_requests/"
    )
    assert asked == "verify"
    assert page.url == f"{site_url}/admin/legal_advice_requests/"


def test_the_demo_admin_passes_a_second_factor_too(page, site_url):
    assert sign_in(page, site_url, "admin", PASSWORDS["admin"]) in ("setup", "verify")
    assert page.url == f"{site_url}/admin/"
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()
