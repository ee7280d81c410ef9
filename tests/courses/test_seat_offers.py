"""Seat offers that expire: a freed seat is offered to the first person waiting, who accepts or
declines it through a signed link without logging in, or lets it expire."""

import datetime
import io
from unittest import mock

from django.core import signing
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from courses import services
from courses.models import Enrolment
from home import messaging
from tests.staff_login import login_verified

from .conftest import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def outbox(settings):
    settings.MESSAGE_BACKEND = "locmem"
    messaging.outbox.clear()
    yield messaging.outbox
    messaging.outbox.clear()


def later(hours):
    """Move time forward: the services read the clock through django.utils.timezone.now."""
    return mock.patch("django.utils.timezone.now", return_value=timezone.now() + hours)


def full_course_with_waitlist(course, language="es"):
    """capacity 2: two seated, then two phone-only people waiting (in `language`)."""
    seated = [services.enrol(course, person(n), "es")[0] for n in (1, 2)]
    waiting = [services.enrol(course, person(n), language)[0] for n in (3, 4)]
    return seated, waiting


def offer_link(enrolment):
    """The link of the person's current offer, in their language (as the messages carry it)."""
    enrolment.refresh_from_db()
    with translation.override(enrolment.language):
        return reverse("courses:offer", kwargs={"token": services.offer_token(enrolment)})


def test_phone_only_person_is_offered_a_freed_seat_accepts_and_holds_it(
    client, course, outbox, django_capture_on_commit_callbacks
):
    seated, (first, second) = full_course_with_waitlist(course)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(seated[0])

    first.refresh_from_db()
    assert first.status == "offered"
    assert first.offer_expires_at - first.offered_at == datetime.timedelta(hours=24)
    link = offer_link(first)
    # An offer expires, so it goes by every channel the person has.
    assert sorted((m.channel, m.to) for m in outbox if link in m.text) == [
        ("sms", "593991110003"),
        ("whatsapp", "593991110003"),
    ]
    counts = course.seat_counts()
    assert (counts["confirmed"], counts["offered"], counts["free"]) == (1, 1, 0)

    page = client.get(link)  # opening the link (or a message app's preview) changes nothing
    assert page.status_code == 200
    assert "Sí, acepto la plaza" in page.content.decode()
    first.refresh_from_db()
    assert first.status == "offered"

    done = client.post(link, {"answer": "accept"})
    assert done.status_code == 200
    assert "la plaza es tuya" in done.content.decode()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("confirmed", "waitlisted")
    assert course.seat_counts()["confirmed"] == 2


def test_declining_passes_the_seat_to_the_next_person(client, course, outbox):
    seated, (first, second) = full_course_with_waitlist(course)
    services.cancel(seated[0])
    response = client.post(offer_link(first), {"answer": "decline"})
    assert response.status_code == 200
    assert "siguiente persona" in response.content.decode()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("cancelled", "offered")


def test_an_expired_offer_goes_to_the_next_person_by_the_scheduled_command(
    course, outbox, django_capture_on_commit_callbacks
):
    seated, (first, second) = full_course_with_waitlist(course)
    services.cancel(seated[0])
    outbox.clear()

    out = io.StringIO()
    call_command("expire_seat_offers", stdout=out)  # not yet
    assert "0 offers expired" in out.getvalue()
    with later(datetime.timedelta(hours=25)), django_capture_on_commit_callbacks(execute=True):
        call_command("expire_seat_offers", stdout=out)
    assert "1 offers expired, 1 new offers made" in out.getvalue()

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("cancelled", "offered")
    texts = {m.to: m.text for m in outbox}
    assert "venció tu oferta" in texts["593991110003"]
    assert offer_link(second) in texts["593991110004"]


def test_the_next_enrolment_event_processes_expired_offers_first(course, outbox):
    seated, (first, second) = full_course_with_waitlist(course)
    services.cancel(seated[0])
    with later(datetime.timedelta(hours=25)):
        newcomer, created = services.enrol(course, person(9), "es")
    assert created and newcomer.status == "waitlisted"  # the seat went to the person waiting
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("cancelled", "offered")


@pytest.mark.parametrize(
    ("code", "invalid", "expired", "already"),
    [
        ("es", "no es válido", "Esta oferta venció", "ya fue respondida"),
        ("ht", "Lyen sa a pa bon", "Òf sa a fini", "Yo te deja reponn òf sa a"),
    ],
)
def test_forged_expired_and_replayed_links_get_a_clear_page_and_change_nothing(
    client, course, outbox, code, invalid, expired, already
):
    seated, (first, second) = full_course_with_waitlist(course, language=code)
    services.cancel(seated[0])
    link = offer_link(first)
    assert link.startswith(f"/{code}/")
    token = services.offer_token(first)

    # Forged: another enrolment's id under the same signature, or a made-up signature.
    forged_value = f"{second.pk}.{second.reference}.{int(first.offered_at.timestamp())}"
    for bad in (
        forged_value + ":" + token.rsplit(":", 1)[1],
        signing.Signer(salt="another").sign(forged_value),
        "nonsense",
    ):
        response = client.post(f"/{code}/enrolment/offer/{bad}/", {"answer": "accept"})
        assert response.status_code == 404
        assert invalid in response.content.decode()
    second.refresh_from_db()
    assert second.status == "waitlisted"

    # Replayed: accepted once, the same link again changes nothing.
    assert client.post(link, {"answer": "accept"}).status_code == 200
    again = client.post(link, {"answer": "decline"})
    assert again.status_code == 200 and already in again.content.decode()
    first.refresh_from_db()
    assert first.status == "confirmed"

    # Expired: the second person's offer ran out before they answered.
    services.cancel(seated[1])
    second.refresh_from_db()
    assert second.status == "offered"
    second_link = offer_link(second)
    with later(datetime.timedelta(hours=25)):
        response = client.post(second_link, {"answer": "accept"})
        assert response.status_code == 410 and expired in response.content.decode()
        assert client.get(second_link).status_code == 410
    second.refresh_from_db()
    assert second.status == "cancelled"
    assert course.seat_counts()["confirmed"] == 1  # seated[1] left, first accepted: nobody more


def test_coordinators_can_still_confirm_someone_offered_directly(client, users, course, outbox):
    seated, (first, _second) = full_course_with_waitlist(course)
    services.cancel(seated[0])
    login_verified(client, users["coordinator"])
    inspect = client.get(reverse("enrolments:inspect", args=[first.pk])).content.decode()
    assert "Todavía puedes confirmarla directamente" in inspect
    client.post(reverse("courses_admin:status", args=[first.pk]), {"action": "confirm"})
    first.refresh_from_db()
    assert first.status == "confirmed"
    response = client.post(offer_link(first), {"answer": "decline"})
    assert "ya fue respondida" in response.content.decode()
    first.refresh_from_db()
    assert first.status == "confirmed"


def test_an_offer_holds_the_seat_against_newcomers(course, outbox):
    seated, (first, _second) = full_course_with_waitlist(course)
    services.cancel(seated[0])
    newcomer, _ = services.enrol(course, person(9), "es")
    assert newcomer.status == "waitlisted"
    first.refresh_from_db()
    assert first.status == "offered"
    assert Enrolment.objects.filter(course=course, status="confirmed").count() == 1
