"""The demo content: one guide per demo topic, three translated, and a second run adds nothing."""

import io

from django.core.management.base import OutputWrapper

import pytest

from home import demo_content
from legal_guides import demo
from legal_guides.models import GuideFeedback, LegalGuideIndexPage, LegalGuidePage
from tests import demo_database

pytestmark = pytest.mark.django_db


class Command:
    def __init__(self):
        self.stdout = OutputWrapper(io.StringIO())
        self.messages = []

    def log(self, message):
        self.messages.append(message)


@pytest.fixture
def publish_at_once(monkeypatch):
    monkeypatch.setattr("django.db.transaction.on_commit", demo_database.publish_at_once)


def test_seed_is_complete_and_idempotent(locales, publish_at_once, client):
    command = Command()
    demo_content.seed(command)
    demo.seed(command)
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

    demo.seed(command)
    assert (LegalGuideIndexPage.objects.count(), LegalGuidePage.objects.count()) == counts
    assert "legal guides: 7 in Spanish (0 new)" in command.messages[-1]
    assert GuideFeedback.objects.count() == 0

    html = client.get("/ht/gid-legal/azil-ak-refijye/").content.decode()
    assert "Mande azil oswa estati refijye nan Ekwatè" in html
    assert "Etap pa etap" in html  # the numbered steps are translated too
    html = client.get("/en/guides/").content.decode()
    assert "Asking for asylum or refugee status in Ecuador" in html
    assert 'href="/en/guides/alquilar-vivienda/"' in html  # Spanish-only guide, English URL
