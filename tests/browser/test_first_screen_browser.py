"""A first screen that shows the answer, on a small phone (360×640), in every language.

The page's <h1> starts within the top 200 px, a guide's "In short" starts on the first screen, the
urgent notice stays visible, the menu is a <details> disclosure that works with the keyboard and
without JavaScript, and every header control is at least 24 px in each direction.
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import axe_violations

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

LANGUAGES = ["es", "en", "fr", "ht"]
# Spanish demo pages (`seed_demo`); the other languages are found through their hreflang links.
SPANISH_PAGES = {
    "home": "/es/",
    "guide": "/es/guias/asilo-y-refugio/",
    "course": "/es/cursos/computacion-basica/",
    "event": "/es/comunidad/eventos/feria-de-servicios/",
}
PHONE = {"width": 360, "height": 640}
H1_MAX_TOP = 200


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, service_workers="block")
    yield context.new_page()
    context.close()


def translated_path(page, site_url, spanish_path, code):
    if code == "es":
        return spanish_path
    page.goto(f"{site_url}{spanish_path}")
    href = page.locator(f'link[rel="alternate"][hreflang="{code}"]').get_attribute("href")
    return page.evaluate("href => new URL(href).pathname", href)


def top(page, selector):
    return page.locator(selector).first.evaluate("el => el.getBoundingClientRect().top")


@pytest.mark.parametrize("kind", list(SPANISH_PAGES))
def test_the_title_starts_on_the_first_screen_in_every_language(phone, site_url, kind):
    for code in LANGUAGES:
        path = translated_path(phone, site_url, SPANISH_PAGES[kind], code)
        assert path.startswith(f"/{code}/"), path
        phone.goto(f"{site_url}{path}")
        assert phone.locator("html").get_attribute("lang") == code
        h1_top = top(phone, "h1")
        assert 0 <= h1_top <= H1_MAX_TOP, f"{path}: the <h1> starts at {h1_top:.0f} px"
        # The urgent notice ("everything is free") stays above it, in sight.
        expect(phone.locator(".urgent-notice")).to_be_visible()
        assert top(phone, ".urgent-notice") < h1_top
        # Nothing runs off the side of the screen.
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
        # One line of languages.
        tops = phone.locator(".language-switcher a").evaluate_all(
            "els => els.map(el => Math.round(el.getBoundingClientRect().top))"
        )
        assert len(set(tops)) == 1, f"{path}: the language switcher wraps ({tops})"
        if kind == "guide":
            in_short = top(phone, ".in-short")
            assert in_short < PHONE["height"], f"{path}: 'In short' starts at {in_short:.0f} px"


def test_the_menu_opens_and_closes_with_the_keyboard_without_javascript(browser, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site_url}/es/")
        summary = page.locator(".site-menu > summary")
        first_link = page.locator(".main-nav a").first
        expect(first_link).to_be_hidden()
        for _ in range(20):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('.site-menu > summary')"):
                break
        else:
            pytest.fail("the menu button never received keyboard focus")
        page.keyboard.press("Enter")
        expect(page.locator(".site-menu")).to_have_attribute("open", "")
        expect(first_link).to_be_visible()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('.main-nav') !== null")
        # Every link of the menu, and the search box inside it, is reachable with Tab.
        for _ in range(12):
            if page.evaluate("document.activeElement.id") == "site-search":
                break
            page.keyboard.press("Tab")
        else:
            pytest.fail("the search box in the menu never received keyboard focus")
        # Back to the menu button, and close it.
        summary.focus()
        page.keyboard.press("Enter")
        expect(page.locator(".site-menu")).not_to_have_attribute("open", "")
        expect(first_link).to_be_hidden()
        # Space opens it too, as for any button.
        page.keyboard.press(" ")
        expect(first_link).to_be_visible()
    finally:
        context.close()


@pytest.mark.parametrize("code", ["es", "ht"])
def test_header_targets_are_24_px_and_axe_finds_nothing_with_the_menu_open(phone, site_url, code):
    phone.goto(f"{site_url}/{code}/")
    phone.locator(".site-menu > summary").click()
    sizes = phone.locator(
        ".site-header a, .site-header summary, .site-header button, .site-header input"
    ).evaluate_all(
        "els => els.filter(el => el.getClientRects().length).map(el => "
        "[el.outerHTML.slice(0, 60), el.getBoundingClientRect().width, "
        "el.getBoundingClientRect().height])"
    )
    assert len(sizes) >= 10
    small = [item for item in sizes if item[1] < 24 or item[2] < 24]
    assert small == []
    assert axe_violations(phone) == []


@pytest.mark.parametrize("width", [320, 360, 768])
def test_screenshots_of_the_first_screen(page, site_url, width):
    """For people to look at (test-artifacts/first-screen-*.png): the first screen of the home page
    and of a guide in Haitian Creole, whose words are the longest; axe finds nothing at any width."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": width, "height": 640})
    for name, path in (("home", "/ht/"), ("guide", "/ht/gid-legal/azil-ak-refijye/")):
        page.goto(f"{site_url}{path}")
        page.screenshot(path=str(ARTIFACTS / f"first-screen-{name}-ht-{width}.png"))
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        assert axe_violations(page) == [], f"{path} at {width} px"
