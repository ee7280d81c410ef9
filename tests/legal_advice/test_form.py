"""The public "Ask for legal advice" form: its addresses, bad input, a valid request, the email."""

from django.core import mail
from django.test import Client

import pytest

from legal_advice.models import AdviceRequest, Notification

from .conftest import SLUGS, form_data

pytestmark = pytest.mark.django_db

URL = "/es/asesoria-legal/"


def test_the_form_answers_at_the_contract_address_in_each_language(client, advice_pages):
    for code, slug in SLUGS.items():
        response = client.get(f"/{code}/{slug}/")
        assert response.status_code == 200, code
        html = response.content.decode()
        for name in ("full_name", "phone", "email", "consent", "topic", "description"):
            assert f'name="{name}"' in html, (code, name)
    # Never a question about immigration status or documents.
    html = client.get("/es/asesoria-legal/").content.decode().lower()
    assert "document_type" not in html and "nationality" not in html


CASES = [
    (
        "no phone and no email",
        {"phone": "", "email": ""},
        "phone",
        "Escribe un teléfono o un correo electrónico.",
    ),
    ("missing consent", {"consent": None}, "consent", "Marca esta casilla"),
    ("very long name", {"full_name": "A" * 5000}, "full_name", "Usa como máximo 150 caracteres."),
    ("letters as phone", {"phone": "call me maybe"}, "phone", "Revisa el número de teléfono"),
    (
        "email header injection",
        {"email": "a@example.org\nBcc: v@example.org"},
        "email",
        "Revisa el correo",
    ),
    (
        "no description",
        {"description": "  "},
        "description",
        "escribe unas palabras sobre tu pregunta",
    ),
    (
        "very long description",
        {"description": "x" * 900},
        "description",
        "Usa como máximo 800 caracteres.",
    ),
    ("invented topic", {"topic": "immigration_status"}, "topic", "elige una de las opciones"),
    (
        "invented language",
        {"preferred_language": "xx"},
        "preferred_language",
        "elige una de las opciones",
    ),
    (
        "invalid channel",
        {"preferred_channel": "pigeon"},
        "preferred_channel",
        "elige una de las opciones",
    ),
    (
        "email channel without email",
        {"preferred_channel": "email", "email": ""},
        "email",
        "Escribe tu correo",
    ),
    ("control characters", {"full_name": "Ana\x00\x1b[31m"}, "full_name", ""),
]


@pytest.mark.parametrize(("case", "changes", "field", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_next_to_its_field_and_nothing_is_saved(
    client, advice_page, case, changes, field, message
):
    response = client.post(URL, form_data(**changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert AdviceRequest.objects.count() == 0
    assert Notification.objects.count() == 0
    assert len(mail.outbox) == 0
    assert message in html
    summary = html.split('id="legal-advice-form-errors"', 1)[1]
    assert f'href="#id_{field}' in summary
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_the_honeypot_saves_nothing(client, advice_page):
    response = client.post(URL, form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert AdviceRequest.objects.count() == 0


def test_errors_speak_kreyol(client, advice_pages):
    response = client.post("/ht/konsey-legal/", form_data(phone="", email="", consent=None))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Tanpri bay yon nimewo telefòn oswa yon adrès imèl." in html
    assert "Tanpri make bwat sa a pou yon konseye legal ka kontakte ou." in html


def test_a_valid_request_is_saved_once_with_consent_and_the_person_is_told_by_email(
    client, advice_pages, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fr/conseil-juridique/", form_data(preferred_language="fr", full_name="  Ana   Pérez ")
        )
    assert response.status_code == 302
    assert response.url == "/fr/conseil-juridique/thanks/"
    advice_request = AdviceRequest.objects.get()
    assert advice_request.status == AdviceRequest.Status.NEW
    assert advice_request.full_name == "Ana Pérez"
    assert advice_request.language == "fr"
    assert advice_request.consent_at is not None and advice_request.privacy_notice_version
    thanks = client.get(response.url).content.decode()
    assert advice_request.reference in thanks
    (email,) = mail.outbox
    assert email.to == ["ana@example.org"]
    assert advice_request.reference in email.subject
    assert "Nous avons reçu votre demande de conseil juridique" in email.body
    # The reference page is the submitter's only: another browser gets the form again.
    assert Client().get(response.url).status_code == 302


def test_the_rate_limit_answers_429_and_keeps_the_text(client, advice_page, settings):
    settings.LEGAL_ADVICE_RATE_LIMIT = 1
    assert client.post(URL, form_data(email="a@example.org")).status_code == 302
    response = client.post(URL, form_data(description="Otra pregunta sobre arriendo."))
    assert response.status_code == 429
    assert "Otra pregunta sobre arriendo." in response.content.decode()
    assert AdviceRequest.objects.count() == 1


def test_a_post_from_another_site_is_refused(advice_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post(URL, form_data(), HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert AdviceRequest.objects.count() == 0
    ok = client.post(URL, form_data(), HTTP_ORIGIN="http://testserver")
    assert ok.status_code == 302


def test_every_guide_and_the_home_page_link_to_the_form(client, home_page):
    from django.template.loader import render_to_string
    from django.utils.translation import override

    with override("ht"):
        guide_box = render_to_string("legal_advice/includes/guide_link.html")
        home_card = render_to_string("legal_advice/includes/home_task.html")
    assert 'href="/ht/konsey-legal/"' in guide_box and 'href="/ht/konsey-legal/"' in home_card
    assert "Mande yon konsèy legal" in guide_box
    guide = open("legal_guides/templates/legal_guides/legal_guide_page.html").read()
    assert '{% include "legal_advice/includes/guide_link.html" %}' in guide
    home = open("home/templates/home/home_page.html").read()
    assert '{% include "legal_advice/includes/home_task.html" %}' in home
