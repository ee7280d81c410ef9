"""Attendance per session, marked by coordinators, and the completion rule it feeds."""

import datetime

from django.urls import reverse

import pytest

from courses import services
from courses.models import Attendance, CourseSession, Enrolment
from tests.staff_login import login_verified

from .conftest import person

pytestmark = pytest.mark.django_db


def add_sessions(course, count=5):
    first = course.start_date
    return [
        CourseSession.objects.create(
            page=course,
            sort_order=number,
            date=first + datetime.timedelta(days=2 * number),
            start_time=datetime.time(9),
            end_time=datetime.time(12),
        )
        for number in range(count)
    ]


@pytest.fixture
def course5(make_course):
    course = make_course(capacity=3, certificate=False)
    return course, add_sessions(course)


def enrol(course, number, **fields):
    return services.enrol(course, person(number, **fields), "es")[0]


def session_url(course, session):
    return reverse("courses_admin:session_attendance", args=[course.pk, session.pk])


def mark(client, course, session, *enrolments):
    return client.post(session_url(course, session), {"present": [e.pk for e in enrolments]})


def test_four_of_five_sessions_complete_under_an_80_percent_rule(client, users, course5):
    course, sessions = course5
    regular, irregular = enrol(course, 1), enrol(course, 2)
    login_verified(client, users["coordinator"])
    for session in sessions[:3]:
        assert mark(client, course, session, regular, irregular).status_code == 302
    mark(client, course, sessions[3], regular)
    regular.refresh_from_db()
    irregular.refresh_from_db()
    assert (regular.status, irregular.status) == ("completed", "attended")  # 4/5, 3/5
    mark(client, course, sessions[4])  # nobody at the last session
    irregular.refresh_from_db()
    assert irregular.status == "attended"
    assert Attendance.objects.filter(enrolment=regular).count() == 4


def test_the_rule_is_the_course_s(make_course):
    course = make_course(capacity=3, completion_percent=60)
    sessions = add_sessions(course)
    someone = enrol(course, 1)
    for session in sessions[:3]:
        services.record_attendance(course, session, [someone.pk])
    someone.refresh_from_db()
    assert someone.status == "completed"


def test_one_post_saves_the_whole_session_and_unticking_removes_a_mark(client, users, course5):
    course, sessions = course5
    first, second = enrol(course, 1), enrol(course, 2)
    login_verified(client, users["coordinator"])
    mark(client, course, sessions[0], first, second)
    assert set(sessions[0].attendances.values_list("enrolment_id", flat=True)) == {
        first.pk,
        second.pk,
    }
    mark(client, course, sessions[0], second)  # the first was ticked by mistake
    assert list(sessions[0].attendances.values_list("enrolment_id", flat=True)) == [second.pk]


def test_only_people_with_a_seat_can_be_marked(client, users, course5):
    course, sessions = course5
    seated = [enrol(course, number) for number in range(3)]
    waiting = enrol(course, 9)
    assert waiting.status == "waitlisted"
    login_verified(client, users["coordinator"])
    page = client.get(session_url(course, sessions[0])).content.decode()
    for item in seated:
        assert f'value="{item.pk}"' in page and item.full_name in page
    assert waiting.full_name not in page
    mark(client, course, sessions[0], seated[0], waiting)
    assert list(sessions[0].attendances.values_list("enrolment_id", flat=True)) == [seated[0].pk]
    # Bad input: no 500, nothing written for it.
    response = client.post(session_url(course, sessions[1]), {"present": ["x"]})
    assert response.status_code == 302
    assert not sessions[1].attendances.exists()


@pytest.mark.parametrize("role", ["anonymous", "partner", "editor"])
def test_only_coordinators_can_mark_attendance(client, users, course5, role):
    course, sessions = course5
    someone = enrol(course, 1)
    if users[role]:
        login_verified(client, users[role])
    response = mark(client, course, sessions[0], someone)
    assert response.status_code in (302, 403)
    if role == "anonymous":
        assert "/admin/login/" in response.url
    assert not Attendance.objects.exists()
    assert someone.full_name not in client.get(session_url(course, sessions[0])).content.decode()


