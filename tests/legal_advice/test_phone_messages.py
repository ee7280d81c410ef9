"""Legal advice requests are told by phone too (issue 17): the confirmation and the appointment
offered go out by WhatsApp or SMS in the person's language, short and without their name, recorded,
retried and never twice; a person who gave only a phone that no message reaches is on the
advisers' call list. The gateways are outside the machine: the tests use the locmem backend, or a
broken one, behind the production backend interface (home.messaging)."""

import datetime
import io

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from home import messaging
from home.delivery import MAX_ATTEMPTS
from home.messaging import MessageError
from legal_advice.models import AdviceRequest
from tests.staff_login import login_verified

from . import test_queue
from .conftest import form_data
from .test_queue import post_edit

pytestmark = pytest.mark.django_db

NAME = "Rosa Secreta Villalba"
CALL_LIST = "/admin/legal-advice/call-list/"
staff = test_queue.staff  # the fixture: one member of each role


@pytest.fixture
def outbox(settings):
    settings.MESSAGE_BACKEND = "locmem"
    messaging.outbox.clear()
    yield messaging.outbox
    messaging.outbox.clear()


class BrokenBackend(messaging.BaseBackend):
    """A gateway that is down."""

    def send(self, phone, text):
        raise MessageError("HTTP 503")


def submit(client, capture, **fields):
    with capture(execute=True):
        response = client.post("/es/asesoria-legal/", form_data(full_name=NAME, **fields))
    assert response.status_code == 302
    return AdviceRequest.objects.get()


def test_a_phone_only_request_is_confirmed_by_whatsapp_in_kreyol_without_the_name(
    client, advice_page, outbox, django_capture_on_commit_callbacks
):
    advice_request = submit(
        client, django_capture_on_commit_callbacks, email="", preferred_language="ht"
    )
    (message,) = outbox
    assert (message.channel, message.to) == ("whatsapp", "593991234567")
    assert "nou resevwa demann konsèy legal ou a" in message.text
    assert advice_request.reference in message.text
    assert "Rosa" not in message.text and "Villalba" not in message.text
    assert len(message.text) <= 160
    (notification,) = advice_request.notifications.all()
    assert (
        notification.channel == "whatsapp" and notification.sent_at and notification.attempts == 1
    )
    assert mail.outbox == []


def test_a_person_who_chose_sms_gets_an_sms_and_the_email_they_gave(
    client, advice_page, outbox, django_capture_on_commit_callbacks
):
    submit(client, django_capture_on_commit_callbacks, preferred_channel="sms")
    assert [m.channel for m in outbox] == ["sms"]
    assert len(mail.outbox) == 1


def test_the_appointment_offered_is_texted_with_its_date_and_place_once(
    client,
    advice_page,
    outbox,
    staff,
    django_capture_on_commit_callbacks,
):
    advice_request = submit(
        client, django_capture_on_commit_callbacks, email="", preferred_language="fr"
    )
    outbox.clear()
    when = (timezone.localtime() + datetime.timedelta(days=4)).replace(
        hour=10, minute=30, second=0, microsecond=0
    )
    login_verified(client, staff["Legal advisers"])
    appointment = {
        "status": "appointment",
        "appointment_at": when.strftime("%Y-%m-%d %H:%M"),
        "appointment_place": "Centro comunitario, oficina 2",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert post_edit(client, advice_request, **appointment).status_code == 302
    (message,) = outbox
    assert "votre rendez-vous de conseil juridique" in message.text
    assert "10:30" in message.text and "Centro comunitario, oficina 2" in message.text
    assert NAME not in message.text
    # Saving the same appointment again (an adviser's note) tells nobody twice.
    advice_request.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        post_edit(client, advice_request, **appointment, internal_notes="Traer intérprete.")
    assert len(outbox) == 1
    call_command("retry_legal_advice_notifications", stdout=io.StringIO())
    assert len(outbox) == 1


def test_with_no_phone_channel_a_phone_only_person_is_on_the_advisers_call_list(
    client,
    advice_page,
    settings,
    staff,
    django_capture_on_commit_callbacks,
):
    settings.MESSAGE_BACKEND = ""  # no gateway configured
    advice_request = submit(
        client, django_capture_on_commit_callbacks, email="", preferred_language="ht"
    )
    (call,) = advice_request.notifications.all()
    assert call.channel == "call" and call.sent_at is None

    for group in ("Course coordinators", "Community editors", "Partners"):
        login_verified(client, staff[group])
        assert client.get(CALL_LIST).status_code in (302, 403), group
        client.logout()
    adviser = staff["Legal advisers"]
    login_verified(client, adviser)
    html = client.get(CALL_LIST).content.decode()
    assert advice_request.reference in html
    assert 'href="tel:0991234567"' in html
    assert "nou resevwa demann konsèy legal ou a" in html  # what to tell, in their language

    client.post(reverse("legal_advice_admin:record_call", args=[call.pk]), {"outcome": "called"})
    call.refresh_from_db()
    assert call.call_outcome == "called" and call.handled_by == adviser and call.sent_at
    html = client.get(CALL_LIST).content.decode()
    assert 'href="tel:0991234567"' not in html
    assert "Nadie a quien llamar" in html  # the admin speaks Spanish by default


def test_a_gateway_that_is_down_is_retried_then_the_person_is_called_and_texted_once_it_is_back(
    client, advice_page, settings, django_capture_on_commit_callbacks
):
    settings.MESSAGE_BACKEND = f"{__name__}.BrokenBackend"
    advice_request = submit(client, django_capture_on_commit_callbacks, email="")
    whatsapp = advice_request.notifications.get(channel="whatsapp")
    assert whatsapp.attempts == MAX_ATTEMPTS and whatsapp.gave_up and not whatsapp.sent_at
    assert whatsapp.last_error == "MessageError"  # never the number
    call = advice_request.notifications.get(channel="call")
    assert call.sent_at is None and not call.gave_up  # on the call list

    settings.MESSAGE_BACKEND = "locmem"
    messaging.outbox.clear()
    call_command("retry_legal_advice_notifications", stdout=io.StringIO())
    call_command("retry_legal_advice_notifications", stdout=io.StringIO())
    assert len(messaging.outbox) == 1  # never twice
    call.refresh_from_db()
    assert call.gave_up  # the message got through after all: no call needed
    messaging.outbox.clear()
