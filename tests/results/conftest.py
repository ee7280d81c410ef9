"""Fixtures for the results tests: a plan objective, the Results page in four languages, courses."""

import datetime
import itertools

from django.utils import timezone

import pytest

from community.models import PlanObjective
from courses.models import CourseIndexPage, CoursePage, Enrolment
from home.demo import translate
from results.models import ResultsPage

SLUGS = {"es": "resultados", "en": "results", "fr": "resultats", "ht": "rezilta"}
TITLES = {"es": "Resultados", "en": "Results", "fr": "Résultats", "ht": "Rezilta"}
_counter = itertools.count(1)


@pytest.fixture
def objective(locales, django_capture_on_commit_callbacks):
    objective = PlanObjective.objects.create(
        locale=locales["es"], number=1, title="Información y participación"
    )
    titles = {"en": "Information", "fr": "Information", "ht": "Enfòmasyon"}
    with django_capture_on_commit_callbacks(execute=True):
        for code, title in titles.items():
            translate(objective, code, title=title)
    return objective


@pytest.fixture
def results_pages(home_pages, django_capture_on_commit_callbacks):
    page = ResultsPage(title=TITLES["es"], slug=SLUGS["es"], locale=home_pages["es"].locale)
    home_pages["es"].add_child(instance=page)
    page.save_revision().publish()
    pages = {"es": page}
    with django_capture_on_commit_callbacks(execute=True):
        for code in ("en", "fr", "ht"):
            pages[code] = translate(page, code, title=TITLES[code], slug=SLUGS[code])
    return pages


@pytest.fixture
def make_course(home_page):
    index = CourseIndexPage(title="Cursos", slug="cursos", locale=home_page.locale)
    home_page.add_child(instance=index)
    index.save_revision().publish()

    def _make(start=14, weeks=4):
        day = timezone.localdate()
        number = next(_counter)
        course = CoursePage(
            title=f"Curso {number}",
            slug=f"curso-{number}",
            summary="Un curso gratuito.",
            description="<p>Descripción.</p>",
            schedule="Lunes",
            session_start=datetime.time(9),
            session_end=datetime.time(12),
            time_slot="morning",
            start_date=day + datetime.timedelta(days=start),
            end_date=day + datetime.timedelta(days=start + 7 * weeks),
            enrolment_opens=day - datetime.timedelta(days=200),
            enrolment_closes=day + datetime.timedelta(days=10),
            capacity=500,
            locale=index.locale,
        )
        index.add_child(instance=course)
        course.save_revision().publish()
        return course

    return _make


def person(number, **fields):
    values = {
        "full_name": f"Persona {number}",
        "phone": f"099 222 {number:04d}",
        "preferred_channel": "whatsapp",
        "birth_year": 1990,
    }
    values.update(fields)
    return Enrolment(**values)
