"""Search in a real browser against the seeded demo site: keyboard only, axe, page weight."""

import gzip
import re
import urllib.parse
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import axe_violations


def test_search_from_the_header_box_with_the_keyboard_alone(page, site_url, screenshot):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{site_url}/es/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search":
            break
        if page.evaluate("document.activeElement.matches('.site-menu:not([open]) > summary')"):
            page.keyboard.press("Enter")  # on a phone the search box is in the menu
    else:
        pytest.fail("the header search box never received keyboard focus")
    page.keyboard.type("refujio")  # a typo, as people type on small keyboards
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/es/search/\?q=refujio"))
    suggestion = page.locator(".did-you-mean a")
    expect(suggestion).to_contain_text("refugio")
    # Follow the suggestion with the keyboard too.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.did-you-mean') !== null"):
            break
    else:
        pytest.fail("the did-you-mean link never received keyboard focus")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=refugio"))
    expect(page.locator(".result").first).to_contain_text("Pedir asilo o refugio en Ecuador")
    screenshot("search-es-refugio-360")


@pytest.mark.parametrize(
    "code, query",
    [
        ("es", "trabajo"),
        ("en", "asylum"),
        ("fr", "santé"),
        ("ht", "azil"),
        ("en", "regularizacion"),
    ],
)
def test_results_page_has_no_axe_violations(page, site_url, code, query, screenshot):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{site_url}/{code}/search/?" + urllib.parse.urlencode({"q": query}))
    expect(page.locator(".result").first).to_be_visible()
    screenshot(f"search-{code}-{query}-360")
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    "code, query", [("es", "zzqxw"), ("ht", "zzqxw"), ("en", ""), ("fr", 'asylum & | ! :* "(')]
)
def test_empty_and_no_result_pages_have_no_axe_violations(page, site_url, code, query, screenshot):
    page.goto(f"{site_url}/{code}/search/?" + urllib.parse.urlencode({"q": query}))
    expect(page.locator("h1")).to_be_visible()
    screenshot(f"search-{code}-{'empty' if not query else 'none'}")
    assert axe_violations(page) == []


def test_section_filter_and_pagination_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/es/search/?q=trabajo")
    page.locator(".section-filter a", has_text="Evento").click()
    expect(page.locator(".section-filter a[aria-current]")).to_contain_text("Evento")
    sections = page.locator(".result p.meta > span.badge:first-child").all_text_contents()
    assert sections and set(sections) == {"Evento"}
    context.close()


@pytest.mark.parametrize("path", ["/es/search/?q=trabajo", "/en/search/?q=asylum", "/ht/search/"])
def test_search_page_weight_is_within_budget(site_url, path):
    html = urllib.request.urlopen(site_url + path).read()  # noqa: S310
    total = len(gzip.compress(html))
    for href in re.findall(rb'<link rel="stylesheet" href="([^"]+)"', html):
        total += len(gzip.compress(urllib.request.urlopen(site_url + href.decode()).read()))  # noqa: S310
    # The one script is the offline worker's registration (issue 15), counted in the budget;
    # JSON-LD data is not a script that runs.
    scripts = re.findall(rb'<script(?! type="application/ld\+json")[^>]*>', html)
    assert scripts == [b'<script src="/static/js/offline.js" defer>'], scripts
    total += len(gzip.compress(urllib.request.urlopen(site_url + "/static/js/offline.js").read()))  # noqa: S310
    assert total < 60_000, total
    print(f"{path}: {total} bytes compressed")
