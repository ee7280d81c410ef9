"""The demo content: one guide per demo topic, three translated, a second run adds nothing, and the
glossary explains the words of the translated guides in four languages.

The module runs on its own copy of the seeded demo (the `demo_site` fixture, built once per run):
every test here reads what `seed_demo` made. tests/home/test_seed_demo.py checks that a second
`seed_demo` adds no row to any model.
"""

import io
import re

from django.core.management.base import OutputWrapper

import pytest

from legal_guides import demo
from legal_guides.glossary import GlossaryTerm
from legal_guides.models import GuideFeedback, LegalGuideIndexPage, LegalGuidePage
from tests import demo_database

pytestmark = pytest.mark.django_db

GLOSSARY_SLUGS = {"es": "glosario", "en": "glossary", "fr": "glossaire", "ht": "glose"}


class Command:
    def __init__(self):
        self.stdout = OutputWrapper(io.StringIO())
        self.messages = []

    def log(self, message):
        self.messages.append(message)


@pytest.fixture
def publish_at_once(monkeypatch):
    monkeypatch.setattr("django.db.transaction.on_commit", demo_database.publish_at_once)


def test_seed_is_complete_and_idempotent(demo_site, publish_at_once, client):
    counts = (LegalGuideIndexPage.objects.count(), LegalGuidePage.objects.count())
    assert counts == (4, 7 + 3 * 3)

    spanish = LegalGuidePage.objects.filter(locale__language_code="es")
    topic_slugs = sorted(
        slug for guide in spanish for slug in guide.topics.values_list("slug", flat=True)
    )
    assert topic_slugs == sorted(
        ["asilo", "visas", "trabajo", "salud", "educacion", "vivienda", "discriminacion"]
    )
    for code in ("en", "fr", "ht"):
        assert LegalGuidePage.objects.filter(locale__language_code=code).count() == 3
    # Generic guides are flagged as sample content; one guide is overdue to show the banner.
    assert spanish.filter(sample_content=True).count() == 5
    assert any(guide.review_overdue for guide in spanish)

    command = Command()
    demo.seed(command)  # the legal guides' part of the demo, once more
    assert (LegalGuideIndexPage.objects.count(), LegalGuidePage.objects.count()) == counts
    assert "legal guides: 7 in Spanish (0 new)" in command.messages[-1]
    assert GuideFeedback.objects.count() == 0

    html = client.get("/ht/gid-legal/azil-ak-refijye/").content.decode()
    assert "Mande azil oswa estati refijye nan Ekwatè" in html
    assert "Etap pa etap" in html  # the numbered steps are translated too
    html = client.get("/en/guides/").content.decode()
    assert "Asking for asylum or refugee status in Ecuador" in html
    assert 'href="/en/guides/alquilar-vivienda/"' in html  # Spanish-only guide, English URL


def test_the_demo_glossary_explains_the_words_of_the_demo_guides_in_four_languages(
    demo_site, client
):
    for code in ("es", "en", "fr", "ht"):
        assert GlossaryTerm.objects.filter(locale__language_code=code).count() >= 25
        slug = GLOSSARY_SLUGS[code]
        html = client.get(f"/{code}/{slug}/").content.decode()
        anchors = set(re.findall(r'<dt id="([^"]+)"', html))
        assert len(anchors) >= 25, code
        for module in demo.TRANSLATED_GUIDES:
            guide = LegalGuidePage.objects.get(
                locale__language_code=code, slug=module.TEXT[code]["slug"]
            )
            body = client.get(guide.url).content.decode().split('class="guide-body', 1)[1]
            links = re.findall(rf'<a class="term" href="/{code}/{slug}/#([^"]+)"', body)
            assert len(links) >= 3 and len(links) == len(set(links)), guide.url
            assert set(links) <= anchors  # every link lands on an explanation
    kreyol = client.get("/ht/glose/").content.decode()
    assert "Pwoteksyon yon peyi bay yon moun" in kreyol  # real Kreyòl explanations
