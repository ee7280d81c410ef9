"""Re-reading without a connection: the service worker (/sw.js) in a real browser.

A guide opened once is there again offline; a page never opened shows the offline page in the
visitor's language; and every page still works with the worker blocked (progressive enhancement).
http://127.0.0.1 is a secure context for Chromium, so the worker runs against the test server.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import axe_violations

# Demo guides (`seed_demo`) and a page of the same language that the test never opens.
GUIDES = {
    "ht": ("/ht/gid-legal/azil-ak-refijye/", "/ht/kou/", "Pa gen koneksyon"),
    "fr": ("/fr/guides-juridiques/asile-et-refuge/", "/fr/formations/", "Pas de connexion"),
    "es": ("/es/guias/asilo-y-refugio/", "/es/cursos/", "Sin conexión"),
}


def wait_until_kept(page, path):
    """Until the worker controls the page and has stored `path` (it does so as it installs)."""
    # Polled with evaluate(): wait_for_function() would need 'unsafe-eval', which the CSP forbids.
    for _ in range(75):
        if page.evaluate(
            "p => navigator.serviceWorker.controller !== null &&"
            " caches.open('pages').then(c => c.match(p)).then(Boolean)",
            path,
        ):
            return
        page.wait_for_timeout(200)
    pytest.fail(f"the service worker never stored {path}")


@pytest.mark.parametrize("code", list(GUIDES))
def test_an_opened_guide_reads_offline_and_other_pages_say_offline_in_the_language(
    browser, site_url, code
):
    guide, unvisited, offline_title = GUIDES[code]
    context = browser.new_context(viewport={"width": 360, "height": 640})
    page = context.new_page()
    try:
        page.goto(f"{site_url}{guide}")
        title = page.locator("h1").inner_text()
        wait_until_kept(page, guide)

        context.set_offline(True)
        page.reload()
        expect(page.locator("h1")).to_have_text(title)
        expect(page.locator(".in-short")).to_be_visible()
        assert page.evaluate("getComputedStyle(document.body).margin") == "0px"  # styled offline

        page.goto(f"{site_url}{unvisited}")
        expect(page.locator("h1")).to_have_text(offline_title)
        expect(page.locator("html")).to_have_attribute("lang", code)
        # The help contacts are on it, and the way back to the home page, kept too.
        expect(page.locator(".offline-contact a[href^='tel:']")).to_be_visible()
        page.locator("main a.button").click()
        expect(page.locator("html")).to_have_attribute("lang", code)
        expect(page.locator("body.home")).to_be_visible()
        assert axe_violations(page) == []
    finally:
        context.set_offline(False)
        context.close()


def test_a_first_visit_keeps_only_the_home_page_help_contacts_and_offline_page(browser, site_url):
    """In the visitor's language only; nothing else is stored on a shared phone unasked."""
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{site_url}/es/")
        wait_until_kept(page, "/es/")
        kept = page.evaluate(
            "caches.open('pages').then(c => c.keys()).then(k => k.map(r => r.url))"
        )
        paths = {url.removeprefix(site_url) for url in kept}
        assert paths <= {"/es/", "/es/offline/", "/es/servicios/"}, paths
    finally:
        context.close()


def test_pages_work_with_the_worker_blocked(browser, site_url):
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    try:
        page.goto(f"{site_url}/es/guias/asilo-y-refugio/")
        expect(page.locator("h1")).to_have_text("Pedir asilo o refugio en Ecuador")
        assert page.evaluate("navigator.serviceWorker.controller") is None
    finally:
        context.close()
