"""Content Security Policy, Permissions-Policy and their friends on every kind of page.

Public pages are cached whole and shared, so their policy has no nonce: it forbids every inline
script, event handler and style, and the templates carry none. The Wagtail admin has its own,
looser policy once signed in; its login page is as strict as the public pages.
"""

import base64
import hashlib
import re
from pathlib import Path

from django.conf import settings
from django.test import Client
from django.urls import path

import pytest

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]
CSP = "Content-Security-Policy"
UNSAFE = {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "*", "data:"}


def policy(response):
    """The enforced policy as {directive: [sources]}; fails when there is none."""
    assert CSP in response, f"no {CSP} header on {response.status_code} response"
    directives = {}
    for part in response[CSP].split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} twice"
        directives[name] = sources
    return directives


def assert_no_inline_scripts_allowed(directives):
    assert directives["default-src"] == ["'self'"]
    for name in ("script-src", "script-src-elem", "script-src-attr"):
        sources = directives.get(name, [])
        assert not UNSAFE & set(sources), f"{name} allows {UNSAFE & set(sources)}"
        assert not [s for s in sources if s.startswith(("'nonce-", "'sha", "http:", "https:"))], (
            sources
        )
    assert "script-src" in directives  # otherwise default-src decides, which is fine but unexpected
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]


def assert_strict_public_policy(response):
    directives = policy(response)
    assert_no_inline_scripts_allowed(directives)
    assert "'unsafe-inline'" not in directives["style-src"]
    assert set(directives["img-src"]) <= {"'self'", "data:"}
    assert "Content-Security-Policy-Report-Only" not in response  # enforced, not only reported
    assert_other_security_headers(response)


def assert_other_security_headers(response):
    features = dict(
        item.strip().split("=", 1) for item in response["Permissions-Policy"].split(",")
    )
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert features[feature] == "()", feature
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I
)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.I)


def assert_no_inline_code(html):
    """What the policy would block: a script without src, an on…= handler, a style attribute."""
    assert not INLINE_SCRIPT.findall(html)
    assert not EVENT_HANDLER.findall(html)
    assert not STYLE_ATTRIBUTE.findall(html)
    assert "<style" not in html


@pytest.fixture
def public_urls(community, make_event, make_service, make_course, make_guide):  # noqa: F811
    """One URL of each kind of public page (Spanish), from pages built the way editors build them."""
    make_service()
    guide = make_guide("pedir-asilo", title="Pedir asilo")
    course = make_course()
    event = make_event()
    return {
        "home": "/es/",
        "guide index": "/es/guias/",
        "guide": guide.url,
        "courses": "/es/cursos/",
        "course with its enrolment form": course.url,
        "events": "/es/comunidad/eventos/",
        "event": event.url,
        "community space": "/es/comunidad/",
        "directory": "/es/servicios/",
        "tu voz": "/es/tu-voz/",
        "tu voz: what we did": "/es/tu-voz/lo-que-hicimos/",
        "plan": "/es/tu-voz/plan/",
        "search": "/es/search/?q=taller",
        "not found": "/es/no-existe/",
    }


def test_every_public_page_has_a_strict_enforced_policy(client, public_urls):
    for name, url in public_urls.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not found" else 200), name
        assert_strict_public_policy(response)
        assert_no_inline_code(response.content.decode())


def test_course_form_page_allows_posting_only_to_the_site(client, public_urls):
    response = client.get(public_urls["course with its enrolment form"])
    html = response.content.decode()
    assert 'name="full_name"' in html
    actions = re.findall(r'<form[^>]*action="([^"]*)"', html)
    assert actions and all(action == "" or action.startswith("/") for action in actions)
    assert policy(response)["form-action"] == ["'self'"]


def test_admin_login_has_a_strict_enforced_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    directives = policy(response)
    assert_no_inline_scripts_allowed(directives)
    assert "'unsafe-inline'" not in directives["style-src"]
    assert_other_security_headers(response)


