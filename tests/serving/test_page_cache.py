"""The whole-page cache for anonymous visitors (home/page_cache.py), forms on cached pages
(home/form_origin.py), and what is never cached."""

from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest

from community.models import Feedback
from courses import services
from courses.models import Enrolment
from home import page_cache
from legal_guides.models import GuideFeedback
from tests.courses.conftest import form_data

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    page_cache.local_tier.clear()
    yield
    page_cache.local_tier.clear()


@pytest.fixture
def pages(make_guide, make_course, make_event, community):  # noqa: F811
    guide = make_guide("asilo", title="Pedir asilo")
    course = make_course(capacity=2)
    event = make_event(title="Taller de derechos")
    return {
        "guide": guide.url,
        "course": course.url,
        "event": event.url,
        "tu voz": community["voice"].url,
    }


def anonymous():
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize("kind", ["guide", "course", "event", "tu voz"])
def test_a_second_anonymous_get_makes_no_query_and_everyone_gets_the_same_bytes(
    pages, kind, django_assert_num_queries
):
    url = pages[kind]
    first = anonymous().get(url)
    assert first.status_code == 200
    assert "X-Page-Cache" not in first
    assert not first.cookies, "a page that sets a cookie cannot be shared"
    with django_assert_num_queries(0):
        second = anonymous().get(url)
    with django_assert_num_queries(0):
        third = anonymous().get(url)
    assert second.status_code == 200 and second["X-Page-Cache"] == "hit"
    assert second.content == third.content == first.content
    assert b"csrfmiddlewaretoken" not in second.content
    # Cached pages keep the security headers and tell a CDN it may keep them too.
    for response in (first, second):
        assert "Content-Security-Policy" in response
        assert "Permissions-Policy" in response
        control = response["Cache-Control"]
        assert "public" in control and "s-maxage=" in control and "private" not in control


def test_head_is_served_from_the_cache_without_a_body(pages, django_assert_num_queries):
    anonymous().get(pages["guide"])
    with django_assert_num_queries(0):
        response = anonymous().head(pages["guide"])
    assert response.status_code == 200 and response.content == b""


def test_the_feedback_form_submits_from_the_cached_page(pages):
    client = anonymous()
    client.get(pages["guide"])
    assert client.get(pages["guide"])["X-Page-Cache"] == "hit"
    data = {"helpful": "yes", "comment": "", "website": ""}
    response = client.post(pages["guide"], data, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 302
    assert GuideFeedback.objects.count() == 1
    assert "no-store" in response["Cache-Control"]


def test_the_enrolment_form_submits_from_the_cached_page(pages):
    client = anonymous()
    client.get(pages["course"])
    assert client.get(pages["course"])["X-Page-Cache"] == "hit"
    response = client.post(pages["course"] + "enrol/", form_data(), HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 302, response.content.decode()[:500]
    assert response["Location"].endswith("/confirmation/")
    assert Enrolment.objects.count() == 1


def test_tu_voz_submits_from_the_cached_page_and_keeps_its_honeypot(pages):
    client = anonymous()
    client.get(pages["tu voz"])
    assert client.get(pages["tu voz"])["X-Page-Cache"] == "hit"
    message = {"topic": "", "message": "Clases por la noche, por favor.", "name": "", "contact": ""}
    response = client.post(
        pages["tu voz"], {**message, "website": ""}, HTTP_REFERER=ORIGIN + pages["tu voz"]
    )
    assert response.status_code == 302
    assert Feedback.objects.count() == 1
    bot = client.post(
        pages["tu voz"], {**message, "website": "http://spam.example"}, HTTP_ORIGIN=ORIGIN
    )
    assert bot.status_code != 302 and Feedback.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/es/guias/"},
        {},
    ],
)
def test_a_post_from_elsewhere_is_refused_in_the_visitors_language_and_nothing_is_saved(
    pages, headers
):
    client = anonymous()
    guide = client.post(pages["guide"], {"helpful": "yes", "comment": "", "website": ""}, **headers)
    course = client.post(pages["course"] + "enrol/", form_data(), **headers)
    voice = client.post(pages["tu voz"], {"message": "Hola", "website": ""}, **headers)
    for response in (guide, course, voice):
        assert response.status_code == 403
        html = response.content.decode()
        assert '<html lang="es"' in html and "El formulario no se envió" in html
        assert "no-store" in response["Cache-Control"]
    assert not GuideFeedback.objects.exists()
    assert not Enrolment.objects.exists()
    assert not Feedback.objects.exists()


def test_the_refusal_page_speaks_english_on_an_english_page(community_en):  # noqa: F811
    response = anonymous().post(
        "/en/your-voice/", {"message": "Hi", "website": ""}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert "The form was not sent" in response.content.decode()
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    "language, words",
    [
        ("fr", "Le formulaire n’a pas été envoyé"),
        ("ht", "Fòmilè a pa t voye"),
        ("es", "El formulario no se envió"),
    ],
)
def test_the_refusal_message_is_translated(language, words):
    with translation.override(language):
        assert translation.gettext("The form was not sent") == words


