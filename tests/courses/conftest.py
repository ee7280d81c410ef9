"""Fixtures for the courses tests: a course index and a factory for courses in any state."""

import datetime
import itertools

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

import pytest

from courses.models import CourseIndexPage, CoursePage, Enrolment

_counter = itertools.count(1)


@pytest.fixture
def course_index(home_page):
    index = CourseIndexPage(
        title="Cursos gratuitos", slug="cursos", show_in_menus=True, locale=home_page.locale
    )
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def make_course(course_index):
    """make_course(capacity=5, opens=-1, closes=10, start=14, **fields) → a live Spanish course."""

    def _make(capacity=5, opens=-1, closes=10, start=14, weeks=4, **fields):
        day = timezone.localdate()
        number = next(_counter)
        values = {
            "title": f"Curso {number}",
            "slug": f"curso-{number}",
            "summary": "Un curso gratuito.",
            "description": "<p>Descripción.</p>",
            "schedule": "Lunes y miércoles",
            "session_start": datetime.time(9),
            "session_end": datetime.time(12),
            "time_slot": "morning",
            "start_date": day + datetime.timedelta(days=start),
            "end_date": day + datetime.timedelta(days=start + 7 * weeks),
            "enrolment_opens": day + datetime.timedelta(days=opens),
            "enrolment_closes": day + datetime.timedelta(days=closes),
            "capacity": capacity,
            "locale": course_index.locale,
        }
        values.update(fields)
        course = CoursePage(**values)
        course_index.add_child(instance=course)
        course.save_revision().publish()
        return course

    return _make


@pytest.fixture
def course(make_course):
    return make_course(capacity=2)


def person(number, **fields):
    values = {
        "full_name": f"Persona {number}",
        "phone": f"099 111 {number:04d}",
        "preferred_channel": "whatsapp",
    }
    values.update(fields)
    return Enrolment(**values)


def form_data(**overrides):
    data = {
        "full_name": "María José Pérez",
        "phone": "0991234567",
        "email": "",
        "preferred_channel": "whatsapp",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def users(db, django_user_model):
    """anonymous (None), partner, editor and coordinator, set up as the demo seed sets them up."""
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    coordinators, _ = Group.objects.get_or_create(name="Course coordinators")
    coordinators.permissions.add(
        access_admin,
        *Permission.objects.filter(
            content_type__app_label="courses",
            codename__in=["view_enrolment", "change_enrolment", "delete_enrolment"],
        ),
    )
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(access_admin)
    partners, _ = Group.objects.get_or_create(name="Partners")
    partners.permissions.add(access_admin)
    result = {"anonymous": None}
    for name, group in (("partner", partners), ("editor", editors), ("coordinator", coordinators)):
        user = django_user_model.objects.create_user(
            name, f"{name}@example.org", "pw-123456", is_staff=True
        )
        user.groups.add(group)
        result[name] = user
    return result
