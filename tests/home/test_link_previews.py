"""A shared link shows what the page is: meta description and Open Graph tags on every public page
kind of the demo site (`seed_demo`), in the page's own language; and the icons are served.

The module runs on its own copy of the seeded demo (the `demo_site` fixture).
"""

import html
import re
from urllib.parse import urlparse

from django.contrib.staticfiles import finders

from wagtail.models import Page

import pytest

from home.sharing import OG_LOCALES, plain

pytestmark = pytest.mark.django_db

LANGUAGES = ["es", "en", "fr", "ht"]
# Every public page kind, with the field its preview should describe it by (None: the site's).
PAGE_KINDS = {
    "home.HomePage": "intro",
    "home.StandardPage": "intro",
    "legal_guides.LegalGuideIndexPage": "intro",
    "legal_guides.LegalGuidePage": "summary",
    "courses.CourseIndexPage": "intro",
    "courses.CoursePage": "summary",
    "community.CommunitySpacePage": "intro",
    "community.EventIndexPage": "intro",
    "community.EventPage": "summary",
    "community.ServiceDirectoryPage": "intro",
    "community.FeedbackPage": "intro",
    "community.YouSaidWeDidPage": "intro",
    "community.PlanPage": "intro",
}
SITE_DESCRIPTION_START = {
    "es": "Servicios gratuitos",
    "en": "Free services",
    "fr": "Services gratuits",
    "ht": "Sèvis gratis",
}


def head_tags(body):
    """{name or property: [content, ...]} of the <meta> tags in <head>."""
    head = body.split("</head>", 1)[0]
    tags = {}
    for attrs in re.findall(r"<meta\s([^>]*)>", head):
        key = re.search(r'(?:name|property)="([^"]+)"', attrs)
        content = re.search(r'content="([^"]*)"', attrs)
        if key and content:
            tags.setdefault(key.group(1), []).append(html.unescape(content.group(1)))
    return tags


def pages_of_kind(language, label):
    app_label, model_name = label.split(".")
    return (
        Page.objects.live()
        .filter(
            locale__language_code=language,
            content_type__app_label=app_label,
            content_type__model=model_name.lower(),
        )
        .specific()
        .order_by("path")
    )


def first_served(client, pages):
    """The first of `pages` that answers 200, with its response."""
    for page in pages:
        response = client.get(page.get_url())
        if response.status_code == 200:
            return page, response
    return None, None


def assert_preview(body, language, title, description_start):
    tags = head_tags(body)
    assert f'<html lang="{language}">' in body
    description = tags["description"][0]
    assert description.startswith(description_start), (description, description_start)
    assert len(description) <= 201
    assert tags["og:description"] == [description]
    assert tags["og:title"] == [title]
    assert tags["og:locale"] == [OG_LOCALES[language]]
    assert set(tags["og:locale:alternate"]) <= {OG_LOCALES[c] for c in LANGUAGES if c != language}
    assert tags["og:locale:alternate"], "no og:locale:alternate"
    assert tags["og:site_name"][0]
    assert tags["og:type"] == ["website"]
    assert tags["twitter:card"] == ["summary_large_image"]
    image = urlparse(tags["og:image"][0])
    assert image.scheme == "http" and image.netloc, tags["og:image"]
    assert finders.find(image.path.removeprefix("/static/")), image.path
    assert tags["og:image:width"] == ["1200"] and tags["og:image:height"] == ["630"]
    return tags


@pytest.mark.parametrize("label", list(PAGE_KINDS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_kind_has_a_description_and_open_graph_in_its_language(
    demo_site, client, language, label
):
    pages = list(pages_of_kind(language, label))
    assert pages, f"no {language} demo page of {label}"
    page, response = first_served(client, pages)
    assert page is not None, f"no {language} demo page of {label} answers 200"
    url = page.get_url()
    own_text = plain(page.search_description) or plain(getattr(page, PAGE_KINDS[label]))
    expected = own_text[:40] if own_text else SITE_DESCRIPTION_START[language]
    tags = assert_preview(
        response.content.decode(), language, page.seo_title or page.title, expected
    )
    assert urlparse(tags["og:url"][0]).path == url
    translations = {
        t.locale.language_code for t in page.get_translations().live().select_related("locale")
    }
    assert set(tags["og:locale:alternate"]) == {OG_LOCALES[c] for c in translations}


def test_a_guide_is_previewed_by_its_summary_with_the_guides_image(demo_site, client):
    from legal_guides.models import LegalGuidePage

    guide = LegalGuidePage.objects.live().get(locale__language_code="ht", slug="azil-ak-refijye")
    tags = head_tags(client.get(guide.get_url()).content.decode())
    assert tags["description"][0].startswith("Si ou te kite peyi w")
    assert tags["og:image"][0].endswith("/static/og/guides.png")


def test_an_editors_search_description_wins(demo_site, client):
    from courses.models import CoursePage

    course = CoursePage.objects.live().get(locale__language_code="es", slug="computacion-basica")
    course.search_description = "Un curso gratuito cerca de tu casa."
    course.save_revision().publish()
    tags = head_tags(client.get(course.get_url()).content.decode())
    assert tags["description"] == ["Un curso gratuito cerca de tu casa."]
    assert tags["og:image"][0].endswith("/static/og/courses.png")


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_that_are_not_wagtail_pages_describe_the_site(demo_site, client, language):
    for path in (f"/{language}/search/", f"/{language}/offline/"):
        response = client.get(path)
        assert response.status_code == 200, path
        tags = assert_preview(
            response.content.decode(),
            language,
            tags_title(response.content.decode()),
            SITE_DESCRIPTION_START[language],
        )
        assert tags["og:image"][0].endswith("/static/og/home.png")


def tags_title(body):
    return head_tags(body)["og:site_name"][0]


def test_icons_are_served_by_the_site(demo_site, client):
    body = client.get("/es/").content.decode()
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 200
    assert favicon["Content-Type"] == "image/x-icon"
    assert b"".join(favicon.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO header
    for rel in ("icon", "apple-touch-icon"):
        href = re.search(rf'<link rel="{rel}" href="([^"]+)"', body).group(1)
        assert finders.find(href.removeprefix("/static/")), href
