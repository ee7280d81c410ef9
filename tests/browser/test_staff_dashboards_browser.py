"""The staff's dashboards per role and the translation status report in a real browser: each has
zero axe violations (WCAG 2.x A and AA) on the seeded demo site."""

from playwright.sync_api import expect

from home.demo_content import DEMO_USERS
from tests.browser.helpers import axe_violations, sign_in

PASSWORDS = {username: password for username, password, *_ in DEMO_USERS}


def test_the_translation_report_and_the_editors_dashboard_have_no_axe_violations(
    page, site_url, screenshot
):
    sign_in(page, site_url, "editor", PASSWORDS["editor"])
    expect(page.locator("#dashboard-translations-content")).to_be_visible()
    expect(page.locator("#dashboard-community-content")).to_be_visible()
    assert axe_violations(page) == []
    screenshot("dashboard-editor")

    page.goto(f"{site_url}/admin/reports/translation-status/")
    expect(page.locator("table.translation-status")).to_be_visible()
    assert axe_violations(page) == []
    screenshot("translation-status")

    # Filtered to what is missing in Haitian Creole, through the report's own filter.
    page.goto(f"{site_url}/admin/reports/translation-status/?language=ht&status=missing")
    expect(page.locator("table.translation-counts")).to_be_visible()
    assert axe_violations(page) == []


def test_the_coordinators_and_partners_dashboards_have_no_axe_violations(page, site_url):
    sign_in(page, site_url, "coordinator", PASSWORDS["coordinator"])
    expect(page.locator("#dashboard-courses-content")).to_be_visible()
    assert page.locator("#dashboard-translations-content").count() == 0
    assert axe_violations(page) == []

    page.context.clear_cookies()
    sign_in(page, site_url, "partner", PASSWORDS["partner"])
    expect(page.locator("#dashboard-partner-content")).to_be_visible()
    assert page.locator("#dashboard-courses-content").count() == 0
    assert axe_violations(page) == []


def test_the_legal_reviewers_and_community_editors_dashboards_have_no_axe_violations(
    page, site_url
):
    sign_in(page, site_url, "legal", PASSWORDS["legal"])
    expect(page.locator("#dashboard-legal-review-content")).to_be_visible()
    assert page.locator("#dashboard-community-content").count() == 0
    assert axe_violations(page) == []
    # The role that signs the guides this reviewer approves, in their account settings.
    page.goto(f"{site_url}/admin/account/")
    expect(page.locator("#id_staff_profile-review_role")).to_have_value(
        "Asesoría legal, Municipio de Quito"
    )

    # The demo's Community editor is the demo editor (also an Editor and a Moderator).
    page.context.clear_cookies()
    sign_in(page, site_url, "editor", PASSWORDS["editor"])
    community = page.locator("#dashboard-community-content")
    expect(community).to_be_visible()
    expect(community.locator(".role-dashboard__value").first).to_be_visible()
    assert page.locator("#dashboard-legal-review-content").count() == 0
    assert axe_violations(page) == []


def test_the_legal_advice_panel_and_call_list_have_no_axe_violations(page, site_url):
    # The administrator sees every panel. (The demo adviser is kept for the security tests'
    # first sign-in with a second factor.)
    sign_in(page, site_url, "admin", PASSWORDS["admin"])
    expect(page.locator("#dashboard-legal-advice-content")).to_be_visible()
    assert axe_violations(page) == []
    page.goto(f"{site_url}/admin/legal-advice/call-list/")
    expect(page.locator("table.listing")).to_be_visible()
    assert axe_violations(page) == []