def test_other_posts_keep_djangos_csrf_token_check(pages, admin_user):
    """The admin sign-in is not a public form: a same-site POST without the token is refused."""
    response = anonymous().post(
        "/admin/login/", {"username": admin_user.username, "password": "x"}, HTTP_ORIGIN=ORIGIN
    )
    assert response.status_code == 403


def test_a_signed_in_editor_is_never_served_from_the_cache(pages, admin_client):
    anonymous().get(pages["guide"])
    for _ in range(2):
        response = admin_client.get(pages["guide"])
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_previews_and_the_admin_are_never_cached(pages, admin_client, make_guide):  # noqa: F811
    guide = make_guide("borrador", title="Borrador")
    for _ in range(2):
        response = admin_client.get(f"/admin/pages/{guide.pk}/view_draft/")
        assert response.status_code == 200 and "X-Page-Cache" not in response
    assert not any(b"Borrador" in entry[2] for entry in page_cache.local_tier.entries.values())


def test_confirmation_and_cancel_pages_are_never_cached_and_no_cached_page_holds_personal_data(
    pages, make_course
):
    person = anonymous()
    person.get(pages["course"])
    response = person.post(
        pages["course"] + "enrol/",
        form_data(full_name="Rosa Quispe Tello", phone="0987654321", email="rosa@example.org"),
        HTTP_ORIGIN=ORIGIN,
    )
    confirmation = person.get(response["Location"])
    assert confirmation.status_code == 200
    enrolment = Enrolment.objects.get()
    assert enrolment.reference in confirmation.content.decode()
    again = person.get(response["Location"])
    assert "X-Page-Cache" not in again and "no-store" in again["Cache-Control"]
    cancel_url = reverse("courses:cancel", kwargs={"token": services.cancel_token(enrolment)})
    for _ in range(2):
        cancel = anonymous().get(cancel_url)
        assert cancel.status_code == 200 and "X-Page-Cache" not in cancel
        assert "no-store" in cancel["Cache-Control"]
    # The visitor browses on (with a session): fresh pages, nothing of theirs in any cached page.
    for url in pages.values():
        assert "X-Page-Cache" not in person.get(url)
        anonymous().get(url)
    bodies = [entry[2] for entry in page_cache.local_tier.entries.values()]
    assert bodies
    for secret in ("Rosa Quispe", "0987654321", "rosa@example.org", enrolment.reference):
        assert not any(secret.encode() in body for body in bodies), secret


def test_errors_and_post_answers_are_never_cached(pages):
    for _ in range(2):
        missing = anonymous().get("/es/no-existe/")
        assert missing.status_code == 404 and "X-Page-Cache" not in missing
        assert "no-store" in missing["Cache-Control"]
    bad = anonymous().post(pages["guide"], {"helpful": "", "website": ""}, HTTP_ORIGIN=ORIGIN)
    assert bad.status_code == 400 and "no-store" in bad["Cache-Control"]
    assert "X-Page-Cache" not in anonymous().get(pages["guide"])  # the 400 page was not stored


def test_a_publish_is_seen_at_the_next_request(pages, django_capture_on_commit_callbacks):
    from legal_guides.models import LegalGuidePage

    anonymous().get(pages["guide"])
    assert anonymous().get(pages["guide"])["X-Page-Cache"] == "hit"
    guide = LegalGuidePage.objects.get(slug="asilo")
    guide.title = "Pedir asilo: nuevo plazo"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()
    response = anonymous().get(pages["guide"])
    assert "X-Page-Cache" not in response
    assert "Pedir asilo: nuevo plazo" in response.content.decode()


def test_a_course_that_fills_up_shows_waitlist_at_once(pages, django_capture_on_commit_callbacks):
    from courses.models import CoursePage

    course = CoursePage.objects.get(
        url_path__endswith="/curso-" + pages["course"].rstrip("/").rsplit("-", 1)[1] + "/"
    )
    index_url = pages["course"].rstrip("/").rsplit("/", 1)[0] + "/"
    for url in (pages["course"], index_url):
        anonymous().get(url)
        assert anonymous().get(url)["X-Page-Cache"] == "hit"
    for number in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            client = anonymous()
            response = client.post(
                pages["course"] + "enrol/",
                form_data(phone=f"09900000{number:02d}"),
                HTTP_ORIGIN=ORIGIN,
            )
            assert response.status_code == 302
    assert course.seats_left() == 0
    for url in (pages["course"], index_url):
        response = anonymous().get(url)
        assert "X-Page-Cache" not in response
        assert "lista de espera" in response.content.decode().lower()


def test_a_publish_purges_the_page_its_index_and_home_in_every_language(pages, home_pages):
    from legal_guides.models import LegalGuidePage

    guide = LegalGuidePage.objects.get(slug="asilo")
    purged = {page.pk for page in page_cache.purge_urls_for(guide)}
    assert guide.pk in purged and guide.get_parent().pk in purged
    assert {home.pk for home in home_pages.values()} <= purged
