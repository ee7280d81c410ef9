"""Accepting a seat offer from a 360-px phone, with the keyboard alone, in Haitian Creole."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import axe_violations

# Run in the demo server's database: a Haitian-speaking person waiting on a full course gets
# the offer that a freed seat would give them; prints the path of the link in their message.
MAKE_OFFER = """
import json
from django.urls import reverse
from django.utils import translation
from courses import services
from courses.models import CoursePage, Enrolment
course = next(
    c for c in CoursePage.objects.filter(locale__language_code="es").order_by("pk")
    if c.seat_counts()["free"] == 0
)
person = Enrolment(full_name="Marie Joseph", phone="099 765 0001", preferred_channel="sms")
person, _ = services.enrol(course, person, "ht", check_dates=False)
services.change_status(person, "offered")
person.refresh_from_db()
with translation.override("ht"):
    print(json.dumps(reverse("courses:offer", kwargs={"token": services.offer_token(person)})))
"""


@pytest.fixture
def offer_path(on_server):
    return on_server(MAKE_OFFER)


def tab_to(page, predicate_js, limit=60):
    """Press Tab until the focused element matches; fail if the keyboard never gets there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {predicate_js})(document.activeElement)"):
            return
    pytest.fail(f"keyboard focus never reached: {predicate_js}")


def test_accept_a_seat_offer_with_the_keyboard_alone_on_a_small_phone_in_haitian_creole(
    page, site_url, offer_path, screenshot
):
    assert offer_path.startswith("/ht/enrolment/offer/")
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(site_url + offer_path)
    expect(page.locator("html")).to_have_attribute("lang", "ht")
    expect(page.locator("h1")).to_have_text("Òf plas ou")
    expect(page.locator("main")).to_contain_text("Èske ou ka vini?")
    assert axe_violations(page) == []
    screenshot("seat-offer-ht-360")

    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('Wi, mwen aksepte plas la')")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator("[role=status]")).to_contain_text("Li fèt: plas la se pou ou.")
    assert page.locator("form.offer-answer").count() == 0
    assert axe_violations(page) == []
    # Nothing in the main content makes a 360-px phone scroll sideways.
    assert (
        page.evaluate(
            "Math.max(...[...document.querySelectorAll('main *')].map(e => e.getBoundingClientRect().right))"
        )
        <= 360
    )
    screenshot("seat-offer-accepted-ht-360")

    # The same link again (a replay) says it was answered and changes nothing.
    page.goto(site_url + offer_path)
    expect(page.locator("[role=status]")).to_contain_text("Yo te deja reponn òf sa a")
    expect(page.locator("[role=status]")).to_contain_text("Konfime")
