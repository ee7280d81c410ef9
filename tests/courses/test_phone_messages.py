"""Messages to phones: SMS and WhatsApp backends, in the person's language, retried, never twice,
and the coordinators' call list for people no channel can reach."""

import datetime
import http.server
import io
import json
import threading

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from courses import services
from courses.models import Enrolment
from home import messaging
from home.delivery import MAX_ATTEMPTS
from home.messaging import MessageError, SmsGatewayBackend, WhatsAppCloudBackend
from tests.staff_login import login_verified

from .conftest import form_data, person

pytestmark = pytest.mark.django_db


@pytest.fixture
def outbox(settings):
    """Phone messages kept in memory, as Django's locmem email backend keeps emails."""
    settings.MESSAGE_BACKEND = "locmem"
    messaging.outbox.clear()
    yield messaging.outbox
    messaging.outbox.clear()


class BrokenBackend(messaging.BaseBackend):
    """A gateway that is down."""

    def send(self, phone, text):
        raise MessageError("HTTP 503")


class FlakyBackend(messaging.LocMemBackend):
    """Fails twice, then works."""

    failures = 0

    def send(self, phone, text):
        if FlakyBackend.failures < 2:
            FlakyBackend.failures += 1
            raise MessageError("HTTP 502")
        super().send(phone, text)


def localized_url(course, code):
    return f"/{code}/" + course.url.split("/", 2)[2]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("es", "tienes plaza en"),
        ("en", "you have a seat on"),
        ("fr", "vous avez une place"),
        ("ht", "ou gen yon plas nan"),
    ],
)
def test_a_phone_only_enrolment_gets_a_short_confirmation_in_its_language_without_the_name(
    client, course, outbox, django_capture_on_commit_callbacks, code, words
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            localized_url(course, code) + "enrol/",
            form_data(full_name="María José Pérez", phone="099 123 4567"),
        )
    assert response.status_code == 302
    enrolment = Enrolment.objects.get()
    assert [(m.channel, m.to) for m in outbox] == [("whatsapp", "593991234567")]
    text = outbox[0].text
    assert words in text
    assert enrolment.reference in text
    assert "María" not in text and "Pérez" not in text
    assert len(text) <= 160  # one SMS segment's worth of characters
    assert mail.outbox == []
    assert enrolment.notifications.get().sent_at is not None


