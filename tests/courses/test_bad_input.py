"""Bad input never causes a 500 or a half-saved record, and errors speak the visitor's language."""

from django.core import mail
from django.core.cache import cache
from django.utils.translation import override

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.models import Enrolment, Notification

from .conftest import form_data

pytestmark = pytest.mark.django_db

CASES = [
    (
        "no phone and no email",
        {"phone": "", "email": ""},
        "phone",
        "Escribe un teléfono o un correo electrónico.",
    ),
    ("very long name", {"full_name": "A" * 5000}, "full_name", "Usa como máximo 150 caracteres."),
    ("missing consent", {"consent": None}, "consent", "Marca esta casilla"),
    (
        "email header injection",
        {"email": "a@example.org\nBcc: victim@example.org"},
        "email",
        "Revisa el correo",
    ),
    (
        "email header injection 2",
        {"email": "a@example.org%0ABcc:b@example.org"},
        "email",
        "Revisa el correo",
    ),
    ("letters as phone", {"phone": "call me maybe"}, "phone", "Revisa el número de teléfono"),
    ("control characters", {"full_name": "Ana\x00\x1b[31m"}, "full_name", ""),
    (
        "invalid channel",
        {"preferred_channel": "pigeon"},
        "preferred_channel",
        "elige una de las opciones",
    ),
    (
        "invalid nationality",
        {"nationality": "immigration_status"},
        "nationality",
        "elige una de las opciones",
    ),
    ("birth year far away", {"birth_year": "1800"}, "birth_year", "Revisa el año de nacimiento."),
    ("birth year not a number", {"birth_year": "noventa"}, "birth_year", "Escribe un año"),
    (
        "email channel without email",
        {"preferred_channel": "email", "email": ""},
        "email",
        "Escribe tu correo",
    ),
]


@pytest.mark.parametrize(
    ("case", "changes", "field", "message"), CASES, ids=[case[0] for case in CASES]
)
def test_bad_input_is_refused_next_to_its_field(client, course, case, changes, field, message):
    response = client.post(course.url + "enrol/", form_data(**changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert Enrolment.objects.count() == 0
    assert Notification.objects.count() == 0
    assert f'id="error_1_id_{field}"' in html or f"error_1_id_{field}" in html
    assert message in html
    # One error summary at the top of the form, linking to the field.
    assert "Revisa el formulario" in html
    assert f'href="#id_{field}' in html.split('id="enrolment-form-errors"', 1)[1]
    # What the person typed stays in the form (except the consent box).
    assert 'id="enrolment-form"' in html


def test_unicode_and_emoji_are_welcome(client, course):
    response = client.post(
        course.url + "enrol/", form_data(full_name="Jean-Baptiste Ñandú 👩🏽‍🍳 Éloïse")
    )
    assert response.status_code == 302
    assert Enrolment.objects.get().full_name == "Jean-Baptiste Ñandú 👩🏽‍🍳 Éloïse"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("es", "Escribe un teléfono o un correo electrónico."),
        ("en", "Please give a phone number or an email address."),
        ("fr", "Indiquez un numéro de téléphone ou une adresse e-mail."),
        ("ht", "Tanpri bay yon nimewo telefòn oswa yon adrès imèl."),
    ],
)
def test_errors_are_in_the_visitors_language(client, course, code, message):
    with override(code):
        url = f"/{code}/" + course.url.split("/", 2)[2]
    response = client.post(url + "enrol/", form_data(phone="", email=""))
    assert response.status_code == 400
    assert message in response.content.decode()


def test_haitian_creole_page_speaks_kreyol(client, course):
    html = client.get("/ht/" + course.url.split("/", 2)[2]).content.decode()
    assert "Non ou" in html  # "Your name"
    assert "Nou pa janm mande w sou sitiyasyon imigrasyon ou." in html


def test_tampered_course_id_gives_no_500(client, course):
    assert client.post("/es/cursos/no-existe/enrol/", form_data()).status_code == 404
    assert client.post(course.url + "enrol/extra/", form_data()).status_code == 404
    assert Enrolment.objects.count() == 0


def test_a_replayed_form_enrols_once(client, course):
    data = form_data()
    first = client.post(course.url + "enrol/", data)
    second = client.post(course.url + "enrol/", data)
    assert first.status_code == second.status_code == 302
    assert Enrolment.objects.count() == 1
    assert "ya está inscrito en este curso" in client.get(second.url).content.decode()


def test_a_get_to_the_post_endpoint_goes_back_to_the_course(client, course):
    response = client.get(course.url + "enrol/")
    assert response.status_code == 302
    assert response.url == course.url
    assert Enrolment.objects.count() == 0


@pytest.mark.parametrize(
    "token", ["nonsense", "eyJlIjoxfQ:1tX:forged", "", "a" * 500, "../../admin"]
)
def test_forged_cancel_tokens_are_refused(client, course, token):
    from courses import services
    from tests.courses.conftest import person

    enrolment, _ = services.enrol(course, person(1), "es")
    response = client.post(f"/es/enrolment/cancel/{token}/")
    assert response.status_code == 404
    if token and "/" not in token:
        assert "no es válido" in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.status == "confirmed"


def test_a_token_for_another_enrolment_cannot_be_edited_into_a_valid_one(client, course):
    from django.core import signing

    from courses import services
    from tests.courses.conftest import person

    victim, _ = services.enrol(course, person(1), "es")
    forged = signing.Signer(salt="another-salt").sign_object(
        {"e": victim.pk, "r": victim.reference}
    )
    assert client.post(f"/es/enrolment/cancel/{forged}/").status_code == 404
    victim.refresh_from_db()
    assert victim.status == "confirmed"


def test_honeypot_gives_a_friendly_message_and_saves_nothing(client, course):
    response = client.post(course.url + "enrol/", form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert Enrolment.objects.count() == 0


def test_rate_limit_gives_a_friendly_message(client, course):
    for number in range(10):
        client.post(course.url + "enrol/", form_data(phone=f"099 555 {number:04d}"))
    response = client.post(course.url + "enrol/", form_data(phone="0995559999"))
    assert response.status_code == 429
    assert Enrolment.objects.count() == 10
    assert 'role="alert"' in response.content.decode()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    full_name=st.text(max_size=300),
    phone=st.text(max_size=40),
    email=st.text(max_size=60),
    channel=st.sampled_from(["whatsapp", "call", "sms", "email", "", "x"]),
    consent=st.sampled_from(["on", "", None]),
    birth_year=st.one_of(st.none(), st.text(max_size=6), st.integers(-(10**6), 10**6).map(str)),
)
def test_any_input_gives_a_redirect_or_a_form_with_errors(
    client, course, full_name, phone, email, channel, consent, birth_year
):
    # Each example starts with no submissions counted, so that it reaches the form's validation
    # instead of the rate limit (per client and per contact, both kept in the cache).
    cache.clear()
    before = Enrolment.objects.count()
    data = form_data(
        full_name=full_name, phone=phone, email=email, preferred_channel=channel, consent=consent
    )
    if birth_year is not None:
        data["birth_year"] = birth_year
    data = {
        key: value.replace("\x00", "") for key, value in data.items()
    }  # the test client cannot send NUL
    response = client.post(course.url + "enrol/", data)
    assert response.status_code in (302, 400)  # never 429: every example reached validation
    if response.status_code == 400:
        assert response.context["form"].errors
    after = Enrolment.objects.count()
    assert after - before == (
        1
        if response.status_code == 302 and "confirmation" in response.url and after > before
        else 0
    )
    mail.outbox.clear()
