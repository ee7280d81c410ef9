"""Community pages in a real browser: accessibility, 360 px screenshots, the .ics download, keyboard use."""

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser.helpers import axe_violations

PAGES = {
    "es": {
        "space": "/es/comunidad/",
        "events": "/es/comunidad/eventos/",
        "event": "/es/comunidad/eventos/taller-que-necesita-tu-barrio/",
        "services": "/es/servicios/",
        "voice": "/es/tu-voz/",
        "you-said": "/es/tu-voz/lo-que-hicimos/",
        "plan": "/es/tu-voz/plan/",
    },
    "ht": {
        "space": "/ht/kominote/",
        "events": "/ht/kominote/aktivite/",
        "event": "/ht/kominote/aktivite/atelye-bezwen-katye-a/",
        "services": "/ht/sevis/",
        "voice": "/ht/vwa-ou/",
        "you-said": "/ht/vwa-ou/sa-nou-fe/",
        "plan": "/ht/vwa-ou/plan/",
    },
}


@pytest.mark.parametrize("code", ["es", "ht"])
@pytest.mark.parametrize("name", list(PAGES["es"]))
def test_community_pages_have_no_axe_violations(page, site_url, screenshot, code, name):
    page.set_viewport_size({"width": 360, "height": 780})
    response = page.goto(site_url + PAGES[code][name])
    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", code)
    screenshot(f"community-{name}-{code}-360")
    assert axe_violations(page) == []
    # Nothing overflows sideways on a small phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_filtered_directory_has_no_axe_violations(page, site_url):
    page.goto(f"{site_url}/es/servicios/?no_documents=1&language=ht")
    assert axe_violations(page) == []
    assert page.locator("article.service").count() >= 1


def test_tu_voz_errors_have_no_axe_violations(page, site_url):
    page.goto(f"{site_url}/ht/vwa-ou/")
    page.get_by_role("button", name="Voye mesaj mwen").click()
    expect(page.get_by_role("alert")).to_contain_text("Tanpri ekri mesaj ou.")
    assert axe_violations(page) == []


def test_add_to_my_calendar_downloads_a_valid_ics(page, site_url):
    page.goto(f"{site_url}/es/comunidad/eventos/taller-que-necesita-tu-barrio/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Agregar a mi calendario").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    with open(download.path(), "rb") as handle:
        calendar = Calendar.from_ical(handle.read())
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Taller participativo: ¿qué necesita tu barrio?"
    assert event["DTSTART"].params["TZID"] == "America/Guayaquil"


def test_events_feed_is_advertised_and_served(page, site_url):
    page.goto(f"{site_url}/ht/kominote/aktivite/")
    href = page.locator('link[rel="alternate"][type="text/calendar"]').get_attribute("href")
    response = page.request.get(site_url + href)
    assert response.ok
    calendar = Calendar.from_ical(response.body())
    titles = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert "Atelye patisipatif: kisa katye w la bezwen?" in titles
    assert "Círculo de costura y conversación" not in titles  # still awaiting moderation


def test_tu_voz_can_be_sent_with_the_keyboard_alone(page, site_url):
    page.goto(f"{site_url}/es/tu-voz/")
    page.locator("#id_message").focus()
    page.keyboard.type("Necesitamos talleres los sábados.")
    page.keyboard.press("Tab")  # to the name field (optional): skip it
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Gracias: recibimos tu mensaje")


def test_directory_filters_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/en/services/")
    page.get_by_label("No documents needed").check()
    with page.expect_navigation():  # the filtered page has loaded, not only started to arrive
        page.get_by_role("button", name="Show services").click()
    assert "no_documents=1" in page.url
    assert page.locator("article.service").count() >= 4
    context.close()
