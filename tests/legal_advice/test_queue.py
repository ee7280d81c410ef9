"""The Legal advisers' queue: who sees a request, its statuses and appointment, the person's email,
export, erasure and the retention purge."""

import datetime
import io
import json

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from home.roles import setup_roles
from legal_advice import services
from legal_advice.models import AdviceRequest
from tests.staff_login import login_verified

from .conftest import form_data

pytestmark = pytest.mark.django_db

NAME = "Rosa Secreta Villalba"


@pytest.fixture
def staff(locales, django_user_model):
    """One signed-up member of each role, groups made by setup_roles as in production."""
    setup_roles()
    users = {}
    for group in (
        "Legal advisers",
        "Course coordinators",
        "Community editors",
        "Editors",
        "Partners",
    ):
        user = django_user_model.objects.create_user(
            group.lower().replace(" ", "_"), password="pw-123456", is_staff=True
        )
        user.groups.add(Group.objects.get(name=group))
        users[group] = user
    return users


@pytest.fixture
def submitted(client, advice_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/es/asesoria-legal/",
            form_data(full_name=NAME, email="rosa@example.org", preferred_language="ht"),
        )
    assert response.status_code == 302
    mail.outbox.clear()
    return AdviceRequest.objects.get()


def admin_urls(advice_request):
    return {
        "list": reverse("legal_advice_requests:index"),
        "search": reverse("legal_advice_requests:index") + "?q=Secreta",
        "edit": reverse("legal_advice_requests:edit", args=[advice_request.pk]),
        "export": reverse("legal_advice_requests:index") + "?export=csv",
        "person": reverse("legal_advice_admin:person", args=[advice_request.pk]),
        "person json": reverse("legal_advice_admin:person", args=[advice_request.pk])
        + "?format=json",
    }


def body_of(response):
    return response.content if not response.streaming else b"".join(response.streaming_content)


def test_a_valid_request_reaches_the_legal_advisers_queue_and_nobody_elses(
    client, staff, submitted
):
    for group, user in staff.items():
        client.logout()
        login_verified(client, user)
        for name, url in admin_urls(submitted).items():
            response = client.get(url)
            body = body_of(response)
            if group == "Legal advisers":
                assert response.status_code == 200, (group, name)
                assert NAME.encode() in body, (group, name)
            else:
                assert response.status_code in (302, 403), (group, name)
                assert NAME.encode() not in body, (group, name)
                assert b"rosa@example.org" not in body, (group, name)
    # Only the advisers have the queue in their menu.
    queue = reverse("legal_advice_requests:index")
    for group, user in staff.items():
        client.logout()
        login_verified(client, user)
        menu = client.get("/admin/").content.decode()
        assert (queue in menu) == (group == "Legal advisers"), group


def test_the_advisers_permission_needs_two_factor(staff):
    from home.staff_security import requires_two_factor

    assert requires_two_factor(staff["Legal advisers"])


def post_edit(client, advice_request, **fields):
    data = {
        "status": advice_request.status,
        "appointment_at": "",
        "appointment_place": "",
        "internal_notes": "",
    }
    data.update(fields)
    return client.post(reverse("legal_advice_requests:edit", args=[advice_request.pk]), data)


