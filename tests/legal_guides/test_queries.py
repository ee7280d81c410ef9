"""Query budget: the guide page costs the same with 2 or 40 blocks, and 0 or 10 related items.

"Warm" means the per-process caches (site root paths, content types) and the cached "what next"
panel are filled, as on a running site; the page itself is never served from the page cache here.
"Cold" also empties the shared cache, as right after a deployment or a publication.
"""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from .conftest import every_block

pytestmark = pytest.mark.django_db

BUDGET = 12


def count_queries(client, url, cold=False):
    client.get(url)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_block_count_does_not_change_the_query_count(
    client, make_guide, document, topics, django_assert_max_num_queries
):
    short = make_guide("corta", topics=[topics["asilo"]], body=every_block(document)[-2:])
    long = make_guide("larga", topics=[topics["asilo"]], body=every_block(document, copies=4))
    assert len(long.body) == 40 and len(short.body) == 2
    client.get(long.url)
    with django_assert_max_num_queries(BUDGET):
        client.get(long.url)
    assert count_queries(client, short.url) == count_queries(client, long.url)
    assert count_queries(client, short.url, cold=True) == count_queries(client, long.url, cold=True)


def test_related_items_do_not_change_the_query_count(
    client, make_guide, topics, django_assert_max_num_queries
):
    alone = make_guide("sola", topics=[topics["trabajo"]])
    busy = make_guide("acompanada", topics=[topics["asilo"]])
    for number in range(10):
        make_guide(f"relacionada-{number}", title=f"Relacionada {number}", topics=[topics["asilo"]])
    client.get(busy.url)
    with django_assert_max_num_queries(BUDGET):
        html = client.get(busy.url).content.decode()
    assert html.count(">Relacionada ") == 3  # at most three related guides
    assert "Relacionada" not in client.get(alone.url).content.decode()
    assert count_queries(client, alone.url) == count_queries(client, busy.url)
    assert count_queries(client, alone.url, cold=True) == count_queries(client, busy.url, cold=True)


def test_index_query_count_is_the_same_for_5_and_15_guides(
    client, make_guide, topics, django_assert_max_num_queries
):
    """The index lists every guide on one page (no pagination): 15 guides, some with two topics,
    cost what 5 cost."""
    for number in range(5):
        make_guide(f"guia-{number}", topics=[topics["asilo"]])
    five = count_queries(client, "/es/guias/")
    for number in range(5, 15):
        make_guide(f"guia-{number}", topics=[topics["asilo"], topics["trabajo"]])
    client.get("/es/guias/")
    with django_assert_max_num_queries(BUDGET):
        client.get("/es/guias/")
    assert count_queries(client, "/es/guias/") == five


def test_the_what_next_panel_is_refreshed_when_a_guide_is_published(client, make_guide, topics):
    main = make_guide("principal", topics=[topics["asilo"]])
    assert "Nueva guía" not in client.get(main.url).content.decode()
    make_guide("nueva", title="Nueva guía", topics=[topics["asilo"]])
    assert "Nueva guía" in client.get(main.url).content.decode()


def test_translated_guide_stays_within_the_budget(
    client,
    guide_indexes,
    make_guide,
    topics,
    document,
    translate_page,
    django_assert_max_num_queries,
):
    spanish = make_guide("asilo", topics=[topics["asilo"]], body=every_block(document, copies=4))
    english = translate_page(
        spanish,
        "en",
        title="Asylum",
        slug="asylum",
        summary="Summary",
        audience="Migrants",
        reviewed_by="Legal team",
        body=spanish.body,
        legal_basis=spanish.legal_basis,
    )
    client.get(english.url)
    with django_assert_max_num_queries(BUDGET):
        assert client.get(english.url).status_code == 200


def test_a_long_guide_with_help_from_the_directory_stays_within_the_budget(
    client, make_guide, document, topics, locales, django_assert_max_num_queries
):
    """As the demo's long guide: every kind of block, one "where to get help" with services chosen
    from the directory, topics, a related guide. The page cache is off here (fragments warm), as
    scripts/bench_page_cache.py counts "queries uncached"."""
    from community.models import ServiceProvider

    services = [
        ServiceProvider.objects.create(locale=locales["es"], name=f"Servicio {n}", languages=["es"])
        for n in range(3)
    ]
    body = every_block(document)
    for block in body:
        if block["type"] == "where_to_get_help":
            block["value"]["services"] = [service.pk for service in services]
    guide = make_guide("larga", topics=[topics["asilo"]], body=body)
    make_guide("relacionada", topics=[topics["asilo"]])
    client.get(guide.url)
    with django_assert_max_num_queries(BUDGET):
        html = client.get(guide.url).content.decode()
    assert all(service.name in html for service in services)
