"""The guides' side of the shared "what next" contract, used by courses, events and services."""

from django.test import RequestFactory
from django.utils import translation

import pytest

from legal_guides.wagtail_hooks import related_guides

pytestmark = pytest.mark.django_db


def test_related_guides_for_other_apps(make_guide, topics, django_assert_num_queries):
    asylum = make_guide("asilo", title="Pedir asilo", topics=[topics["asilo"]])
    make_guide("refugio", title="Refugio", topics=[topics["asilo"]])
    make_guide("trabajo", title="Trabajo", topics=[topics["trabajo"]])
    request = RequestFactory().get("/en/courses/x/")
    with translation.override("en"), django_assert_num_queries(1):
        # An English topic id matches guides tagged with the Spanish topic (same slug).
        result = related_guides(request, [topics["asilo_en"].pk], exclude_page_id=asylum.pk)
    assert str(result["section"]) == "Legal guides"
    assert [item["title"] for item in result["items"]] == ["Refugio"]
    assert result["items"][0]["lang"] == "es"  # not translated yet: marked as Spanish
    assert result["items"][0]["url"].endswith("/guias/refugio/")


def test_related_guides_returns_at_most_three(make_guide, topics):
    for number in range(5):
        make_guide(f"guia-{number}", topics=[topics["asilo"]])
    request = RequestFactory().get("/es/")
    with translation.override("es"):
        result = related_guides(request, [topics["asilo"].pk], exclude_page_id=None)
    assert len(result["items"]) == 3
    assert all(item["lang"] == "" for item in result["items"])
