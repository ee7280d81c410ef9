"""Tu voz: the public form, its protections, and the public record that never leaks personal data."""

import datetime

from django.utils import timezone

import pytest

from community.models import Feedback, FeedbackResponse

pytestmark = pytest.mark.django_db

URL = "/es/tu-voz/"
EN_URL = "/en/your-voice/"


def _post(client, url=URL, **data):
    payload = {
        "topic": "",
        "message": "Necesitamos clases de español por la noche.",
        "name": "",
        "contact": "",
        "website": "",
    }
    payload.update(data)
    return client.post(url, payload)


def test_anonymous_submission_is_stored_with_the_language(client, community_en, topics):
    response = _post(
        client, EN_URL, topic=str(topics["trabajo"].pk), message="We need evening Spanish classes."
    )
    assert response.status_code == 302
    assert response.url == "/en/your-voice/thanks/"
    feedback = Feedback.objects.get()
    assert feedback.message == "We need evening Spanish classes."
    assert feedback.language == "en"
    assert feedback.topic == topics["trabajo"]
    assert feedback.status == "received"
    assert feedback.contact == "" and feedback.consent_at is None
    thanks = client.get(response.url)
    assert thanks.status_code == 200
    assert "we received your message" in thanks.content.decode()


def test_contact_with_consent_records_time_and_privacy_notice_version(client, community, settings):
    settings.PRIVACY_NOTICE_VERSION = "2026-11"
    response = _post(client, name="Ana", contact="0991234567", consent="on")
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert feedback.contact == "0991234567" and feedback.name == "Ana"
    assert feedback.consent_at is not None
    assert feedback.privacy_notice_version == "2026-11"


def test_contact_without_consent_is_refused_with_a_clear_message(client, community_en):
    response = _post(client, EN_URL, contact="ana@example.org")
    assert response.status_code == 400
    assert "we need your consent" in response.content.decode()
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("", "Please write your message."),
        ("   ", "Please write your message."),
        ("x" * 20000, "Please shorten this text to 4000 characters at most (it has 20000)."),
        ("Hola\x00mundo", "Please remove the special invisible characters from this text."),
        ("Hola\u202emundo", "Please remove the special invisible characters from this text."),
    ],
)
def test_bad_messages_get_a_clear_error_and_nothing_is_stored(
    client, community_en, message, expected
):
    response = _post(client, EN_URL, message=message)
    assert response.status_code == 400
    html = response.content.decode()
    assert expected in html
    assert 'role="alert"' in html
    assert not Feedback.objects.exists()


def test_unknown_topic_is_an_error_not_a_crash(client, community_en):
    response = _post(client, EN_URL, topic="999999")
    assert response.status_code == 400
    assert "Please choose one of the topics in the list." in response.content.decode()


def test_honeypot_filled_in_is_refused(client, community_en):
    response = _post(client, EN_URL, website="http://spam.example")
    assert response.status_code == 400
    assert "We could not accept this form" in response.content.decode()
    assert not Feedback.objects.exists()


def test_rate_limit_stops_a_flood(client, community_en):
    for _attempt in range(5):
        assert _post(client, EN_URL).status_code == 302
    response = _post(client, EN_URL)
    assert response.status_code == 429
    assert "many times in a short while" in response.content.decode()
    assert Feedback.objects.count() == 5


def test_errors_are_in_haitian_creole(client, community, translate_page):
    translate_page(community["voice"], "ht", title="Vwa ou", slug="vwa-ou")
    response = _post(client, "/ht/vwa-ou/", message="")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Tanpri ekri mesaj ou." in html


def test_reported_directory_entry_is_tagged(client, community, make_service):
    service = make_service(name="Clínica gratuita")
    response = _post(client, service=str(service.pk), message="El horario cambió.")
    assert response.status_code == 302
    assert Feedback.objects.get().service == service


def test_form_page_is_shared_but_a_posts_answer_never_is(client, community):
    """The form is the same for everyone (no per-visitor token: home/form_origin.py), so shared
    caches may keep it; the answer to a POST is never kept."""
    response = client.get(URL)
    assert "private" not in response.get("Cache-Control", "")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    answer = _post(client, message="")
    assert "no-store" in answer["Cache-Control"]


def test_public_page_shows_only_published_items_and_no_personal_data(
    client, community, locales, topics
):
    feedback = Feedback.objects.create(
        language="es",
        message="Mensaje privado con mi teléfono",
        name="Ana Pérez",
        contact="0991234567",
        consent_at=timezone.now(),
        internal_notes="Nota interna de triage",
    )
    published = FeedbackResponse.objects.create(
        locale=locales["es"],
        you_said="Faltan clases de español",
        we_did="Abrimos un curso nocturno.",
        topic=topics["trabajo"],
        published_on=datetime.date(2026, 11, 1),
        is_public=True,
        people_count=12,
    )
    published.feedback_items.set([feedback])
    published.save()
    FeedbackResponse.objects.create(
        locale=locales["es"],
        you_said="Tema todavía sin publicar",
        we_did="En revisión.",
        published_on=datetime.date(2026, 11, 2),
        is_public=False,
    )
    html = client.get("/es/tu-voz/lo-que-hicimos/").content.decode()
    assert "Faltan clases de español" in html and "Abrimos un curso nocturno." in html
    assert "Tema todavía sin publicar" not in html
    for private in ("Mensaje privado", "Ana Pérez", "0991234567", "Nota interna"):
        assert private not in html
