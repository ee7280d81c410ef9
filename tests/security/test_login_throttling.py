"""Every login form is throttled: admin login, Wagtail's front-end login, page passwords.

Five wrong passwords lock the account (from any address) and the client address (for any
account) for LOGIN_LOCKOUT_MINUTES; the lockout page (429) says how long to wait, in the visitor's
language. Time passing is simulated by moving django-axes' records back.
"""

import datetime

from django.contrib.auth import get_user_model
from django.test import RequestFactory, override_settings

from wagtail.models import PageViewRestriction

import pytest
from axes.models import AccessAttempt

from home.client import client_ip

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-2026"  # noqa: S105
ADMIN_LOGIN = "/admin/login/"


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user(
        "ana", "ana@example.org", PASSWORD, is_staff=True, is_superuser=False
    )


@pytest.fixture
def frontend_user(db):
    return get_user_model().objects.create_user("beto", "beto@example.org", PASSWORD)


def post_login(client, url, username, password, address="10.0.0.1", **extra):
    return client.post(
        url, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def time_passes(minutes):
    """Move every recorded failure `minutes` into the past."""
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= datetime.timedelta(minutes=minutes)
        attempt.save()


def fail(client, url, times, username="ana", address="10.0.0.1", **extra):
    return [
        post_login(client, url, username, "wrong", address, **extra).status_code
        for _ in range(times)
    ]


# --- The client address rule ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "", "10.0.0.1"),
        (0, "1.2.3.4", "10.0.0.1"),  # no trusted proxy: the header is the client's own words
        (1, "1.2.3.4", "1.2.3.4"),
        (1, "6.6.6.6, 1.2.3.4", "1.2.3.4"),  # the left part was written by the client
        (2, "6.6.6.6, 1.2.3.4, 172.16.0.2", "1.2.3.4"),
        (2, "1.2.3.4", "10.0.0.1"),  # fewer entries than proxies: not through our proxies
    ],
)
def test_client_ip_takes_the_nth_address_from_the_right(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


# --- Admin login --------------------------------------------------------------------------------------
def test_admin_login_works_with_the_right_password(client, staff):
    response = post_login(client, ADMIN_LOGIN, "ana", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_five_wrong_passwords_lock_the_account_on_the_admin_login(client, staff, settings):
    assert fail(client, ADMIN_LOGIN, 4) == [200] * 4  # the form again, with an error
    fifth = post_login(client, ADMIN_LOGIN, "ana", "wrong")
    assert fifth.status_code == 429

    # The right password, even from another address, is refused while the account is locked.
    response = post_login(client, ADMIN_LOGIN, "ana", PASSWORD, address="10.0.0.99")
    assert response.status_code == 429
    assert not logged_in(client)
    html = response.content.decode()
    assert "15 minutes" in html or "15 minutos" in html
    assert response["Retry-After"] == str(15 * 60)

    time_passes(14)
    assert post_login(client, ADMIN_LOGIN, "ana", PASSWORD, address="10.0.0.99").status_code == 429
    time_passes(16)
    response = post_login(client, ADMIN_LOGIN, "ana", PASSWORD, address="10.0.0.99")
    assert response.status_code == 302
    assert logged_in(client)


def test_the_lockout_time_is_a_setting(client, staff, settings):
    settings.LOGIN_LOCKOUT_MINUTES = 2
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=2)
    fail(client, ADMIN_LOGIN, 5)
    response = post_login(client, ADMIN_LOGIN, "ana", PASSWORD, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert "Please wait 2 minutes before you try again." in response.content.decode()
    time_passes(3)
    assert post_login(client, ADMIN_LOGIN, "ana", PASSWORD).status_code == 302


def test_admin_lockout_page_speaks_the_browsers_language(client, staff):
    fail(client, ADMIN_LOGIN, 5)
    response = post_login(client, ADMIN_LOGIN, "ana", PASSWORD, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Trop de tentatives" in html
    assert "Veuillez attendre 15 minutes avant de réessayer." in html


def test_five_failures_from_one_address_lock_that_address_for_every_account(client, staff):
    for number in range(5):
        post_login(client, ADMIN_LOGIN, f"nobody{number}", "wrong", address="10.0.0.3")
    locked = post_login(client, ADMIN_LOGIN, "ana", PASSWORD, address="10.0.0.3")
    assert locked.status_code == 429
    assert not logged_in(client)
    response = post_login(client, ADMIN_LOGIN, "ana", PASSWORD, address="10.0.0.4")
    assert response.status_code == 302
    assert logged_in(client)


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_forwarded_address_is_the_client(client, staff):
    proxy = "10.0.0.10"
    for number in range(5):
        post_login(
            client,
            ADMIN_LOGIN,
            f"nobody{number}",
            "wrong",
            address=proxy,
            HTTP_X_FORWARDED_FOR="1.2.3.4",
        )
    # The attacker cannot escape by writing another address in front of the real one.
    spoofed = post_login(
        client, ADMIN_LOGIN, "ana", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="9.9.9.9, 1.2.3.4"
    )
    assert spoofed.status_code == 429
    # Another client behind the same proxy is not locked out.
    other = post_login(
        client, ADMIN_LOGIN, "ana", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="5.6.7.8"
    )
    assert other.status_code == 302
    assert logged_in(client)


# --- Wagtail's front-end login (private pages) ----------------------------------------------------
FRONTEND_WAIT = {
    "es": "Espera 15 minutos antes de volver a intentarlo.",
    "en": "Please wait 15 minutes before you try again.",
    "fr": "Veuillez attendre 15 minutes avant de réessayer.",
    "ht": "Tanpri tann 15 minit anvan ou eseye ankò.",
}


@pytest.mark.parametrize("language", ["es", "en", "fr", "ht"])
def test_frontend_login_locks_out_with_a_page_in_the_visitors_language(
    client, home_page, frontend_user, language
):
    url = f"/{language}/_util/login/"
    assert fail(client, url, 4, username="beto") == [200] * 4
    assert post_login(client, url, "beto", "wrong").status_code == 429

    response = post_login(client, url, "beto", PASSWORD, address="10.0.0.50")
    assert response.status_code == 429
    assert not logged_in(client)
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert FRONTEND_WAIT[language] in html

    time_passes(16)
    response = post_login(client, url, "beto", PASSWORD, address="10.0.0.50")
    assert response.status_code == 302
    assert logged_in(client)


def test_failures_on_both_login_forms_count_together(client, home_page, staff):
    fail(client, ADMIN_LOGIN, 3)
    fail(client, "/es/_util/login/", 2)
    assert post_login(client, ADMIN_LOGIN, "ana", PASSWORD, address="10.0.0.77").status_code == 429


# --- Page passwords ---------------------------------------------------------------------------------
@pytest.fixture
def private_pages(home_page):
    from home.models import StandardPage

    pages = []
    for slug in ("privada", "otra-privada"):
        page = StandardPage(title=slug, slug=slug, body="<p>Privado.</p>", locale=home_page.locale)
        home_page.add_child(instance=page)
        page.save_revision().publish()
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="clave-secreta"
        )
        pages.append((page, restriction))
    return pages


def post_page_password(client, page, restriction, password, address="10.0.0.1"):
    url = f"/es/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    return client.post(url, {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


def test_the_page_password_form_is_limited_per_client_and_page(client, private_pages):
    (page, restriction), (other_page, other_restriction) = private_pages
    statuses = [post_page_password(client, page, restriction, "mala").status_code for _ in range(5)]
    assert statuses == [200] * 5  # the password form again

    response = post_page_password(client, page, restriction, "clave-secreta")
    assert response.status_code == 429
    assert "Espera 15 minutos antes de volver a intentarlo." in response.content.decode()
    assert restriction.pk not in client.session.get("passed_page_view_restrictions", [])

    # Another page, or another client, can still try.
    assert (
        post_page_password(client, other_page, other_restriction, "clave-secreta").status_code
        == 302
    )
    assert (
        post_page_password(
            client, page, restriction, "clave-secreta", address="10.0.0.2"
        ).status_code
        == 302
    )


def test_the_right_page_password_still_opens_the_page(client, private_pages):
    page, restriction = private_pages[0]
    response = post_page_password(client, page, restriction, "clave-secreta")
    assert response.status_code == 302
    assert restriction.pk in client.session.get("passed_page_view_restrictions", [])


def test_the_lockout_page_is_never_cached(client, staff):
    fail(client, ADMIN_LOGIN, 5)
    response = post_login(client, ADMIN_LOGIN, "ana", PASSWORD)
    assert response.status_code == 429
    assert "no-store" in response["Cache-Control"]
