"""Second factor (TOTP) for staff who can see personal data; nobody else is asked."""

from base64 import b32encode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import GroupPagePermission

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.staff_security import requires_two_factor
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db

ENROLMENTS = "/admin/enrolments/"
SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/"


def code_for(device, offset=0):
    """The code an authenticator app shows now (offset in 30-second steps)."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


def make_user(username, groups=(), permissions=(), **fields):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pw-123456", **fields
    )
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    for codename in permissions:
        app_label, code = codename.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=code)
        )
    return get_user_model().objects.get(pk=user.pk)  # fresh permission caches


@pytest.fixture
def coordinator(db):
    group, _ = Group.objects.get_or_create(name="Course coordinators")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="courses", codename__in=["view_enrolment", "change_enrolment"]
        ),
    )
    return make_user("coordinadora", groups=["Course coordinators"])


@pytest.fixture
def editor(home_page):
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for permission_type in ("add", "change", "publish"):
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=home_page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
            ),
        )
    return make_user("editora", groups=["Editors"])


def redirect_target(response):
    assert response.status_code == 302, response.status_code
    return response.url


# --- Who is asked -------------------------------------------------------------------------------------
def test_who_must_pass_a_second_factor(db, coordinator, editor):
    assert requires_two_factor(coordinator)
    assert requires_two_factor(make_user("jefa", is_superuser=True, is_staff=True))
    assert requires_two_factor(make_user("triage", permissions=["community.view_feedback"]))
    assert requires_two_factor(make_user("inscripciones", permissions=["courses.view_enrolment"]))
    assert not requires_two_factor(editor)
    assert not requires_two_factor(make_user("socia", groups=["Partners"]))


def test_demo_users_are_exempt_only_while_debug_is_on(db, settings):
    demo_coordinator = make_user("coordinator", groups=["Course coordinators"])
    demo_admin = make_user("admin", is_superuser=True, is_staff=True)
    settings.DEBUG = False
    assert requires_two_factor(demo_coordinator)
    assert requires_two_factor(demo_admin)
    settings.DEBUG = True
    assert not requires_two_factor(demo_coordinator)
    assert not requires_two_factor(demo_admin)
    settings.OTP_EXEMPT_DEMO_USERS = False
    assert requires_two_factor(demo_admin)


# --- Coordinators -------------------------------------------------------------------------------------
def test_a_coordinator_without_a_second_factor_cannot_open_the_enrolments(client, coordinator):
    client.force_login(coordinator)
    for url in (
        ENROLMENTS,
        f"{ENROLMENTS}?export=csv",
        "/admin/",
        "/admin/pages/",
        "/admin/courses/seats/",
    ):
        target = redirect_target(client.get(url))
        assert target.startswith(SETUP), (url, target)
    assert redirect_target(client.get(ENROLMENTS)) == f"{SETUP}?next=%2Fadmin%2Fenrolments%2F"


def test_the_setup_page_can_load_the_admins_icons_and_scripts(client, coordinator):
    """The icon sprite and the JavaScript translations are not closed (they hold no data): a
    redirect there would pour the setup page, key included, into the page a second time."""
    client.force_login(coordinator)
    assert client.get(reverse("wagtailadmin_sprite")).status_code == 200
    assert client.get(reverse("wagtailadmin_javascript_catalog")).status_code == 200


def test_a_coordinator_sets_up_an_authenticator_and_then_opens_the_enrolments(client, coordinator):
    client.force_login(coordinator)
    page = client.get(f"{SETUP}?next={ENROLMENTS}")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html  # the QR code, drawn on the server
    svg = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert "href" not in svg and "<image" not in svg  # nothing loaded from elsewhere
    device = TOTPDevice.objects.get(user=coordinator)
    assert not device.confirmed
    secret = b32encode(device.bin_key).decode()
    assert " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)) in html

    wrong = client.post(
        SETUP, {"token": "000000" if code_for(device) != "000000" else "111111", "next": ENROLMENTS}
    )
    assert wrong.status_code == 200
    assert redirect_target(client.get(ENROLMENTS)).startswith(SETUP)

    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    response = client.post(SETUP, {"token": code_for(device), "next": ENROLMENTS})
    assert redirect_target(response) == ENROLMENTS
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(ENROLMENTS).status_code == 200


def test_a_coordinator_with_a_device_types_a_code_at_each_sign_in(client, coordinator):
    device = TOTPDevice.objects.create(user=coordinator, name="phone", confirmed=True)
    client.force_login(coordinator)
    assert redirect_target(client.get(ENROLMENTS)).startswith(VERIFY + "?")
    assert client.get(SETUP).status_code == 302  # no second device behind the first one's back

    wrong = client.post(VERIFY, {"token": "12345x", "next": ENROLMENTS})
    assert wrong.status_code == 200
    assert redirect_target(client.get(ENROLMENTS)).startswith(VERIFY)

    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    response = client.post(VERIFY, {"token": code_for(device), "next": ENROLMENTS})
    assert redirect_target(response) == ENROLMENTS
    assert client.get(ENROLMENTS).status_code == 200

    # A code is good once: the same code cannot verify another session.
    other = type(client)()
    other.force_login(coordinator)
    assert other.post(VERIFY, {"token": code_for(device), "next": ENROLMENTS}).status_code == 200
    assert redirect_target(other.get(ENROLMENTS)).startswith(VERIFY)


def test_repeated_wrong_codes_are_throttled(client, coordinator):
    device = TOTPDevice.objects.create(user=coordinator, name="phone", confirmed=True)
    client.force_login(coordinator)
    for _ in range(3):
        client.post(VERIFY, {"token": "999999" if code_for(device) != "999999" else "888888"})
    response = client.post(VERIFY, {"token": code_for(device), "next": ENROLMENTS})
    assert response.status_code == 200  # even the right code waits until the delay is over
    assert (
        "Too many wrong codes" in response.content.decode()
        or "Demasiados" in response.content.decode()
    )


def test_the_next_address_must_be_on_this_site(client, coordinator):
    device = TOTPDevice.objects.create(user=coordinator, name="phone", confirmed=True)
    client.force_login(coordinator)
    response = client.post(VERIFY, {"token": code_for(device), "next": "https://evil.example/"})
    assert redirect_target(response) == reverse("wagtailadmin_home")


def test_an_unverified_coordinator_can_still_sign_out(client, coordinator):
    client.force_login(coordinator)
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_two_factor_pages_need_a_signed_in_user(client):
    assert redirect_target(client.get(SETUP)).startswith("/admin/login/")
    assert redirect_target(client.get(VERIFY)).startswith("/admin/login/")


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("es", "Configura la verificación en dos pasos"),
        ("en", "Set up two-step verification"),
        ("fr", "Configurer la vérification en deux étapes"),
        ("ht", "Konfigire verifikasyon an de etap"),
    ],
)
def test_the_setup_page_speaks_the_users_language(client, coordinator, language, heading):
    client.force_login(coordinator)
    response = client.get(SETUP, HTTP_ACCEPT_LANGUAGE=language)
    assert heading in response.content.decode()


# --- Editors, partners ----------------------------------------------------------------------------------
def test_an_editor_without_a_second_factor_edits_pages(client, editor, home_page):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk])).status_code == 200
    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_superusers_are_asked_too(client):
    boss = make_user("jefa", is_superuser=True, is_staff=True)
    client.force_login(boss)
    assert redirect_target(client.get("/admin/")).startswith(SETUP)
    login_verified(client, boss)
    assert client.get("/admin/").status_code == 200


# --- Recovery -----------------------------------------------------------------------------------------
def test_reset_two_factor_removes_the_device_and_the_verification(client, coordinator):
    login_verified(client, coordinator)
    assert client.get(ENROLMENTS).status_code == 200
    call_command("reset_two_factor", coordinator.username)
    assert not TOTPDevice.objects.filter(user=coordinator).exists()
    assert redirect_target(client.get(ENROLMENTS)).startswith(SETUP)


def test_reset_two_factor_refuses_an_unknown_user(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nadie")
