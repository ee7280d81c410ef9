"""Words explained and listening, in a real browser: zero axe violations on the glossary and on a
guide whose words link to it, in every language; a term's link lands on its explanation; the
player fetches nothing before play."""

import os

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import axe_violations

GLOSSARIES = {
    "es": "/es/glosario/",
    "en": "/en/glossary/",
    "fr": "/fr/glossaire/",
    "ht": "/ht/glose/",
}
GUIDES = {
    "es": "/es/guias/asilo-y-refugio/",
    "en": "/en/guides/asylum-and-refugee-status/",
    "fr": "/fr/guides-juridiques/asile-et-refuge/",
    "ht": "/ht/gid-legal/azil-ak-refijye/",
}


@pytest.fixture
def base(request):
    """The seeded demo server; LEGAL_GUIDES_SITE_URL may point at one already running."""
    return os.environ.get("LEGAL_GUIDES_SITE_URL") or request.getfixturevalue("site_url")


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_glossary_page_is_a_to_z_with_no_axe_violations(page, base, code):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(base + GLOSSARIES[code])
    expect(page.locator("html")).to_have_attribute("lang", code)
    assert page.locator(".glossary dt[id]").count() >= 25
    page.locator(".glossary-letters a").first.click()  # the A–Z index jumps to its letter
    assert axe_violations(page) == []


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_a_guide_links_its_words_to_the_glossary_with_no_axe_violations(page, base, code):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(base + GUIDES[code])
    terms = page.locator(".guide-body a.term")
    assert terms.count() >= 3
    hrefs = [terms.nth(i).get_attribute("href") for i in range(terms.count())]
    assert len(hrefs) == len(set(hrefs))  # each word once
    assert all(href.startswith(GLOSSARIES[code] + "#") for href in hrefs)
    audio = page.locator("audio")
    if audio.count():  # made by espeak-ng when the server's machine has it
        expect(audio).to_have_attribute("preload", "none")
        src = audio.get_attribute("src")
        assert not any(url.endswith(src) for url in requests)  # nothing fetched before play
    assert axe_violations(page) == []
    anchor = hrefs[0].split("#", 1)[1]
    terms.first.click()
    expect(page).to_have_url(base + GLOSSARIES[code] + "#" + anchor)
    expect(page.locator(f"dt[id='{anchor}']")).to_be_visible()
