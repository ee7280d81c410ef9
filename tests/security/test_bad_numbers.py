"""Numbers out of range in a URL or in ?page= answer 404, never a server error.

The URL patterns are read from the project's resolver, so a public pattern added later that takes
a number is checked without anyone remembering to add it here.
"""

import re

from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

import pytest

pytestmark = pytest.mark.django_db

BAD_NUMBERS = ["0", "-1", str(10**30), "text"]
NUMBER_IN_ROUTE = re.compile(r"<int:\w+>")
NUMBER_IN_REGEX = re.compile(r"\(\\d\+\)")
ANY_TEXT_IN_REGEX = re.compile(r"\((?:\.\*|\.\+|\[\^/\]\+)\)")


def _patterns(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def public_routes_with_numbers():
    """Every URL pattern outside the admin with a number in it: `<int:…>` or a regex `(\\d+)`."""
    routes = []
    with translation.override("es"):  # the language prefix of i18n_patterns: /es/
        all_routes = list(_patterns(get_resolver()))
    for route in all_routes:
        if route.startswith("admin/"):
            continue
        if NUMBER_IN_ROUTE.search(route) or NUMBER_IN_REGEX.search(route):
            routes.append(route)
    return list(dict.fromkeys(routes))


def url_with(route, number):
    """The route as a URL path, with `number` for each number and a plain word for any other part."""
    url = NUMBER_IN_ROUTE.sub(number, route)
    url = NUMBER_IN_REGEX.sub(number, url)
    url = ANY_TEXT_IN_REGEX.sub("file.txt", url)
    url = re.sub(r"<(?:\w+:)?\w+>", "word", url)
    return "/" + url.replace("^", "").replace("$", "")


def test_the_walk_finds_the_numbered_patterns_we_know_of():
    routes = public_routes_with_numbers()
    assert "es/calendar/event-<int:page_id>.ics" in routes
    assert "es/directory/entry-<int:pk>/" in routes
    assert "es/directory/entry-<int:pk>/report/" in routes
    assert not any(route.startswith("admin/") for route in routes)


def answers(client, url):
    """The status a visitor ends up with (a missing unprefixed URL first redirects to /es/…)."""
    return client.get(url, follow=True).status_code


def test_numbered_url_out_of_range_is_not_found(client, community, make_event, make_service):
    make_event()  # an event, a directory entry and their pages exist: only the number is wrong
    make_service()
    urls = [
        url_with(route, number) for route in public_routes_with_numbers() for number in BAD_NUMBERS
    ]
    statuses = {url: answers(client, url) for url in urls}
    assert statuses == dict.fromkeys(urls, 404)


def test_event_calendar_file_with_a_huge_number_is_not_found(client, home_page):
    assert answers(client, "/es/calendar/event-99999999999999999999999.ics") == 404


LIST_PAGES = {
    "events": "/es/comunidad/eventos/?page={}",
    "past events": "/es/comunidad/eventos/?when=past&page={}",
    "search": "/es/search/?q=taller&page={}",
    "courses": "/es/cursos/?page={}",
}


@pytest.mark.parametrize("list_page", list(LIST_PAGES))
def test_list_page_number_out_of_range_is_not_found(
    client, community, make_event, make_course, list_page
):
    make_event(title="Taller de derechos")
    make_course()
    assert answers(client, LIST_PAGES[list_page].format("1")) == 200
    numbers = [*BAD_NUMBERS, "9223372036854775807"]
    statuses = {number: answers(client, LIST_PAGES[list_page].format(number)) for number in numbers}
    assert statuses == dict.fromkeys(numbers, 404)


def test_page_after_the_last_event_is_not_found_but_the_last_is_shown(
    client, community, make_event
):
    make_event(title="Taller de derechos")
    assert client.get("/es/comunidad/eventos/?page=1").status_code == 200
    assert client.get("/es/comunidad/eventos/?page=2").status_code == 404
