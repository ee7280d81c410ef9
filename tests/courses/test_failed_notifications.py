"""Mail server down: coordinators see the emails that did not go out and send them again."""

import smtplib

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse

import pytest

from courses import services
from courses.models import Notification
from home.delivery import MAX_ATTEMPTS
from tests.staff_login import login_verified

from .conftest import person

pytestmark = pytest.mark.django_db

NAME = "Persona Sin Correo"
EMAIL = "sincorreo@example.org"


class DownBackend(EmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("connection refused")


@pytest.fixture
def failed(course, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.courses.test_failed_notifications.DownBackend"
    with django_capture_on_commit_callbacks(execute=True):
        enrolment, _ = services.enrol(course, person(1, full_name=NAME, email=EMAIL), "es")
    notification = enrolment.notifications.get(channel="email")
    assert notification.sent_at is None and notification.gave_up
    assert notification.attempts == MAX_ATTEMPTS
    assert mail.outbox == []
    return notification


def index_url():
    return reverse("failed_notifications:index")


def retry_url(notification):
    return reverse("courses_admin:retry_notification", args=[notification.pk])


def test_a_failed_email_is_listed_without_personal_data(client, users, failed):
    login_verified(client, users["coordinator"])
    response = client.get(index_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert failed.enrolment.reference in body
    assert "SMTPServerDisconnected" in body
    assert retry_url(failed) in body
    assert "csrfmiddlewaretoken" in body
    # The admin is in Spanish here.
    assert "Reintentar ahora" in body and "Notificaciones fallidas" in body
    assert NAME not in body and EMAIL not in body


def test_sent_emailless_and_call_notifications_are_not_listed(client, users, course, failed):
    with_phone_only = services.enrol(course, person(2), "es")[0]
    # No phone channel is configured: a call for the coordinators (their call list), not a failure.
    assert list(with_phone_only.notifications.values_list("channel", flat=True)) == ["call"]
    Notification.objects.create(
        enrolment=services.enrol(course, person(3, email="ok@example.org"), "es")[0],
        kind="confirmed",
        attempts=1,
        sent_at=failed.created_at,
    )
    login_verified(client, users["coordinator"])
    response = client.get(index_url())
    others = Notification.objects.exclude(enrolment=failed.enrolment)
    references = [n.enrolment.reference for n in others]
    body = response.content.decode()
    assert failed.enrolment.reference in body
    assert [reference for reference in references if reference in body] == []


def test_retry_now_sends_the_email_once_the_server_is_back(
    client, users, failed, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    login_verified(client, users["coordinator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(retry_url(failed))
    assert response.status_code == 302
    assert response.url == index_url()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [EMAIL]
    failed.refresh_from_db()
    assert failed.sent_at is not None and not failed.gave_up
    listing = client.get(index_url()).content.decode()
    assert "otra vez en la cola" in listing  # the message after the redirect, in Spanish
    assert retry_url(failed) not in listing
    assert failed.enrolment.reference not in client.get(index_url()).content.decode()
    # Pressing again (an old tab) sends nothing: not found (LocaleMiddleware may redirect a 404).
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(retry_url(failed)).status_code in (302, 404)
    assert len(mail.outbox) == 1


def test_retry_while_the_server_is_still_down_keeps_it_listed(
    client, users, failed, django_capture_on_commit_callbacks
):
    login_verified(client, users["coordinator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(retry_url(failed))
    failed.refresh_from_db()
    assert failed.sent_at is None and failed.gave_up and failed.attempts == MAX_ATTEMPTS
    assert failed.enrolment.reference in client.get(index_url()).content.decode()


def test_retry_needs_a_post_with_a_csrf_token(users, failed):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    login_verified(client, users["coordinator"])
    assert client.get(retry_url(failed)).status_code == 405
    assert client.post(retry_url(failed)).status_code == 403
    failed.refresh_from_db()
    assert failed.gave_up


@pytest.mark.parametrize("role", ["anonymous", "partner", "editor"])
def test_others_can_neither_list_nor_retry(
    client, users, failed, settings, role, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    if users[role]:
        login_verified(client, users[role])
    response = client.get(index_url())
    assert response.status_code in (302, 403)
    assert failed.enrolment.reference.encode() not in response.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(retry_url(failed))
    assert response.status_code in (302, 403)
    if role == "anonymous":
        assert "/admin/login/" in response.url
    failed.refresh_from_db()
    assert failed.gave_up and failed.sent_at is None
    assert mail.outbox == []


def test_the_list_cannot_edit_or_delete(client, users, failed):
    login_verified(client, users["coordinator"])
    for name in ("edit", "delete"):
        response = client.get(reverse(f"failed_notifications:{name}", args=[failed.pk]))
        assert response.status_code in (302, 403)
    assert Notification.objects.filter(pk=failed.pk).exists()
