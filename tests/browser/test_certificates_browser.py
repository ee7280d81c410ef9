"""Course certificates in a real browser: the coordinator marks one session's attendance from a
small phone with the keyboard alone, and the public verification page has zero axe violations at
360 px in Spanish and Haitian Creole, valid and revoked."""

import re
import subprocess

from playwright.sync_api import expect

from home.demo_content import DEMO_USERS
from tests.browser.conftest import MANAGE, REPO
from tests.browser.helpers import axe_violations, sign_in

PASSWORDS = {username: password for username, password, *_ in DEMO_USERS}

# Run in the demo server's own database: one person completes the barista course the way the
# roster records it (attendance at every session), which issues their certificate.
COMPLETE = """
from courses import services
from courses.models import CoursePage, Enrolment
course = CoursePage.objects.get(slug="barista", locale__language_code="es")
person = Enrolment.objects.filter(course=course, status="confirmed").order_by("-queue_number")[0]
for session in course.sessions.all():
    services.record_attendance(course, session, [person.pk])
person.refresh_from_db()
print(person.certificate.number)
"""

REVOKE = """
from courses import services
from courses.models import Certificate
services.revoke_certificate(Certificate.objects.get(number="{number}"), "Test")
"""


def manage_shell(demo_server, code):
    result = subprocess.run(
        [*MANAGE, "shell", "-c", code],
        env=demo_server.environment,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def test_a_coordinator_marks_a_session_with_the_keyboard_on_a_phone(page, site_url, screenshot):
    page.set_viewport_size({"width": 360, "height": 780})
    sign_in(
        page, site_url, "coordinator", PASSWORDS["coordinator"], next_path="/admin/courses/seats/"
    )
    page.locator("tr", has_text="Barista").get_by_role("link").last.click()  # its roster
    page.wait_for_url(re.compile(r"/admin/courses/roster/\d+/$"))
    page.locator("ol.sessions a").first.click()
    page.wait_for_url(re.compile(r"/session/\d+/$"))
    expect(page.locator("h1")).to_have_text(re.compile("Barista"))
    assert axe_violations(page) == []

    first = page.locator("input[name=present]").first
    expect(first).not_to_be_checked()
    page.keyboard.press("Tab")  # the link back to the roster
    page.keyboard.press("Tab")  # the first person's box
    expect(first).to_be_focused()
    page.keyboard.press("Space")
    box = first.bounding_box()
    assert box["width"] >= 32 and box["height"] >= 32  # a target a thumb finds
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type === 'submit'"):
            break
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator(".messages")).to_be_visible()
    expect(page.locator("input[name=present]").first).to_be_checked()
    assert axe_violations(page) == []
    screenshot("courses-session-attendance-360")


def test_the_verification_page_has_no_axe_violations_at_360_px(
    page, site_url, demo_server, screenshot
):
    number = manage_shell(demo_server, COMPLETE)
    assert re.fullmatch(r"QTO-C-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", number)
    page.set_viewport_size({"width": 360, "height": 780})
    for language in ("es", "ht"):
        page.goto(f"{site_url}/{language}/certificate/{number}/")
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator("dl.facts")).to_contain_text(number)
        assert axe_violations(page) == []
        screenshot(f"courses-certificate-{language}-360")
    manage_shell(demo_server, REVOKE.format(number=number))
    for language, text in (("es", "Revocado el"), ("ht", "Anile le")):
        page.goto(f"{site_url}/{language}/certificate/{number}/")
        expect(page.locator("main, body").first).to_contain_text(text)
        assert axe_violations(page) == []