def test_a_session_of_another_course_is_not_found(client, users, course5, make_course):
    course, _sessions = course5
    other = make_course()
    other_session = add_sessions(other, 1)[0]
    login_verified(client, users["coordinator"])
    # (Django's LocaleMiddleware first redirects an admin 404 to a language prefix.)
    assert client.get(session_url(course, other_session), follow=True).status_code == 404


def test_the_session_page_is_a_plain_form_with_big_labelled_checkboxes(client, users, course5):
    course, sessions = course5
    someone = enrol(course, 1)
    services.record_attendance(course, sessions[0], [someone.pk])
    login_verified(client, users["coordinator"])
    response = client.get(session_url(course, sessions[1]))
    page = response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert '<form method="post">' in page and "<script" not in page
    assert f'<label for="present-{someone.pk}">' in page
    assert "1 sesión asistida" in page  # the coordinator's admin language
    assert 'name="viewport"' in page
    assert "Sesión 2 de 5" in page


def test_the_roster_lists_the_sessions_and_each_person_s_attendance(client, users, course5):
    course, sessions = course5
    someone = enrol(course, 1)
    for session in sessions[:2]:
        services.record_attendance(course, session, [someone.pk])
    login_verified(client, users["coordinator"])
    page = client.get(reverse("courses_admin:roster", args=[course.pk])).content.decode()
    for session in sessions:
        assert session_url(course, session) in page
    assert "<td>2/5</td>" in page


def test_the_public_course_page_lists_the_sessions_in_the_visitor_s_language(
    client, course5, home_pages
):
    course, sessions = course5
    page = client.get(course.url).content.decode()
    from django.utils import translation

    from home.dates import long_date_with_weekday

    with translation.override("es"):
        assert long_date_with_weekday(sessions[0].date) in page
    assert "09:00–12:00" in page


def test_completed_is_final_and_erased_people_are_not_marked(course5):
    course, sessions = course5
    someone = enrol(course, 1)
    for session in sessions[:4]:
        services.record_attendance(course, session, [someone.pk])
    services.record_attendance(course, sessions[0], [])  # unticked later: completion stays
    someone.refresh_from_db()
    assert someone.status == "completed"
    other = enrol(course, 2)
    services.anonymise(other)
    services.record_attendance(course, sessions[1], [other.pk])
    assert not Attendance.objects.filter(enrolment=other).exists()
    assert Enrolment.objects.get(pk=other.pk).status == "confirmed"


def test_sessions_are_synchronised_to_translations(make_course, home_pages, translate_page):
    course = make_course(capacity=3)
    course.sessions = [
        CourseSession(
            date=course.start_date, start_time=datetime.time(9), end_time=datetime.time(12)
        )
    ]
    course.save_revision().publish()
    english = translate_page(course, "en", title="Course", slug="course")
    assert [item.date for item in english.sessions.all()] == [course.start_date]
    # Attendance points at the Spanish course's sessions, whichever translation is looked at.
    assert list(english.course_sessions()) == list(CourseSession.objects.filter(page=course))


def test_editors_add_sessions_in_the_course_editor(admin_client, make_course):
    from wagtail.test.utils.form_data import inline_formset

    from .test_enrolment import course_form

    course = make_course(capacity=3)
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])
    assert "sessions-TOTAL_FORMS" in admin_client.get(edit).content.decode()
    day = course.start_date.isoformat()
    bad = inline_formset([{"date": day, "start_time": "12:00", "end_time": "09:00"}])
    response = admin_client.post(edit, {**course_form(course, sessions=bad), "action-publish": "1"})
    assert response.status_code == 200  # the form again, with the error
    assert not CourseSession.objects.filter(page=course).exists()
    good = inline_formset([{"date": day, "start_time": "09:00", "end_time": "12:00"}])
    response = admin_client.post(
        edit, {**course_form(course, sessions=good), "action-publish": "1"}
    )
    assert response.status_code == 302
    assert list(CourseSession.objects.filter(page=course).values_list("date", flat=True)) == [
        course.start_date
    ]
