import pytest
from playwright.sync_api import expect

from tests.browser.helpers import axe_violations


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_home_page_has_no_axe_violations(page, site_url, code, screenshot):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{site_url}/{code}/")
    assert page.locator("html").get_attribute("lang") == code
    screenshot(f"home-{code}-360")
    assert axe_violations(page) == []


def test_language_switcher_works_with_the_keyboard_alone(page, site_url):
    page.goto(f"{site_url}/es/")
    # Tab from the top of the page until the Haitian Creole link has focus, then press Enter.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "ht":
            break
    else:
        pytest.fail("the Haitian Creole link never received keyboard focus")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}/ht/")
    expect(page.locator("html")).to_have_attribute("lang", "ht")
    expect(page.locator("h1")).to_have_text("Byenveni nan Quito")