def test_waitlist_cancellation_and_offer_messages_reach_a_phone(
    course, outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.enrol(course, person(1), "es")[0]
        services.enrol(course, person(2), "es")
        waiting = services.enrol(course, person(3), "ht")[0]
    assert "Ou se nimewo 1 sou lis datant lan" in outbox[-1].text
    outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(first)

    texts = {m.to: m.text for m in outbox}
    assert "cancelada" in texts["593991110001"]
    offer = texts["593991110003"]
    waiting.refresh_from_db()
    assert waiting.status == "offered"
    assert f"/ht/enrolment/offer/{services.offer_token(waiting)}/" in offer
    assert "gen yon plas pou ou" in offer


def test_an_offer_goes_out_by_every_channel_the_person_has(course, outbox):
    services.enrol(course, person(1), "es")
    services.enrol(course, person(2), "es")
    waiting = services.enrol(course, person(3, email="tres@example.org"), "es")[0]
    first = Enrolment.objects.get(full_name="Persona 1")
    outbox.clear()
    mail.outbox.clear()
    services.cancel(first)
    channels = sorted(
        waiting.notifications.filter(kind="offered").values_list("channel", flat=True)
    )
    assert channels == ["email", "sms", "whatsapp"]


def test_a_failing_gateway_keeps_the_enrolment_and_retries_then_calls(
    client, course, settings, django_capture_on_commit_callbacks
):
    settings.MESSAGE_BACKEND = f"{__name__}.BrokenBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(course.url + "enrol/", form_data())
    assert response.status_code == 302
    enrolment = Enrolment.objects.get()
    assert enrolment.status == "confirmed"
    whatsapp = enrolment.notifications.get(channel="whatsapp")
    # The immediate task backend runs the retries at once, until it gives up.
    assert whatsapp.attempts == MAX_ATTEMPTS and whatsapp.gave_up and whatsapp.sent_at is None
    assert whatsapp.last_error == "MessageError"
    # Nobody was reached, so the person goes on the coordinators' call list.
    assert [row.enrolment for row in services.call_list()] == [enrolment]


def test_a_flaky_gateway_is_retried_until_it_works_and_never_sends_twice(
    course, settings, django_capture_on_commit_callbacks
):
    FlakyBackend.failures = 0
    messaging.outbox.clear()
    settings.MESSAGE_BACKEND = f"{__name__}.FlakyBackend"
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = services.enrol(course, person(1), "es")[0]
    row = enrolment.notifications.get()
    assert (row.attempts, row.sent_at is not None) == (3, True)
    assert len(messaging.outbox) == 1

    from courses.tasks import send_notification

    assert send_notification.call(row.pk) == "skipped"
    call_command("retry_notifications", stdout=io.StringIO())
    assert len(messaging.outbox) == 1
    assert services.call_list().count() == 0
    messaging.outbox.clear()


def test_with_no_channel_the_person_is_on_the_call_list_and_coordinators_record_calls(
    client, users, course, settings
):
    settings.MESSAGE_BACKEND = ""  # no SMS gateway and no WhatsApp configured
    reached = services.enrol(course, person(1, email="una@example.org"), "es")[0]
    phone_only = services.enrol(course, person(2, full_name="Jean-Baptiste Pierre"), "ht")[0]
    assert [row.enrolment for row in services.call_list()] == [phone_only]

    login_verified(client, users["coordinator"])
    page = client.get(reverse("courses_admin:call_list"))
    assert page.status_code == 200
    html = page.content.decode()
    assert phone_only.phone in html and phone_only.reference in html
    assert reached.reference not in html
    assert "Criollo haitiano" in html
    assert "ou gen yon plas nan" in html  # what to tell them, in their language

    row = services.call_list().get()
    client.post(reverse("courses_admin:record_call", args=[row.pk]), {"outcome": "unreachable"})
    row.refresh_from_db()
    assert (row.call_outcome, row.handled_by, row.gave_up) == (
        "unreachable",
        users["coordinator"],
        True,
    )
    assert services.call_list().count() == 0
    inspect = client.get(reverse("enrolments:inspect", args=[phone_only.pk])).content.decode()
    assert "No se pudo contactar" in inspect and "coordinator" in inspect

    # A later message puts them back on the list; this time the call gets through.
    services.cancel(phone_only)
    row = services.call_list().get()
    client.post(reverse("courses_admin:record_call", args=[row.pk]), {"outcome": "called"})
    row.refresh_from_db()
    assert row.call_outcome == "called" and row.sent_at is not None


def test_only_coordinators_see_the_call_list(client, users, course, settings):
    settings.MESSAGE_BACKEND = ""
    services.enrol(course, person(1), "es")
    row = services.call_list().get()
    for name in ("editor", "partner"):
        login_verified(client, users[name])
        assert client.get(reverse("courses_admin:call_list")).status_code in (302, 403)
        client.post(reverse("courses_admin:record_call", args=[row.pk]), {"outcome": "called"})
        row.refresh_from_db()
        assert row.call_outcome == ""


def test_the_day_before_reminder_goes_out_once(
    make_course, outbox, django_capture_on_commit_callbacks
):
    tomorrow = make_course(capacity=1, start=1, closes=0)
    later = make_course(capacity=1, start=5)
    seated = services.enrol(tomorrow, person(1), "es", check_dates=False)[0]
    services.enrol(tomorrow, person(2), "es", check_dates=False)  # waitlisted: no reminder
    services.enrol(later, person(3), "es")
    outbox.clear()

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_course_reminders", stdout=out)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_course_reminders", stdout=out)

    assert [m.to for m in outbox] == ["593991110001"]
    assert "empieza mañana a las 09:00" in outbox[0].text
    assert seated.notifications.filter(kind="reminder").count() == 1
    assert "1 people reminded" in out.getvalue() and "0 people reminded" in out.getvalue()


