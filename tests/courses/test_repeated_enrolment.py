"""Someone who types another person's phone or email learns nothing and cannot cancel their seat.

A repeated enrolment gets a neutral page; the reference goes again, by email, only to the person on
file (at most once every few hours). Cancel links stop working once the course has started.
"""

import datetime
import html
import re

from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

import pytest

from courses import services
from courses.models import CoursePage, Enrolment, Notification

from .conftest import form_data, person

pytestmark = pytest.mark.django_db

ANA = {"full_name": "Ana Pérez", "phone": "593987654321", "email": "ana.perez@example.org"}
NEUTRAL_HEADING = {
    "es": "Este teléfono o correo ya está inscrito en este curso",
    "en": "This phone or email is already enrolled on this course",
    "fr": "Ce téléphone ou cet e-mail est déjà inscrit à cette formation",
    "ht": "Telefòn oswa imèl sa a deja enskri nan kou sa a",
}
# What would give the existing enrolment away, in Spanish (the course's language).
GIVEAWAYS = [
    "QTO-",
    "/enrolment/cancel/",
    "Tienes una plaza",
    "lista de espera",
    "Confirmada",
    "puesto",
    "Ana",
]


def localized_url(course, code):
    return f"/{code}/" + course.url.split("/", 2)[2]


def enrol_in_a_fresh_browser(course, code="es", **fields):
    """POST the form from a new client; return (client, response to the POST, page after it)."""
    client = Client()
    url = localized_url(course, code)
    response = client.post(url + "enrol/", form_data(**fields))
    page = client.get(url + "confirmation/")
    return client, response, page


def main_content(response):
    return re.search(r"<main.*</main>", response.content.decode(), re.DOTALL).group(0)


