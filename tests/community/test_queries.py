"""Query budgets: the events index costs the same for 5 events as for one more than a page of
them, and the directory the same for 5 entries as for 50."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from community.models.events import EVENTS_PER_PAGE

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


def _count(client, url):
    client.get(url)  # warm per-process caches (site root paths), as on a running server
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["es", "en"])
def test_events_index_queries_do_not_grow_with_events(
    client, make_event, community_en, topics, partner_org, language, translate_page
):
    url = {"es": "/es/comunidad/eventos/", "en": "/en/community/events/"}[language]
    for number in range(5):
        make_event(
            days=number + 1, topics=[topics["salud"]], organiser=partner_org, languages=",es,ht,"
        )
    five = _count(client, url)
    for number in range(EVENTS_PER_PAGE + 1 - 5):
        make_event(days=number + 1, topics=[topics["trabajo"]], organiser=partner_org)
    more_than_a_page = _count(client, url)
    assert five == more_than_a_page
    assert more_than_a_page <= MAX_QUERIES


def test_services_directory_queries_do_not_grow_with_entries(
    client, community, make_service, topics, partner_org
):
    for _number in range(5):
        make_service(topics=[topics["salud"], topics["asilo"]], organisation=partner_org)
    urls = ["/es/servicios/", "/es/servicios/?free=1&topic=salud"]
    five = [_count(client, url) for url in urls]
    for _number in range(45):
        make_service(topics=[topics["salud"], topics["trabajo"]], organisation=partner_org)
    fifty = [_count(client, url) for url in urls]
    assert five == fifty  # the same list, unfiltered and filtered, with 5 and with 50 entries
    assert max(fifty) <= MAX_QUERIES
