"""Only course coordinators see personal data, rosters and exports: every URL, every role."""

from django.urls import reverse

import pytest

from courses import services
from courses.models import Enrolment
from tests.staff_login import login_verified

from .conftest import person

pytestmark = pytest.mark.django_db

NAME = "Persona Secreta"


@pytest.fixture
def enrolment(course):
    return services.enrol(course, person(1, full_name=NAME, email="secreta@example.org"), "es")[0]


def urls(enrolment):
    return {
        "list": ("get", reverse("enrolments:index"), {}),
        "list results": ("get", reverse("enrolments:index_results"), {}),
        "search": ("get", reverse("enrolments:index"), {"q": "Secreta"}),
        "export csv": ("get", reverse("enrolments:index"), {"export": "csv"}),
        "export xlsx": ("get", reverse("enrolments:index"), {"export": "xlsx"}),
        "inspect": ("get", reverse("enrolments:inspect", args=[enrolment.pk]), {}),
        "edit": ("get", reverse("enrolments:edit", args=[enrolment.pk]), {}),
        "roster": ("get", reverse("courses_admin:roster", args=[enrolment.course_id]), {}),
        "seats": ("get", reverse("courses_admin:seats"), {}),
        "person": ("get", reverse("courses_admin:person", args=[enrolment.pk]), {}),
        "person export": (
            "get",
            reverse("courses_admin:person", args=[enrolment.pk]),
            {"format": "json"},
        ),
    }


ROLES = ["anonymous", "partner", "editor", "coordinator"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "name",
    [
        "list",
        "list results",
        "search",
        "export csv",
        "export xlsx",
        "inspect",
        "edit",
        "roster",
        "seats",
        "person",
        "person export",
    ],
)
def test_permission_matrix_for_reading(client, users, enrolment, role, name):
    method, url, params = urls(enrolment)[name]
    if users[role]:
        login_verified(client, users[role])
    response = getattr(client, method)(url, params)
    body = response.content if not response.streaming else b"".join(response.streaming_content)
    if role == "coordinator":
        assert response.status_code == 200
        if name in (
            "list",
            "list results",
            "search",
            "inspect",
            "roster",
            "person",
            "person export",
            "export csv",
        ):
            assert NAME.encode() in body
        if name.startswith("export"):
            assert "attachment" in response["Content-Disposition"]
    else:
        assert response.status_code in (302, 403)
        assert NAME.encode() not in body
        assert b"secreta@example.org" not in body
        if role == "anonymous":
            assert "/admin/login/" in response.url


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ["cancel", "attended", "erase"])
def test_permission_matrix_for_changing(client, users, enrolment, role, action):
    if users[role]:
        login_verified(client, users[role])
    if action == "erase":
        response = client.post(reverse("courses_admin:person", args=[enrolment.pk]))
    else:
        response = client.post(
            reverse("courses_admin:status", args=[enrolment.pk]), {"action": action}
        )
    enrolment.refresh_from_db()
    if role == "coordinator":
        assert response.status_code == 302
        if action == "erase":
            assert enrolment.is_erased and enrolment.full_name != NAME
            assert enrolment.status == "cancelled"
        else:
            assert enrolment.status == {"cancel": "cancelled", "attended": "attended"}[action]
    else:
        assert response.status_code in (302, 403)
        assert enrolment.status == "confirmed"
        assert enrolment.full_name == NAME


def test_coordinator_can_confirm_from_the_waitlist_in_the_admin(client, users, course):
    services.enrol(course, person(1), "es")
    services.enrol(course, person(2), "es")
    waiting = services.enrol(course, person(3), "es")[0]
    login_verified(client, users["coordinator"])
    inspect = client.get(reverse("enrolments:inspect", args=[waiting.pk])).content.decode()
    assert 'value="confirm"' in inspect
    client.post(reverse("courses_admin:status", args=[waiting.pk]), {"action": "confirm"})
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_seats_report_and_roster_show_counts(client, users, course):
    for number in range(3):
        services.enrol(course, person(number), "es")
    login_verified(client, users["coordinator"])
    seats = client.get(reverse("courses_admin:seats")).content.decode()
    assert "2 / 2" in seats
    roster = client.get(reverse("courses_admin:roster", args=[course.pk])).content.decode()
    assert "Persona 0" in roster and "Persona 2" in roster
    assert roster.index("Persona 1") < roster.index(
        "Persona 2"
    )  # the waitlist comes after the seats


def test_export_of_one_persons_data_covers_all_their_enrolments(client, users, make_course):
    first, second = make_course(), make_course()
    a = services.enrol(first, person(1, email="same@example.org"), "es")[0]
    services.enrol(second, person(2, email="same@example.org"), "es")
    services.enrol(second, person(3), "es")
    login_verified(client, users["coordinator"])
    data = client.get(reverse("courses_admin:person", args=[a.pk]), {"format": "json"}).json()
    assert sorted(item["full_name"] for item in data["enrolments"]) == ["Persona 1", "Persona 2"]


def test_filters_and_search_in_the_enrolment_list(client, users, make_course):
    first, second = make_course(capacity=1), make_course()
    services.enrol(first, person(1, full_name="Ana Uno"), "es")
    services.enrol(first, person(2, full_name="Beto Dos"), "es")
    services.enrol(second, person(3, full_name="Carla Tres"), "es")
    login_verified(client, users["coordinator"])
    index = reverse("enrolments:index")
    waiting = client.get(index, {"status": "waitlisted"}).content.decode()
    assert "Beto Dos" in waiting and "Ana Uno" not in waiting
    by_course = client.get(index, {"course": second.pk}).content.decode()
    assert "Carla Tres" in by_course and "Ana Uno" not in by_course
    found = client.get(index, {"q": "Carla"}).content.decode()
    assert "Carla Tres" in found and "Beto Dos" not in found
    csv = b"".join(
        client.get(index, {"export": "csv", "status": "confirmed"}).streaming_content
    ).decode()
    assert "Ana Uno" in csv and "Carla Tres" in csv and "Beto Dos" not in csv


def test_staff_enrolling_someone_in_the_admin_follow_the_seat_rules(
    client, django_user_model, course
):
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw-123456")
    services.enrol(course, person(1), "es")
    services.enrol(course, person(2), "es")
    login_verified(client, admin)
    response = client.post(
        reverse("enrolments:add"),
        {
            "course": course.pk,
            "full_name": "Por Teléfono",
            "phone": "0997777777",
            "preferred_channel": "call",
        },
    )
    assert response.status_code == 302
    added = Enrolment.objects.get(full_name="Por Teléfono")
    assert added.status == "waitlisted"  # the course is full
    assert added.reference.startswith("QTO-")
    assert added.queue_number == 3
