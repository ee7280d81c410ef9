"""The Content Security Policy in a real browser: injected scripts never run, public pages report
no violation in any language, and the Wagtail admin still edits and publishes under its own policy.

Content is written straight into the session server's database (through `manage.py shell` with
the server's own environment), because the admin's rich-text editor would clean a `<script>` away
before it ever reached the page: the policy must hold even when something gets past the editor.
"""

import json

import pytest
from playwright.sync_api import expect

# Registered before any page script runs, in every frame: the policy's own reports.
WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sample})`
    );
});
"""

PUBLIC_PAGES = {
    "es": [
        "/es/",
        "/es/guias/",
        "/es/guias/asilo-y-refugio/",
        "/es/cursos/",
        "/es/cursos/barista/",
        "/es/comunidad/",
        "/es/comunidad/eventos/",
        "/es/comunidad/eventos/taller-que-necesita-tu-barrio/",
        "/es/servicios/",
        "/es/tu-voz/",
        "/es/tu-voz/lo-que-hicimos/",
        "/es/tu-voz/plan/",
        "/es/privacidad/",
        "/es/search/?q=trabajo",
        "/es/no-existe/",
    ],
    "en": [
        "/en/",
        "/en/guides/",
        "/en/guides/asylum-and-refugee-status/",
        "/en/courses/",
        "/en/courses/professional-barista/",
        "/en/community/",
        "/en/community/events/",
        "/en/community/events/workshop-what-your-neighbourhood-needs/",
        "/en/services/",
        "/en/your-voice/",
        "/en/your-voice/you-said-we-did/",
        "/en/your-voice/plan/",
        "/en/privacy/",
        "/en/search/?q=asylum",
        "/en/does-not-exist/",
    ],
    "fr": [
        "/fr/",
        "/fr/guides-juridiques/",
        "/fr/guides-juridiques/asile-et-refuge/",
        "/fr/formations/",
        "/fr/formations/barista-professionnel/",
        "/fr/communaute/",
        "/fr/communaute/evenements/",
        "/fr/communaute/evenements/atelier-besoins-du-quartier/",
        "/fr/services/",
        "/fr/votre-voix/",
        "/fr/votre-voix/vous-avez-dit/",
        "/fr/votre-voix/plan/",
        "/fr/confidentialite/",
        "/fr/search/?q=travail",
        "/fr/n-existe-pas/",
    ],
    "ht": [
        "/ht/",
        "/ht/gid-legal/",
        "/ht/gid-legal/azil-ak-refijye/",
        "/ht/kou/",
        "/ht/kou/barista-pwofesyonel/",
        "/ht/kominote/",
        "/ht/kominote/aktivite/",
        "/ht/kominote/aktivite/atelye-bezwen-katye-a/",
        "/ht/sevis/",
        "/ht/vwa-ou/",
        "/ht/vwa-ou/sa-nou-fe/",
        "/ht/vwa-ou/plan/",
        "/ht/vi-prive/",
        "/ht/search/?q=travay",
        "/ht/pa-egziste/",
    ],
}


def watch(page):
    """Start collecting console warnings and errors and policy violations on this page."""
    messages = []

    def _console(message):
        if message.type not in ("error", "warning"):
            return
        messages.append({"text": message.text, "url": message.location.get("url", "")})

    page.on("console", _console)
    page.on("pageerror", lambda error: messages.append({"text": f"uncaught: {error}", "url": ""}))
    page.add_init_script(WATCH_VIOLATIONS)
    return messages


def violations(page):
    reported = []
    for frame in page.frames:
        reported += frame.evaluate("window.__cspViolations || []")
    return reported


# --- 1. An injected script never runs --------------------------------------------------------
INJECTION = (
    "<p>Antes del ataque.</p>"
    "<script>window.__pwned = 'script';</script>"
    '<p><img src="x" alt="" onerror="window.__pwned = \'onerror\'"></p>'
    '<p><a href="#" onclick="window.__pwned = \'onclick\'" id="evil-link">Haz clic</a></p>'
    "<p>Después del ataque.</p>"
)


@pytest.fixture
def injected_guide(on_server):
    """A published Spanish guide whose rich text carries a script, an onerror and an onclick."""
    created = on_server(
        f"""
        import datetime, json
        from django.utils import timezone
        from legal_guides.models import LegalGuideIndexPage, LegalGuidePage
        index = LegalGuideIndexPage.objects.get(slug="guias", locale__language_code="es")
        today = timezone.localdate()
        guide = LegalGuidePage(
            title="Guía con un ataque", slug="guia-con-un-ataque", summary="Prueba de seguridad.",
            audience="Nadie.", body=[{{"type": "paragraph", "value": {INJECTION!r}}}],
            legal_basis=[], reviewed_by="Seguridad", last_reviewed=today,
            next_review_due=today + datetime.timedelta(days=90),
        )
        index.add_child(instance=guide)
        guide.save_revision().publish()
        print(json.dumps({{"id": guide.id, "url": guide.url}}))
        """
    )
    yield created
    on_server(
        f"""
        from wagtail.models import Page
        Page.objects.get(id={created["id"]}).delete()
        print("null")
        """
    )


def test_a_script_injected_into_a_published_guide_never_runs(page, site_url, injected_guide):
    watch(page)
    response = page.goto(site_url + injected_guide["url"])
    assert response.status == 200
    html = response.text()
    assert "window.__pwned = 'script'" in html  # it reached the page: only the policy stops it
    assert "onerror=" in html
    expect(page.get_by_text("Después del ataque.")).to_be_visible()
    page.locator("#evil-link").click()
    page.wait_for_timeout(300)  # the broken image's error event has long fired by now
    assert page.evaluate("typeof window.__pwned") == "undefined"
    reported = violations(page)
    assert any(v.startswith("script-src-elem blocked inline") for v in reported), reported
    assert sum(v.startswith("script-src-attr blocked inline") for v in reported) == 2, reported


# --- 2. Public pages: no violation, no console error, in every language ------------------------
def _unexpected(messages, url):
    """Console messages other than the 404 of a missing page itself or of the browser's favicon."""
    return [
        message
        for message in messages
        if not (
            message["text"].startswith("Failed to load resource")
            and (message["url"].endswith("/favicon.ico") or message["url"] == url)
        )
    ]


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_public_pages_report_no_policy_violation_in_every_language(page, site_url, code):
    messages = watch(page)
    for path in PUBLIC_PAGES[code]:
        messages.clear()
        response = page.goto(site_url + path)
        page.wait_for_load_state("load")
        expected = 404 if path == PUBLIC_PAGES[code][-1] else 200
        assert response.status == expected, path
        assert "script-src 'self'" in response.headers["content-security-policy"], path
        expect(page.locator("html")).to_have_attribute("lang", code)
        assert violations(page) == [], path
        assert _unexpected(messages, site_url + path) == [], path


def test_json_ld_is_read_as_data_and_reported_as_nothing(page, site_url):
    watch(page)
    page.goto(site_url + "/es/guias/asilo-y-refugio/")
    documents = page.locator('script[type="application/ld+json"]')
    assert documents.count() >= 1
    data = json.loads(documents.first.text_content())
    assert data["@context"] == "https://schema.org"
    assert violations(page) == []


# --- 3. The admin edits and publishes under its own policy -----------------------------------
EDITOR = ("csp-editor", "csp-editor-2026-password")


@pytest.fixture
def plain_editor(on_server):
    """An editor who may publish guides (Editors, Moderators and Legal reviewers). The demo
    `editor` itself is also a Community editor and so can read Tu voz messages, which needs a
    second factor while DEBUG is off, as it is in these tests."""
    username, password = EDITOR
    on_server(
        f"""
        from django.contrib.auth.models import Group, User
        user, _ = User.objects.get_or_create(username={username!r})
        user.set_password({password!r})
        user.save()
        user.groups.set(
            Group.objects.filter(name__in=["Editors", "Moderators", "Legal reviewers"])
        )
        print("null")
        """
    )
    return EDITOR


@pytest.fixture
def guide_to_edit(on_server):
    """The untranslated demo guide; its summary is put back afterwards."""
    guide = on_server(
        """
        import json
        from legal_guides.models import LegalGuidePage
        guide = LegalGuidePage.objects.get(slug="alquilar-vivienda", locale__language_code="es")
        print(json.dumps({"id": guide.id, "url": guide.url, "title": guide.title, "summary": guide.summary}))
        """
    )
    yield guide
    on_server(
        f"""
        from legal_guides.models import LegalGuidePage
        guide = LegalGuidePage.objects.get(id={guide["id"]})
        guide.summary = {guide["summary"]!r}
        guide.save_revision().publish()
        print("null")
        """
    )


def test_an_editor_edits_and_publishes_a_guide_with_no_policy_violation(
    page, site_url, plain_editor, guide_to_edit
):
    messages = watch(page)
    seen = []

    def check(where):
        seen.append(where)
        assert violations(page) == [], where
        assert [m for m in messages if "Content Security Policy" in m["text"]] == [], where

    username, password = plain_editor
    login = page.goto(site_url + "/admin/login/")
    assert "script-src 'self';" in login.headers["content-security-policy"] + ";"
    check("login")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site_url + "/admin/")
    check("dashboard")

    edit = page.goto(f"{site_url}/admin/pages/{guide_to_edit['id']}/edit/")
    assert "'unsafe-eval'" not in edit.headers["content-security-policy"]
    summary = page.locator("#id_summary")
    expect(summary).to_be_visible()
    check("editor")

    # The live preview panel: an iframe of the admin, allowed by frame-ancestors 'self'.
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_contain_text(guide_to_edit["title"])
    check("preview")
    page.locator("[data-side-panel-toggle='checks']").click()  # runs axe inside the preview
    expect(page.locator("[data-side-panel='checks']")).to_be_visible()
    page.wait_for_timeout(1000)
    check("checks")

    new_summary = guide_to_edit["summary"] + " Revisado para la prueba de seguridad."
    summary.fill(new_summary)
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages")).to_contain_text("published")
    check("published")

    public = page.goto(site_url + guide_to_edit["url"])
    assert public.status == 200
    expect(page.get_by_text("Revisado para la prueba de seguridad.").first).to_be_visible()
    check("the live page with the editor's user bar")
    assert [m for m in messages if m["text"].startswith("uncaught")] == []
    assert len(seen) == 7