def test_admin_for_signed_in_staff_has_its_own_policy(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("csp-staff", password="x")  # noqa: S106
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    # Wagtail writes inline scripts in its own templates (inline panels, date pickers) ...
    assert "'unsafe-inline'" in directives["script-src"]
    # ... but nothing more: no eval, no plugins, no other origin, no framing by other sites.
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]  # the page preview is an iframe of the admin
    assert directives["form-action"] == ["'self'"]
    assert_other_security_headers(response)
    # The same person on a public page gets the public policy.
    assert_strict_public_policy(client.get("/es/"))


def test_a_page_preview_keeps_the_public_policy_but_may_be_framed_by_the_admin(make_guide):  # noqa: F811
    guide = make_guide("vista-previa")
    response = guide.make_preview_request()  # Wagtail's fake request for the page's public URL
    assert response.status_code == 200
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'"]
    directives["frame-ancestors"] = ["'none'"]
    assert_no_inline_scripts_allowed(directives)
    assert "'unsafe-inline'" not in directives["style-src"]


def test_a_cached_page_is_stored_and_served_with_its_headers(home_page, django_assert_num_queries):
    from home import page_cache

    settings.CACHE_MIDDLEWARE_SECONDS = 60  # the test settings turn the page cache off
    page_cache.local_tier.clear()
    try:
        first = Client().get("/es/")
        assert first.status_code == 200
        stored = dict(next(iter(page_cache.local_tier.entries.values()))[1])
        assert stored[CSP] == first[CSP]
        assert stored["Permissions-Policy"] == first["Permissions-Policy"]
        page_cache.local_tier.clear()  # the next request reads the shared tier
        with django_assert_num_queries(0):  # served from the cache
            second = Client().get("/es/")
        assert second["X-Page-Cache"] == "hit"
        assert second[CSP] == first[CSP]
        assert_strict_public_policy(second)
    finally:
        settings.CACHE_MIDDLEWARE_SECONDS = 0
        page_cache.local_tier.clear()


# --- The 500 page ------------------------------------------------------------------------------
def _boom(request):
    raise RuntimeError("boom")


urlpatterns = [path("es/boom/", _boom)]
handler500 = "quito_site.views.server_error"


@pytest.mark.urls(__name__)
def test_the_500_page_keeps_its_own_style_and_nothing_else():
    response = Client(raise_request_exception=False).get("/es/boom/")
    assert response.status_code == 500
    directives = policy(response)
    assert_no_inline_scripts_allowed(directives)
    style = re.search(r"<style>(.*?)</style>", response.content.decode(), re.S).group(1)
    assert directives["style-src"] == ["'self'", style_hash(style)]


# --- The templates themselves ------------------------------------------------------------------
def project_templates():
    roots = [REPO / "site" / "templates", *REPO.glob("*/templates")]
    return sorted({file for root in roots for file in root.rglob("*.html")})


def style_hash(css):
    return "'sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode() + "'"


def test_templates_carry_no_inline_script_handler_or_style():
    """Only the self-contained error pages keep a <style>, and the public policy allows its hash."""
    assert len(project_templates()) > 20
    allowed = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    offenders, styled = [], []
    for template in project_templates():
        html = template.read_text()
        name = str(template.relative_to(REPO))
        if INLINE_SCRIPT.search(html) or EVENT_HANDLER.search(html) or STYLE_ATTRIBUTE.search(html):
            offenders.append(name)
        for css in re.findall(r"<style>(.*?)</style>", html, re.S):
            styled.append(name)
            if "{" in css and ("{{" in css or "{%" in css) or style_hash(css) not in allowed:
                offenders.append(f"{name}: <style> not allowed by the policy")
        if html.count("<style") != html.count("<style>"):
            offenders.append(f"{name}: <style> with attributes")
    assert offenders == []
    assert "site/templates/error_page.html" in styled  # the layout of the 500 and 503 pages
