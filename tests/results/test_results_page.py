"""The public Results page: each indicator's chart and table, in four languages."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from home.demo import translate
from results.models import Indicator, Measurement

from .conftest import SLUGS

NAMES = {
    "es": "Personas en talleres",
    "en": "People at workshops",
    "fr": "Personnes aux ateliers",
    "ht": "Moun nan atelye yo",
}
UNITS = {"es": "personas", "en": "people", "fr": "personnes", "ht": "moun"}
# The last measurement's date, as each language writes it.
LAST_DATE = {
    "es": "30 de septiembre de 2026",
    "en": "30 September 2026",
    "fr": "30 septembre 2026",
    "ht": "30",
}


@pytest.fixture
def indicator(objective, django_capture_on_commit_callbacks):
    indicator = Indicator.objects.create(
        locale=objective.locale,
        objective=objective,
        name=NAMES["es"],
        unit=UNITS["es"],
        explanation="Cuántas personas participaron.",
        baseline_value=40,
        baseline_date=datetime.date(2026, 1, 1),
        target_value=400,
        target_date=datetime.date(2027, 12, 31),
    )
    for day, value in (("2026-03-31", 70), ("2026-06-30", 120), ("2026-09-30", 184)):
        Measurement.objects.create(indicator=indicator, date=day, value=value)
    with django_capture_on_commit_callbacks(execute=True):
        for code in ("en", "fr", "ht"):
            translate(
                indicator, code, name=NAMES[code], unit=UNITS[code], explanation=f"Explained {code}"
            )
    return indicator


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["es", "en", "fr", "ht"])
def test_an_indicator_shows_its_chart_and_table_in_each_language(
    client, results_pages, indicator, language
):
    response = client.get(f"/{language}/{SLUGS[language]}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert NAMES[language] in html
    svg = re.search(r"<svg class=\"chart\".*?</svg>", html, re.S).group(0)
    title = re.search(r"<title[^>]*>(.*?)</title>", svg, re.S).group(1)
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S).group(1)
    assert NAMES[language] in title
    # the description says the baseline, the latest figure and the target, in words
    assert "40" in desc and "184" in desc and "400" in desc and UNITS[language] in desc
    assert 'role="img"' in svg
    # coordinates are never written the local way ("144,0" in Spanish, French and Kreyòl)
    assert not re.search(r' (?:x|y|x1|x2|y1|y2|cx|cy)="[^"]*,', svg)
    assert re.search(r' cy="\d+\.\d"', svg)
    # the baseline, three measurements and the target: a point or a line for each
    assert svg.count('class="point"') == 3
    table = re.search(r"<table>.*?</table>", html, re.S).group(0)
    assert "<caption>" in table
    cells = re.findall(r'<td class="number">([^<]*)</td>', table)
    assert cells == ["40", "70", "120", "184", "400"]
    assert LAST_DATE[language] in html  # the date of the last measurement
    assert "Sample data" not in html or language != "en"


@pytest.mark.django_db
def test_sample_figures_are_marked_as_sample_data(client, results_pages, indicator):
    Indicator.objects.filter(translation_key=indicator.translation_key).update(is_sample=True)
    html = client.get("/en/results/").content.decode()
    assert "Sample data" in html
    assert "not the city's real figures" in html


@pytest.mark.django_db
def test_a_new_measurement_shows_at_once_on_the_cached_page(
    client, results_pages, indicator, settings
):
    settings.CACHE_MIDDLEWARE_SECONDS = 3600  # whole pages cached, as in production
    assert "212" not in client.get("/en/results/").content.decode()
    assert client.get("/en/results/")["Cache-Control"].startswith("public")
    Measurement.objects.create(indicator=indicator, date="2026-11-30", value=212)
    html = client.get("/en/results/").content.decode()
    assert "212" in html
    assert "30 November 2026" in html


def _queries(client, url):
    client.get(url)  # warm per-process caches (site root paths), as on a running server
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_the_page_costs_the_same_queries_for_1_and_12_indicators(
    client, results_pages, indicator, objective, settings
):
    # the test settings cache no whole pages: this counts what an uncached page costs
    one = _queries(client, "/fr/resultats/")
    for number in range(11):
        extra = Indicator.objects.create(
            locale=objective.locale,
            objective=objective,
            name=f"Indicador {number}",
            unit="%",
            baseline_value=number,
            baseline_date=datetime.date(2026, 1, 1),
            target_value=100,
            target_date=datetime.date(2027, 1, 1),
        )
        Measurement.objects.create(indicator=extra, date="2026-06-30", value=number + 10)
    html = client.get("/fr/resultats/").content.decode()
    assert html.count('<svg class="chart"') == 12
    assert _queries(client, "/fr/resultats/") == one <= 12
