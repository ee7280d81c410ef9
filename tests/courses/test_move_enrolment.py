"""Issue 13: enrolments change only through the rules. The edit form cannot change the course or
the status; "Move to another course" goes through the seat rules and keeps the reference."""

from django.urls import reverse

import pytest

from courses import services
from tests.staff_login import login_verified

from .conftest import person

pytestmark = pytest.mark.django_db


def enrol(course, number, **fields):
    return services.enrol(course, person(number, **fields), "es")[0]


def test_moving_to_a_full_course_waitlists_the_person_and_offers_their_seat_here(
    client, users, make_course
):
    old = make_course(capacity=1)
    full = make_course(capacity=1)
    moving = enrol(old, 1)
    waiting_here = enrol(old, 2)
    enrol(full, 3)
    reference = moving.reference

    login_verified(client, users["coordinator"])
    inspect = client.get(reverse("enrolments:inspect", args=[moving.pk])).content.decode()
    assert "Mover a otro curso" in inspect or 'name="course"' in inspect
    response = client.post(reverse("courses_admin:move", args=[moving.pk]), {"course": full.pk})
    assert response.status_code == 302

    moving.refresh_from_db()
    waiting_here.refresh_from_db()
    assert (moving.course_id, moving.status, moving.reference) == (full.pk, "waitlisted", reference)
    assert moving.waitlist_position() == 1
    assert waiting_here.status == "offered"
    assert old.seat_counts()["confirmed"] == 0 and full.seat_counts()["confirmed"] == 1


def test_moving_to_a_course_with_a_free_seat_confirms_the_person(make_course):
    old = make_course(capacity=1)
    roomy = make_course(capacity=3)
    enrol(old, 1)
    waiting = enrol(old, 2)
    assert services.move(waiting, roomy) == []  # they held no seat: nobody else moves
    waiting.refresh_from_db()
    assert (waiting.course_id, waiting.status) == (roomy.pk, "confirmed")


def test_a_cancelled_enrolment_cannot_be_moved(make_course):
    old, other = make_course(capacity=1), make_course(capacity=1)
    gone = enrol(old, 1)
    services.cancel(gone)
    with pytest.raises(services.MoveRefused):
        services.move(gone, other)
    gone.refresh_from_db()
    assert gone.course_id == old.pk


def test_the_edit_form_cannot_change_the_course_or_the_status(client, users, make_course):
    old, other = make_course(capacity=1), make_course(capacity=1)
    enrolment = enrol(old, 1)
    login_verified(client, users["coordinator"])
    url = reverse("enrolments:edit", args=[enrolment.pk])
    page = client.get(url).content.decode()
    assert 'name="course"' not in page and 'name="status"' not in page
    response = client.post(
        url,
        {
            "full_name": "Persona Uno",
            "phone": enrolment.phone,
            "email": "",
            "preferred_channel": "sms",
            "course": other.pk,
            "status": "cancelled",
        },
    )
    assert response.status_code == 302
    enrolment.refresh_from_db()
    assert (enrolment.course_id, enrolment.status) == (old.pk, "confirmed")
    assert enrolment.preferred_channel == "sms"
