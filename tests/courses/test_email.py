"""Confirmation emails: in the person's language, sent in the background, retried on failure."""

import smtplib

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command

import pytest

from courses import services
from courses.models import Enrolment, Notification
from home.delivery import MAX_ATTEMPTS

from .conftest import form_data

pytestmark = pytest.mark.django_db


class BrokenBackend(EmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("connection refused")


class FlakyBackend(EmailBackend):
    """Fails twice, then works."""

    failures = 0

    def send_messages(self, messages):
        if FlakyBackend.failures < 2:
            FlakyBackend.failures += 1
            raise smtplib.SMTPServerDisconnected("try again")
        return super().send_messages(messages)


def localized_url(course, code):
    return f"/{code}/" + course.url.split("/", 2)[2]


@pytest.mark.parametrize(
    ("code", "subject", "body"),
    [
        ("es", "Tu plaza está confirmada", "Tienes una plaza en este curso."),
        ("en", "Your seat is confirmed", "You have a seat on this course."),
        ("fr", "Votre place est confirmée", "Vous avez une place dans cette formation."),
        ("ht", "Plas ou konfime", "Ou gen yon plas nan kou sa a."),
    ],
)
def test_confirmation_email_is_in_the_visitors_language(
    client, course, django_capture_on_commit_callbacks, code, subject, body
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            localized_url(course, code) + "enrol/",
            form_data(email="persona@example.org", preferred_channel="email"),
        )
    assert response.status_code == 302
    enrolment = Enrolment.objects.get()
    assert enrolment.language == code
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["persona@example.org"]
    assert subject in message.subject and enrolment.reference in message.subject
    assert body in message.body
    assert "/enrolment/cancel/" in message.body
    assert "\n" not in message.subject
    assert Notification.objects.get().sent_at is not None


def test_waitlist_email_gives_the_position(course, client, django_capture_on_commit_callbacks):
    from courses import services

    from .conftest import person

    services.enrol(course, person(1), "es")
    services.enrol(course, person(2), "es")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(localized_url(course, "ht") + "enrol/", form_data(email="w@example.org"))
    assert "nan pozisyon 1" in mail.outbox[0].body


def test_no_email_address_means_no_email(client, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(course.url + "enrol/", form_data())
    assert mail.outbox == []
    # No message channel is configured: nothing is sent, and coordinators will phone instead.
    assert list(Notification.objects.values_list("channel", flat=True)) == ["call"]


def test_mail_outage_keeps_the_enrolment_and_retries(
    client, course, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.courses.test_email.BrokenBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(course.url + "enrol/", form_data(email="persona@example.org"))
    # The person still gets their confirmation page and seat.
    assert response.status_code == 302
    enrolment = Enrolment.objects.get()
    assert enrolment.status == "confirmed"
    assert enrolment.reference in client.get(response.url).content.decode()
    notification = Notification.objects.get(channel="email")
    assert notification.sent_at is None
    assert notification.attempts == MAX_ATTEMPTS  # tried, then retried until the limit
    assert notification.last_error == "SMTPServerDisconnected"
    assert "persona" not in notification.last_error

    # Once mail is back, the pending email goes out.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("retry_notifications", stdout=open("/dev/null", "w"))  # noqa: SIM115
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert len(mail.outbox) == 1
    # The email reached them after all: nobody needs to phone them about it any more.
    assert not services.call_list().exists()


def test_a_flaky_mail_server_is_retried_until_it_works(
    client, course, settings, django_capture_on_commit_callbacks
):
    FlakyBackend.failures = 0
    settings.EMAIL_BACKEND = "tests.courses.test_email.FlakyBackend"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(course.url + "enrol/", form_data(email="persona@example.org"))
    notification = Notification.objects.get()
    assert notification.attempts == 3
    assert notification.sent_at is not None
    assert len(mail.outbox) == 1


def test_the_task_never_sends_twice(course, django_capture_on_commit_callbacks):
    from courses import services
    from courses.tasks import send_notification

    from .conftest import person

    with django_capture_on_commit_callbacks(execute=True):
        enrolment, _ = services.enrol(course, person(1, email="x@example.org"), "es")
    notification = enrolment.notifications.get()
    send_notification.enqueue(notification.pk)
    assert len(mail.outbox) == 1
