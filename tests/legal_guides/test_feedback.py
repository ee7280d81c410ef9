""" "Was this page helpful?": anonymous votes, clear errors, honeypot and rate limit."""

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from legal_guides.models import GuideFeedback

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(make_guide):
    return make_guide("asilo", title="Pedir asilo")


def post(client, url, **data):
    return client.post(url, {"helpful": "", "comment": "", "website": "", **data})


def test_a_valid_vote_is_stored_without_personal_data(client, guide):
    response = post(client, guide.url, helpful="yes", comment="  Muy clara, gracias.  ")
    assert response.status_code == 302
    assert response["Location"] == f"{guide.url}?feedback=thanks#feedback"
    feedback = GuideFeedback.objects.get()
    assert feedback.page_id == guide.pk and feedback.helpful is True
    assert feedback.comment == "Muy clara, gracias."
    assert feedback.language == "es" and feedback.submitted_on == timezone.localdate()
    stored = {field.name for field in GuideFeedback._meta.get_fields()}
    assert stored == {"id", "page", "helpful", "comment", "language", "submitted_on"}
    html = client.get(response["Location"]).content.decode()
    assert "¡Gracias! Tu respuesta nos ayuda a mejorar esta guía." in html


def test_a_no_vote_without_comment_is_stored(client, guide):
    assert post(client, guide.url, helpful="no").status_code == 302
    assert GuideFeedback.objects.get().helpful is False


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"comment": "Sin voto"}, "Por favor, elige «Sí» o «No»."),
        ({"helpful": "maybe"}, "Por favor, elige «Sí» o «No»."),
        ({"helpful": "yes", "comment": "x" * 10_000}, "Tu comentario es demasiado largo"),
        (
            {"helpful": "yes", "comment": "hola\x00mundo"},
            "Quita los caracteres especiales invisibles de este texto.",
        ),
        (
            {"helpful": "yes", "comment": "hola\u202emundo"},
            "Quita los caracteres especiales invisibles de este texto.",
        ),
        (
            {"helpful": "yes", "website": "http://spam.example"},
            "No pudimos aceptar este formulario.",
        ),
    ],
)
def test_bad_input_gets_a_clear_error_and_nothing_is_stored(client, guide, data, message):
    response = post(client, guide.url, **data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'role="alert"' in html
    assert GuideFeedback.objects.count() == 0


def test_errors_are_shown_in_haitian_creole(client, guide_indexes, make_guide, translate_page):
    spanish = make_guide("azil")
    page = translate_page(
        spanish,
        "ht",
        title="Azil",
        slug="azil",
        summary="Rezime",
        audience="Moun",
        reviewed_by="Ekip",
        body=spanish.body,
        legal_basis=spanish.legal_basis,
    )
    html = post(client, page.url, comment="x" * 10_000).content.decode()
    assert "Tanpri chwazi «Wi» oswa «Non»." in html
    assert "Kòmantè w la twò long" in html


def test_too_many_votes_get_a_friendly_message(client, guide, settings):
    for _ in range(settings.FEEDBACK_RATE_LIMIT):
        assert post(client, guide.url, helpful="yes").status_code == 302
    response = post(client, guide.url, helpful="yes")
    assert response.status_code == 429
    assert "Enviaste este formulario muchas veces" in response.content.decode()
    assert GuideFeedback.objects.count() == settings.FEEDBACK_RATE_LIMIT


def test_the_form_works_for_an_untranslated_guide_read_in_english(
    client, guide_indexes, make_guide
):
    spanish = make_guide("vivienda")
    response = post(client, "/en/guides/vivienda/", helpful="yes")
    assert response.status_code == 302 and response["Location"].startswith("/en/guides/vivienda/")
    feedback = GuideFeedback.objects.get()
    assert feedback.page_id == spanish.pk and feedback.language == "en"


def test_the_form_has_labels_and_a_hidden_honeypot(client, guide):
    page = BeautifulSoup(client.get(guide.url).content, "html.parser")
    form = page.select_one("#feedback form#feedback-form")
    assert "¿Te sirvió esta página?" in form.select_one("fieldset legend").get_text()
    assert [radio["value"] for radio in form.select("input[name=helpful]")] == ["yes", "no"]
    assert form.select_one("label[for=id_comment]")
    honeypot = form.select_one("input[name=website]")
    assert honeypot["tabindex"] == "-1" and honeypot.find_parent(attrs={"aria-hidden": "true"})