def test_an_appointment_needs_a_date_and_a_place_then_the_person_gets_an_email_in_their_language(
    client, staff, submitted, django_capture_on_commit_callbacks
):
    login_verified(client, staff["Legal advisers"])
    response = post_edit(client, submitted, status="appointment")
    assert response.status_code == 200  # shown again with its errors
    assert "Indica la fecha y la hora de la cita" in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.status == "new"
    when = (timezone.localtime() + datetime.timedelta(days=4)).replace(
        hour=10, minute=30, second=0, microsecond=0
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = post_edit(
            client,
            submitted,
            status="appointment",
            appointment_at=when.strftime("%Y-%m-%d %H:%M"),
            appointment_place="Centro comunitario, oficina 2",
            internal_notes="Llamar antes.",
        )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == "appointment"
    assert submitted.appointment_place == "Centro comunitario, oficina 2"
    assert submitted.internal_notes == "Llamar antes."
    (email,) = mail.outbox
    assert email.to == ["rosa@example.org"]
    assert "Konseye legal Minisipalite a ofri ou yon randevou" in email.body  # Kreyòl, as asked
    assert "Centro comunitario, oficina 2" in email.body
    assert "Llamar antes" not in email.body  # internal notes never leave the admin


def test_status_changes_follow_the_table(staff, submitted):
    from legal_advice.status import StatusChangeRefused

    services.change_status(submitted, "seen")
    services.change_status(submitted, "closed")
    with pytest.raises(StatusChangeRefused):
        services.change_status(submitted, "new")
    submitted.refresh_from_db()
    assert submitted.status == "closed"


def test_a_closed_request_offers_no_other_status_in_the_admin(client, staff, submitted):
    services.change_status(submitted, "closed")
    login_verified(client, staff["Legal advisers"])
    response = post_edit(client, submitted, status="new")
    assert response.status_code == 200
    submitted.refresh_from_db()
    assert submitted.status == "closed"


def test_export_and_erase_one_persons_data(client, staff, submitted):
    other = services.submit(
        AdviceRequest(
            topic="housing",
            preferred_language="es",
            full_name=NAME,
            phone="099 123 4567",
            preferred_channel="call",
            description="Otra pregunta.",
        ),
        "es",
    )
    login_verified(client, staff["Legal advisers"])
    url = reverse("legal_advice_admin:person", args=[submitted.pk])
    exported = json.loads(body_of(client.get(url + "?format=json")))
    assert {item["reference"] for item in exported["legal_advice_requests"]} == {
        submitted.reference,
        other.reference,
    }
    assert client.post(url).status_code == 302
    for item in (submitted, other):
        item.refresh_from_db()
        assert item.full_name == "—" and not item.phone and not item.email
        assert not item.description and item.is_erased
        assert item.topic and item.preferred_language  # anonymous figures stay
    assert NAME.encode() not in body_of(client.get(reverse("legal_advice_requests:index")))


def test_the_purge_blanks_requests_after_the_retention_time(settings, submitted):
    settings.LEGAL_ADVICE_RETENTION_DAYS = 30
    recent = services.submit(
        AdviceRequest(
            topic="work",
            preferred_language="es",
            full_name="Persona Reciente",
            phone="098 000 1111",
            preferred_channel="whatsapp",
            description="Pregunta reciente.",
        ),
        "es",
    )
    old = timezone.now() - datetime.timedelta(days=31)
    AdviceRequest.objects.filter(pk=submitted.pk).update(created_at=old, status_changed_at=old)

    out = io.StringIO()
    call_command("purge_legal_advice", "--dry-run", stdout=out)
    assert "1 legal advice requests would be anonymised" in out.getvalue()
    submitted.refresh_from_db()
    assert submitted.full_name == NAME

    call_command("purge_legal_advice", stdout=io.StringIO())
    submitted.refresh_from_db()
    recent.refresh_from_db()
    assert submitted.is_erased and submitted.full_name == "—"
    assert not submitted.email and not submitted.phone and not submitted.description
    assert submitted.topic == "work" and submitted.preferred_language == "ht"
    assert recent.full_name == "Persona Reciente" and not recent.is_erased


def test_an_email_that_failed_goes_out_once_the_mail_server_is_back(
    settings, advice_page, client, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.legal_advice.test_queue.BrokenBackend"
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/es/asesoria-legal/", form_data(full_name=NAME, email="rosa@example.org"))
    advice_request = AdviceRequest.objects.get()
    notification = advice_request.notifications.get(channel="email")
    assert notification.sent_at is None and notification.attempts >= 1
    # No email got through and the person gave a phone: an adviser is to call them meanwhile.
    call = advice_request.notifications.get(channel="call")
    assert notification.last_error == "ConnectionRefusedError"  # never the address
    assert len(mail.outbox) == 0

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("retry_legal_advice_notifications", stdout=io.StringIO())
    notification.refresh_from_db()
    assert notification.sent_at is not None
    (email,) = mail.outbox
    assert email.to == ["rosa@example.org"] and advice_request.reference in email.subject
    call_command("retry_legal_advice_notifications", stdout=io.StringIO())
    assert len(mail.outbox) == 1  # never twice
    call.refresh_from_db()
    assert call.gave_up  # the email got through after all: no call needed


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")