def test_channels_are_off_until_configured(settings):
    settings.MESSAGE_BACKEND = ""
    settings.SMS_GATEWAY_URL = settings.SMS_GATEWAY_TOKEN = ""
    settings.WHATSAPP_TOKEN = settings.WHATSAPP_PHONE_NUMBER_ID = ""
    assert messaging.configured_channels() == []
    settings.SMS_GATEWAY_URL = "http://127.0.0.1:9/sms"
    settings.SMS_GATEWAY_TOKEN = "secret"
    assert messaging.configured_channels() == ["sms"]
    settings.WHATSAPP_TOKEN = "token"
    settings.WHATSAPP_PHONE_NUMBER_ID = "12345"
    assert messaging.configured_channels() == ["whatsapp", "sms"]


# --- The HTTP backends, against a tiny server on 127.0.0.1 (no network) ---------------------------
class Gateway(http.server.BaseHTTPRequestHandler):
    status = 200
    answer = b'{"messages": [{"id": "wamid.1"}]}'
    received = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        length = int(self.headers["Content-Length"])
        type(self).received.append(
            (self.path, self.headers["Authorization"], json.loads(self.rfile.read(length)))
        )
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(type(self).answer)

    def log_message(self, *args):
        pass


@pytest.fixture
def gateway():
    Gateway.received, Gateway.status = [], 200
    server = http.server.HTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_sms_gateway_backend_posts_the_number_and_text_with_its_token(gateway, settings):
    backend = SmsGatewayBackend("sms", gateway + "/send", "s3cret")
    backend.send("099 123 4567", "Hola")
    assert Gateway.received == [("/send", "Bearer s3cret", {"to": "593991234567", "text": "Hola"})]
    Gateway.status = 500
    with pytest.raises(MessageError):
        backend.send("+57 300 123 4567", "Hola")
    assert Gateway.received[-1][2]["to"] == "573001234567"


def test_the_whatsapp_backend_speaks_the_cloud_api(gateway):
    backend = WhatsAppCloudBackend("whatsapp", gateway + "/v21.0", "1098", "tok")
    backend.send("0991234567", "Bonjou")
    path, auth, body = Gateway.received[0]
    assert (path, auth) == ("/v21.0/1098/messages", "Bearer tok")
    assert body["messaging_product"] == "whatsapp" and body["to"] == "593991234567"
    assert body["text"]["body"] == "Bonjou"
    Gateway.answer = b'{"error": {"message": "outside the 24h window"}}'
    try:
        with pytest.raises(MessageError):
            backend.send("0991234567", "Bonjou")
    finally:
        Gateway.answer = b'{"messages": [{"id": "wamid.1"}]}'


def test_an_unreachable_gateway_raises_a_message_error(settings):
    settings.MESSAGE_TIMEOUT_SECONDS = 2
    with pytest.raises(MessageError):
        SmsGatewayBackend("sms", "http://127.0.0.1:9/send", "t").send("0991234567", "x")


def test_the_offer_deadline_is_shorter_when_the_course_starts_soon(make_course, settings):
    settings.SEAT_OFFER_HOURS = 24
    now = timezone.now()
    far = make_course(start=10)
    soon = make_course(start=1, closes=0)
    assert services.offer_deadline(far, now) - now == datetime.timedelta(hours=24)
    starts = timezone.make_aware(datetime.datetime.combine(soon.start_date, soon.session_start))
    assert services.offer_deadline(soon, now) - now == (starts - now) / 2
    assert services.offer_deadline(soon, starts) - starts == services.MIN_OFFER_TIME
