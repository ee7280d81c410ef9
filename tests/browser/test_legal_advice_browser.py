"""Asking for legal advice from a small phone, keyboard only, in Haitian Creole, with axe."""

import re

from playwright.sync_api import expect

from tests.browser.helpers import axe_violations


def tab_to(page, predicate_js, limit=120):
    """Press Tab until the focused element matches; fail if the keyboard never gets there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {predicate_js})(document.activeElement)"):
            return
    raise AssertionError(f"keyboard focus never reached: {predicate_js}")


def widest_right_edge(page):
    return page.evaluate(
        "Math.max(...[...document.querySelectorAll('main *')].map(e => e.getBoundingClientRect().right))"
    )


def test_ask_for_legal_advice_with_the_keyboard_alone_on_a_small_phone_in_haitian_creole(
    page, site_url, screenshot
):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{site_url}/ht/")
    expect(page.locator("html")).to_have_attribute("lang", "ht")

    # From the home page's "I need help with…" cards to the form.
    tab_to(page, "el.tagName === 'A' && el.getAttribute('href') === '/ht/konsey-legal/'")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ht/konsey-legal/$"))
    expect(page.locator("h1")).to_have_text("Mande yon konsèy legal")
    assert axe_violations(page) == []
    assert widest_right_edge(page) <= 360
    screenshot("legal-advice-form-ht-360")

    # The advice language starts as the page's language.
    expect(page.locator("#id_preferred_language")).to_have_value("ht")

    # First without a phone or an email: the errors are in Kreyòl, next to the field and on top.
    tab_to(page, "el.name === 'topic'")
    page.keyboard.press("Space")  # the first topic
    tab_to(page, "el.name === 'full_name'")
    page.keyboard.type("Marie Joseph")
    tab_to(page, "el.name === 'description'")
    page.keyboard.type("Mèt kay la vle mete m deyò.")
    tab_to(page, "el.name === 'consent'")
    page.keyboard.press("Space")
    tab_to(page, "el.type === 'submit' && el.form && el.form.id === 'legal-advice-form'")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator("#error_1_id_phone")).to_contain_text(
        "Tanpri bay yon nimewo telefòn oswa yon adrès imèl."
    )
    expect(page.locator("#legal-advice-form-errors")).to_contain_text("Tanpri")
    expect(page.locator("#id_description")).to_have_value("Mèt kay la vle mete m deyò.")
    assert axe_violations(page) == []
    screenshot("legal-advice-errors-ht-360")

    # The error summary's link takes the keyboard to the field.
    tab_to(page, "el.tagName === 'A' && el.getAttribute('href') === '#id_phone'")
    page.keyboard.press("Enter")
    expect(page.locator("#id_phone")).to_be_focused()
    page.keyboard.type("099 765 4321")
    tab_to(page, "el.name === 'consent'")
    if not page.evaluate("document.activeElement.checked"):
        page.keyboard.press("Space")
    # The optional consent to a referral's contact, after the required one, in Kreyòl.
    tab_to(page, "el.name === 'share_contact'")
    expect(page.locator("label[for=id_share_contact]")).to_contain_text("Si ou vle")
    page.keyboard.press("Space")
    expect(page.locator("#id_share_contact")).to_be_checked()
    tab_to(page, "el.type === 'submit' && el.form && el.form.id === 'legal-advice-form'")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/ht/konsey-legal/thanks/$"))
    expect(page.locator("h1")).to_have_text("Nou resevwa demann konsèy legal ou a")
    reference = page.locator("main strong").first.inner_text()
    assert re.fullmatch(r"AL-[2-9A-HJ-NP-Z]{6}", reference)
    assert axe_violations(page) == []
    assert widest_right_edge(page) <= 360
    screenshot("legal-advice-thanks-ht-360")
