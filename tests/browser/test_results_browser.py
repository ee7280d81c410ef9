"""The Results page in a real browser: zero axe violations at 360 px in four languages, the charts
drawn without JavaScript, and the roadmap on the Plan page."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import axe_violations

RESULTS = {
    "es": "/es/resultados/",
    "en": "/en/results/",
    "fr": "/fr/resultats/",
    "ht": "/ht/rezilta/",
}


@pytest.mark.parametrize("code", list(RESULTS))
def test_results_page_has_no_axe_violations_at_360_px(page, site_url, screenshot, code):
    page.set_viewport_size({"width": 360, "height": 780})
    response = page.goto(site_url + RESULTS[code])
    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", code)
    # at least 8 indicators, each with a chart that has a title and a description, and a table
    assert page.locator("svg.chart").count() >= 8
    assert page.locator("svg.chart title").count() == page.locator("svg.chart").count()
    assert page.locator("svg.chart desc").count() == page.locator("svg.chart").count()
    assert page.locator(".indicator table").count() == page.locator("svg.chart").count()
    assert page.locator(".timeline .milestone").count() >= 6
    expect(page.locator(".notice-warning").first).to_be_visible()  # "sample data", not the city's
    screenshot(f"results-{code}-360")
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_results_page_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 780})
    page = context.new_page()
    page.goto(site_url + RESULTS["en"])
    chart = page.locator("svg.chart").first
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box["width"] > 200 and box["height"] > 100  # drawn by the server, sized by CSS
    context.close()


def test_the_plan_page_shows_the_roadmap(page, site_url):
    page.goto(site_url + "/es/tu-voz/plan/")
    roadmap = page.locator(".roadmap")
    expect(roadmap.get_by_role("heading", level=2)).to_contain_text("Hoja de ruta")
    assert roadmap.locator(".milestone").count() >= 6
    assert axe_violations(page) == []
