"""The course index: filters without JavaScript, pagination, seat status, query budget, teasers."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail import hooks

import pytest

from courses import services
from courses.models import COURSES_PER_PAGE, CourseIndexPage
from home.models import Topic

from .conftest import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(locales):
    return {
        slug: Topic.objects.create(locale=locales["es"], slug=slug, name=name)
        for slug, name in [("trabajo", "Trabajo"), ("educacion", "Educación")]
    }


def test_each_course_shows_dates_time_place_and_seat_status(client, make_course):
    open_course = make_course(title="Barista", capacity=3)
    full = make_course(title="Cocina", capacity=1)
    services.enrol(full, person(1), "es")
    make_course(title="Computación", opens=-10, closes=-1)
    make_course(title="Pronto", opens=5, closes=10, start=20)
    make_course(title="En línea", modality="online")
    services.enrol(open_course, person(2), "es")

    html = client.get("/es/cursos/").content.decode()
    assert "Quedan 2 plazas" in html
    assert "Completo: lista de espera abierta" in html
    assert "Inscripción cerrada" in html
    assert "La inscripción abre el" in html
    assert "Espacio comunitario" in html and "En línea" in html
    assert "09:00–12:00" in html
    assert "5 cursos" in html


def test_ended_courses_are_not_listed(client, make_course):
    make_course(title="Pasado", opens=-60, closes=-50, start=-40, weeks=1)
    make_course(title="Futuro")
    html = client.get("/es/cursos/").content.decode()
    assert "Futuro" in html and "Pasado" not in html


def test_filters_by_topic_modality_time_and_open_seats(client, make_course, topics):
    barista = make_course(title="Barista", time_slot="morning")
    barista.topics.set([topics["trabajo"]])
    barista.save_revision().publish()
    make_course(title="Español nocturno", time_slot="evening")
    make_course(title="Emprende en línea", modality="online", time_slot="weekend")
    full = make_course(title="Cocina llena", capacity=1, time_slot="afternoon")
    services.enrol(full, person(1), "es")

    def titles(query):
        html = client.get("/es/cursos/", query).content.decode()
        return {
            t
            for t in ("Barista", "Español nocturno", "Emprende en línea", "Cocina llena")
            if t in html
        }

    assert titles({"topic": "trabajo"}) == {"Barista"}
    assert titles({"modality": "online"}) == {"Emprende en línea"}
    assert titles({"time": "evening"}) == {"Español nocturno"}
    assert titles({"time": "weekend"}) == {"Emprende en línea"}
    assert titles({"open": "on"}) == {"Barista", "Español nocturno", "Emprende en línea"}
    assert titles({"topic": "no-such-topic"}) == {
        "Barista",
        "Español nocturno",
        "Emprende en línea",
        "Cocina llena",
    }
    html = client.get("/es/cursos/", {"time": "evening"}).content.decode()
    assert "Quitar filtros" in html


def test_pagination_keeps_the_filters(client, make_course):
    for number in range(15):
        make_course(title=f"Nocturno {number:02d}", time_slot="evening")
    html = client.get("/es/cursos/", {"time": "evening"}).content.decode()
    assert "Página 1 de 2" in html
    assert "?time=evening&amp;page=2" in html
    page_two = client.get("/es/cursos/", {"time": "evening", "page": 2}).content.decode()
    assert "Página 2 de 2" in page_two
    assert client.get("/es/cursos/", {"page": "9999"}).status_code == 404
    assert client.get("/es/cursos/", {"page": "x"}).status_code == 404
    assert client.get("/es/cursos/", {"time": "morning"}).status_code == 200  # no results: page 1


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_is_the_same_for_5_courses_and_more_than_a_page(
    client, make_course, topics, django_assert_max_num_queries
):
    for number in range(5):
        course = make_course(title=f"Curso A{number}")
        course.topics.set([topics["trabajo"]])
        course.save_revision().publish()
        services.enrol(course, person(number), "es")
    client.get("/es/cursos/")  # warm Wagtail's site-root cache, as on a running server
    five = count_queries(client, "/es/cursos/")
    for number in range(COURSES_PER_PAGE + 1 - 5):
        make_course(title=f"Curso B{number}")
    client.get("/es/cursos/")  # publishing pages clears that cache: warm it again
    more_than_a_page = count_queries(client, "/es/cursos/")
    assert "Página 1 de 2" in client.get("/es/cursos/").content.decode()
    filtered = count_queries(client, "/es/cursos/?open=on&topic=trabajo&time=morning")
    assert five == more_than_a_page
    with django_assert_max_num_queries(12):
        client.get("/es/cursos/")
    print(
        f"course index queries: 5 courses={five},"
        f" {COURSES_PER_PAGE + 1} courses={more_than_a_page}, filtered={filtered}"
    )
    assert filtered <= 12


def test_untranslated_courses_are_listed_in_other_languages(
    client, make_course, home_pages, translate_page
):
    index = CourseIndexPage.objects.get(locale__language_code="es")
    translate_page(index, "en", title="Free courses", slug="courses", intro="")
    course = make_course(title="Solo en español")
    html = client.get("/en/courses/").content.decode()
    assert "Solo en español" in html
    assert f'href="/en/courses/{course.slug}/"' in html
    page = client.get(f"/en/courses/{course.slug}/")
    assert page.status_code == 200
    assert "Spanish version" in page.content.decode()


def test_course_page_shows_details_and_the_form(client, make_course):
    course = make_course(
        capacity=10, certificate=True, at_community_space=False, address="Av. Amazonas 123"
    )
    html = client.get(course.url).content.decode()
    assert "Av. Amazonas 123" in html
    assert 'id="enrolment-form"' in html
    for field in ("full_name", "phone", "email", "consent", "preferred_channel"):
        assert f'name="{field}"' in html
    assert "Quedan 10 de 10 plazas" in html
    assert "<details" in html  # optional questions are tucked away
    assert "situación migratoria" in html
    assert "immigration" not in html.lower()


def test_home_teaser_lists_open_courses(rf, home_page, make_course):
    make_course(title="Abierto")
    make_course(title="Cerrado", opens=-10, closes=-1)
    request = rf.get("/es/")
    teasers = [hook(request, home_page) for hook in hooks.get_hooks("register_home_teaser")]
    teaser = next(t for t in teasers if t and t["template"] == "courses/includes/teaser.html")
    assert [course.title for course in teaser["items"]] == ["Abierto"]
    assert teaser["more_url"] == "/es/cursos/"


def test_home_page_shows_the_teaser(client, home_page, make_course):
    make_course(title="Curso abierto en portada")
    html = client.get("/es/").content.decode()
    assert "Cursos con inscripción abierta" in html
    assert "Curso abierto en portada" in html


def test_topic_related_hook_returns_at_most_three_courses_in_one_query(
    rf, make_course, topics, django_assert_num_queries
):
    for number in range(5):
        course = make_course(title=f"Trabajo {number}")
        course.topics.set([topics["trabajo"]])
        course.save_revision().publish()
    other = make_course(title="Otra cosa")
    other.topics.set([topics["educacion"]])
    other.save_revision().publish()
    request = rf.get("/es/guias/x/")
    related = next(
        hook
        for hook in hooks.get_hooks("register_topic_related")
        if hook.__module__.startswith("courses")
    )
    related(request, [topics["trabajo"].pk], None)  # warm the site-root cache
    with django_assert_num_queries(1):
        result = related(request, [topics["trabajo"].pk], None)
    assert result["section"] == "Cursos"
    assert len(result["items"]) == 3
    assert all(item["title"].startswith("Trabajo") for item in result["items"])
    assert all(item["url"].startswith("/es/cursos/") for item in result["items"])
    assert related(request, [], None) is None


def test_enrolment_window_dates_are_validated_in_the_admin(make_course):
    from django.core.exceptions import ValidationError

    course = make_course()
    course.enrolment_closes = course.enrolment_opens - datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        course.full_clean()
    course.enrolment_closes = timezone.localdate()
    course.end_date = course.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        course.full_clean()


def test_course_and_confirmation_pages_stay_within_the_query_budget(
    client, make_course, topics, locales
):
    """As in the demo: topics, a partner organisation teaching it, seats and a waitlist."""
    from community.models import PartnerOrganisation

    from .conftest import form_data

    provider = PartnerOrganisation.objects.create(locale=locales["es"], name="Tejiendo Redes")
    course = make_course(capacity=3, provider=provider)
    course.topics.set(list(topics.values()))
    course.save_revision().publish()
    for number in range(5):
        services.enrol(course, person(number), "es")
    client.get(course.url)  # warm the per-process caches, as on a running server
    course_queries = count_queries(client, course.url)
    client.post(course.url + "enrol/", form_data())
    client.get(course.url + "confirmation/")
    confirmation_queries = count_queries(client, course.url + "confirmation/")
    print(f"course page queries={course_queries}, confirmation={confirmation_queries}")
    assert "Tejiendo Redes" in client.get(course.url).content.decode()
    assert course_queries <= 13  # 12, and the list of the course's sessions
    assert confirmation_queries <= 12
