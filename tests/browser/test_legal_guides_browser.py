"""Legal guides in a real browser: accessibility in every language, the FAQ and the feedback form
without JavaScript, and the printed handout with its QR code."""

import os
import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import axe_violations

GUIDES = {
    "es": "/es/guias/asilo-y-refugio/",
    "en": "/en/guides/asylum-and-refugee-status/",
    "fr": "/fr/guides-juridiques/asile-et-refuge/",
    "ht": "/ht/gid-legal/azil-ak-refijye/",
}
INDEXES = {
    "es": "/es/guias/",
    "en": "/en/guides/",
    "fr": "/fr/guides-juridiques/",
    "ht": "/ht/gid-legal/",
}


@pytest.fixture
def base_url_for_guides(request):
    """The seeded demo server; LEGAL_GUIDES_SITE_URL may point at one already running."""
    return os.environ.get("LEGAL_GUIDES_SITE_URL") or request.getfixturevalue("site_url")


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_guide_has_no_axe_violations_in_every_language(page, base_url_for_guides, code, screenshot):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(base_url_for_guides + GUIDES[code])
    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.locator("h1")).to_be_visible()
    page.locator("details.faq").first.locator("summary").click()  # check the open state too
    screenshot(f"guide-{code}-360")
    assert axe_violations(page) == []


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_guide_index_has_no_axe_violations_and_filters_by_topic(page, base_url_for_guides, code):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(base_url_for_guides + INDEXES[code])
    assert axe_violations(page) == []
    page.locator(".topic-links a[href$='?topic=asilo']").click()
    expect(page).to_have_url(base_url_for_guides + INDEXES[code] + "?topic=asilo")
    expect(page.locator(".guide-list > li")).to_have_count(1)
    expect(page.locator("html")).to_have_attribute("lang", code)


def test_untranslated_guide_shows_spanish_with_a_notice_and_no_axe_violations(
    page, base_url_for_guides
):
    page.goto(base_url_for_guides + "/en/guides/alquilar-vivienda/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("p.notice-info[role=status]").first).to_contain_text("not been translated")
    expect(page.locator(".review-banner")).to_contain_text("This guide may be out of date.")
    assert axe_violations(page) == []


def test_print_emulation_shows_the_qr_code_and_hides_the_forms(
    page, base_url_for_guides, screenshot
):
    page.goto(base_url_for_guides + GUIDES["es"])
    qr = page.locator(".print-handout svg")
    expect(qr).to_be_hidden()
    page.emulate_media(media="print")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box["width"] >= 100 and box["height"] >= 100  # big enough to scan (3.2 cm)
    expect(page.locator(".print-handout")).to_contain_text("/es/guias/asilo-y-refugio/")
    expect(page.locator("#feedback")).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("details.faq .faq-answer").first).to_be_visible()  # answers print open
    screenshot("guide-es-print")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", page.pdf(format="A4")))
    assert 1 <= pages <= 2  # a one- or two-page handout, even for the longest demo guide


def test_faq_and_feedback_work_without_javascript(browser, base_url_for_guides):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url_for_guides + GUIDES["ht"])
    faq = page.locator("details.faq").first
    answer = faq.locator(".faq-answer")
    expect(answer).to_be_hidden()
    faq.locator("summary").click()
    expect(answer).to_be_visible()
    # The feedback form: pick "Wi" with the keyboard-reachable radio and send.
    page.get_by_label("Wi").check()
    page.get_by_role("button", name="Voye").click()
    expect(page.locator("#feedback [role=status]")).to_contain_text("Mèsi!")
    context.close()


def test_feedback_errors_are_announced_and_the_page_stays_usable(page, base_url_for_guides):
    page.goto(base_url_for_guides + GUIDES["fr"])
    page.get_by_role("button", name="Envoyer").click()
    summary = page.locator("#feedback-form .error-summary[role=alert]")
    expect(summary).to_contain_text("Veuillez vérifier le formulaire")
    expect(page.locator("#error_1_id_helpful")).to_have_text("Veuillez choisir « Oui » ou « Non ».")
    assert axe_violations(page) == []
    summary.get_by_role("link").first.click()  # the summary leads to the first choice
    expect(page).to_have_url(re.compile(r"#id_helpful_0$"))