def emails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.fixture
def ana(course, client, django_capture_on_commit_callbacks):
    """Ana enrols in her own browser (and gets her confirmation email)."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(course.url + "enrol/", form_data(**ANA, preferred_channel="email"))
    enrolment = Enrolment.objects.get()
    assert enrolment.status == "confirmed"
    mail.outbox.clear()
    return enrolment


@pytest.mark.parametrize(
    "stranger",
    [
        {"full_name": "Otra persona", "phone": "(593) 98-765-4321", "email": ""},
        {"full_name": "Otra persona", "phone": "+593 98 765 4321", "email": "otra@example.org"},
        {
            "full_name": "Otra persona",
            "phone": "",
            "email": "Ana.Perez@EXAMPLE.org",
            "preferred_channel": "email",
        },
        {"full_name": "Otra persona", "phone": "0991112222", "email": " ANA.PEREZ@example.org "},
    ],
    ids=["phone-reformatted", "phone-with-spaces-other-email", "email-other-case", "email-padded"],
)
def test_a_stranger_with_the_same_phone_or_email_learns_nothing(
    course, ana, stranger, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client, response, page = enrol_in_a_fresh_browser(course, **stranger)

    # The same answer as a new enrolment gets: a redirect to the confirmation page.
    assert response.status_code == 302
    assert response.url == course.url + "confirmation/"
    assert page.status_code == 200
    content = page.content.decode()
    assert NEUTRAL_HEADING["es"] in content
    for giveaway in GIVEAWAYS + [ana.reference]:
        assert giveaway not in main_content(page), giveaway
    assert ana.reference not in content
    assert "ana.perez" not in content.lower()
    # Nothing about Ana's enrolment in the stranger's session.
    assert ana.pk not in [
        value.get("id") for value in client.session.values() if isinstance(value, dict)
    ]
    # No cancel link to follow either.
    assert "/enrolment/cancel/" not in content

    # Ana is sent her reference and cancel link again, and only Ana.
    assert [message.to for message in mail.outbox] == [["ana.perez@example.org"]]
    message = mail.outbox[0]
    assert ana.reference in message.subject
    assert "Tu referencia de inscripción" in message.subject
    assert "/enrolment/cancel/" + services.cancel_token(ana) in message.body
    assert "Confirmada" in message.body

    # Her enrolment is unchanged, and no second one was made.
    assert Enrolment.objects.count() == 1
    unchanged = Enrolment.objects.get()
    assert (unchanged.reference, unchanged.status, unchanged.full_name, unchanged.phone) == (
        ana.reference,
        "confirmed",
        "Ana Pérez",
        "593987654321",
    )


def test_a_waitlisted_persons_position_is_not_shown_either(
    make_course, django_capture_on_commit_callbacks
):
    course = make_course(capacity=1)
    services.enrol(course, person(1), "es")
    with django_capture_on_commit_callbacks(execute=True):
        waiting, _ = services.enrol(course, person(2, email="w@example.org"), "es")
    assert waiting.status == "waitlisted"
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        _client, _response, page = enrol_in_a_fresh_browser(course, phone="099-111-0002")

    for giveaway in GIVEAWAYS + [waiting.reference]:
        assert giveaway not in main_content(page), giveaway
    # The person waiting hears their position, privately.
    assert [message.to for message in mail.outbox] == [["w@example.org"]]
    assert "puesto 1 en la lista de espera" in mail.outbox[0].body


def test_the_page_is_the_same_whether_the_phone_or_the_email_matched(course, ana):
    _, by_phone_post, by_phone = enrol_in_a_fresh_browser(
        course, full_name="Xavier", phone="(593) 98-765-4321"
    )
    _, by_email_post, by_email = enrol_in_a_fresh_browser(
        course,
        full_name="Yolanda",
        phone="",
        email="ANA.PEREZ@example.org",
        preferred_channel="email",
    )
    assert by_phone_post.status_code == by_email_post.status_code == 302
    assert by_phone_post.url == by_email_post.url
    assert by_phone.status_code == by_email.status_code == 200
    assert main_content(by_phone) == main_content(by_email)


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_the_neutral_page_speaks_the_visitors_language(course, ana, code):
    _, _, page = enrol_in_a_fresh_browser(course, code, phone="(593) 98-765-4321")
    assert page.status_code == 200
    assert f'lang="{code}"' in page.content.decode()
    assert NEUTRAL_HEADING[code] in page.content.decode()


def test_the_reference_is_resent_at_most_once_every_few_hours(
    course, ana, django_capture_on_commit_callbacks
):
    pages = []
    for _attempt in range(3):
        cache.clear()  # attempts spread out: past the form's own per-client and per-phone limits
        with django_capture_on_commit_callbacks(execute=True):
            pages.append(enrol_in_a_fresh_browser(course, phone="(593) 98-765-4321")[2])
    # Silently: every attempt sees the same page, but Ana gets one email, not three.
    assert len({main_content(page) for page in pages}) == 1
    assert len(emails_to("ana.perez@example.org")) == 1

    hours = services.REFERENCE_RESEND_INTERVAL + datetime.timedelta(minutes=1)
    Notification.objects.filter(kind="reference").update(created_at=timezone.now() - hours)
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        enrol_in_a_fresh_browser(course, phone="593987654321")
    assert len(emails_to("ana.perez@example.org")) == 2


def test_someone_with_only_a_phone_gets_a_resend_recorded_for_the_phone_channel(
    course, django_capture_on_commit_callbacks
):
    on_file, _ = services.enrol(course, person(7, phone="0987 654 321"), "es")
    with django_capture_on_commit_callbacks(execute=True):
        for _attempt in range(2):
            enrol_in_a_fresh_browser(course, phone="098-765-4321")
    assert mail.outbox == []
    requests = Notification.objects.filter(enrolment=on_file, kind="reference")
    assert requests.count() == 1  # rate-limited as well
    assert requests.get().sent_at is None


def test_no_reference_is_resent_for_an_enrolment_cancelled_meanwhile(course, ana):
    services.cancel(ana)
    assert services.resend_reference(ana) is None
    assert not Notification.objects.filter(kind="reference").exists()


def test_the_owner_reenrolling_in_her_own_browser_gets_the_same_neutral_page(client, course, ana):
    client.post(course.url + "enrol/", form_data(**ANA))
    page = client.get(course.url + "confirmation/")
    assert NEUTRAL_HEADING["es"] in page.content.decode()
    assert ana.reference not in page.content.decode()
    assert Enrolment.objects.count() == 1


def test_the_neutral_page_does_not_follow_the_visitor_to_another_course(client, make_course, ana):
    other = make_course()
    client.post(ana.course.url + "enrol/", form_data(**ANA))
    response = client.get(other.url + "confirmation/")
    assert response.status_code == 302
    assert response.url == other.url


# --- Cancel links once the course has started ----------------------------------
def start_course_today(course):
    CoursePage.objects.filter(pk=course.pk).update(start_date=timezone.localdate())


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("es", "Este curso ya empezó, así que este enlace ya no puede cancelar la inscripción."),
        ("en", "This course has already started, so this link can no longer cancel the enrolment."),
        ("fr", "Cette formation a déjà commencé : ce lien ne peut plus annuler l'inscription."),
        ("ht", "Kou sa a deja kòmanse, kidonk lyen sa a pa ka anile enskripsyon an ankò."),
    ],
)
def test_a_cancel_link_is_refused_once_the_course_has_started(client, make_course, code, message):
    course = make_course(capacity=1)
    holder, _ = services.enrol(course, person(1), "es")
    waiting, _ = services.enrol(course, person(2), "es")
    start_course_today(course)
    link = f"/{code}/enrolment/cancel/{services.cancel_token(holder)}/"

    page = client.get(link)
    assert page.status_code == 410
    assert message in html.unescape(page.content.decode())
    assert '<form method="post">' not in page.content.decode()

    response = client.post(link)
    assert response.status_code == 410
    assert message in html.unescape(response.content.decode())
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert (holder.status, waiting.status) == ("confirmed", "waitlisted")


def test_the_cancel_link_still_works_the_day_before_the_course_starts(client, make_course):
    course = make_course(start=1)
    holder, _ = services.enrol(course, person(1), "es", check_dates=False)
    response = client.post(f"/es/enrolment/cancel/{services.cancel_token(holder)}/")
    assert response.status_code == 200
    holder.refresh_from_db()
    assert holder.status == "cancelled"


def test_after_the_start_neither_the_confirmation_page_nor_an_email_offers_a_cancel_link(
    client, course, django_capture_on_commit_callbacks
):
    client.post(course.url + "enrol/", form_data(email="p@example.org"))
    enrolment = Enrolment.objects.get()
    assert "/enrolment/cancel/" in client.get(course.url + "confirmation/").content.decode()

    start_course_today(course)
    page = client.get(course.url + "confirmation/").content.decode()
    assert enrolment.reference in page
    assert "/enrolment/cancel/" not in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.notify(enrolment, "promoted")
    assert len(mail.outbox) == 1
    assert "/enrolment/cancel/" not in mail.outbox[0].body
