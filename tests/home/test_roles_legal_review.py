"""Legal guides are published by Legal reviewers only (issue 13), and the review they approve is
signed with the role each reviewer wrote in their account settings.

Through the real admin URLs with the test client, on the production roles (`setup_roles`)."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

import pytest

from home.models import StaffProfile, StandardPage
from legal_guides.models import LegalGuidePage
from tests.legal_guides.test_legal_review import _guide_form
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db

ACCOUNT = "/admin/account/"


def _user(username, *groups):
    user = get_user_model().objects.create_user(
        username=username,
        password="a-long-password-2026",  # noqa: S106
        email=f"{username}@example.org",
        first_name=username.capitalize(),
        last_name="Quito",
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def staff(guide_index):  # noqa: F811
    call_command("setup_roles", stdout=io.StringIO())
    return {
        "editor": _user("comunicacion", "Editors"),
        "moderator": _user("moderador", "Moderators"),
        "community": _user("comunidad", "Community editors"),
        "coordinator": _user("cursos", "Course coordinators"),
        "adviser": _user("asesora", "Legal advisers"),
        "partner": _user("socia", "Partners"),
        "editor_and_moderator": _user("demo", "Editors", "Moderators", "Community editors"),
        "reviewer": _user("abogada", "Legal reviewers"),
    }


def test_only_legal_reviewers_may_publish_a_guide_whatever_else_a_group_publishes(
    staff,
    make_guide,  # noqa: F811
    home_page,
):
    guide = make_guide("asilo")
    for name, user in staff.items():
        allowed = guide.permissions_for_user(user).can_publish()
        assert allowed is (name == "reviewer"), name
        # …nor publish a new guide from the index
        index_allowed = guide_index_of(guide).permissions_for_user(user).can_publish_subpage()
        assert index_allowed is (name == "reviewer"), name
    # Moderators still publish everything else.
    other = home_page.add_child(
        instance=StandardPage(title="Privacidad", slug="privacidad", body="<p>Texto.</p>")
    )
    assert other.permissions_for_user(staff["moderator"]).can_publish()
    assert not other.permissions_for_user(staff["editor"]).can_publish()


def guide_index_of(guide):
    return guide.get_parent().specific


def test_the_guide_editor_offers_publish_only_to_legal_reviewers(
    client,
    staff,
    make_guide,  # noqa: F811
):
    guide = make_guide("asilo")
    edit_url = reverse("wagtailadmin_pages:edit", args=(guide.pk,))
    for name in ("moderator", "editor_and_moderator", "reviewer"):
        login_verified(client, staff[name])
        html = client.get(edit_url).content.decode()
        assert ('name="action-publish"' in html) is (name == "reviewer"), name
        client.logout()


def _account_form(user, **changes):
    """What the account settings page posts when nothing but `changes` is typed."""
    profile = UserProfile.get_for_user(user)
    data = {
        "name_email-first_name": user.first_name,
        "name_email-last_name": user.last_name,
        "name_email-email": user.email,
        "locale-preferred_language": profile.preferred_language or "en",
        "locale-current_time_zone": profile.current_time_zone or "",
        "theme-theme": profile.theme,
        "theme-contrast": profile.contrast,
        "theme-density": profile.density,
        "theme-keyboard_shortcuts": "on",
    }
    data.update(changes)
    return data


def test_a_legal_reviewer_writes_their_role_in_the_account_settings(client, staff):
    reviewer = staff["reviewer"]
    login_verified(client, reviewer)
    page = client.get(ACCOUNT).content.decode()
    assert 'name="staff_profile-review_role"' in page
    response = client.post(
        ACCOUNT,
        _account_form(reviewer, **{"staff_profile-review_role": "  Asesoría legal,   Municipio "}),
    )
    assert response.status_code == 302, response.context and [
        form.errors for form in response.context.get("panel_forms", [])
    ]
    assert StaffProfile.review_role_of(reviewer) == "Asesoría legal, Municipio"
    assert 'value="Asesoría legal, Municipio"' in client.get(ACCOUNT).content.decode()
    client.logout()
    # Staff who approve no guides are not asked.
    login_verified(client, staff["editor"])
    assert "staff_profile-review_role" not in client.get(ACCOUNT).content.decode()


def _submit_and_approve(client, staff, guide, django_capture_on_commit_callbacks):
    edit_url = reverse("wagtailadmin_pages:edit", args=(guide.pk,))
    login_verified(client, staff["editor"])
    client.post(edit_url, _guide_form(guide, "action-submit", title=f"{guide.title} (revisada)"))
    client.logout()
    state = WorkflowState.objects.get(object_id=str(guide.pk), status="in_progress")
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(guide.pk, "approve", state.current_task_state.pk),
    )
    login_verified(client, staff["reviewer"])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(approve_url, {"comment": "Revisada."}).status_code == 302
    client.logout()
    return LegalGuidePage.objects.get(pk=guide.pk)


def test_an_approved_guide_is_signed_with_the_reviewers_role_or_else_the_sites_default(
    client,
    staff,
    make_guide,  # noqa: F811
    settings,
    django_capture_on_commit_callbacks,
):
    settings.LEGAL_REVIEW_SIGNATURE = "Equipo legal, Unidad de Movilidad Humana"
    first = make_guide("asilo", title="Asilo", reviewed_by="Equipo jurídico")
    guide = _submit_and_approve(client, staff, first, django_capture_on_commit_callbacks)
    assert guide.live and guide.title == "Asilo (revisada)"
    assert guide.reviewed_by == "Equipo legal, Unidad de Movilidad Humana"  # no role written

    login_verified(client, staff["reviewer"])
    client.post(
        ACCOUNT,
        _account_form(
            staff["reviewer"], **{"staff_profile-review_role": "Asesoría legal, Municipio de Quito"}
        ),
    )
    client.logout()
    second = make_guide("trabajo", title="Trabajo", reviewed_by="Equipo jurídico")
    guide = _submit_and_approve(client, staff, second, django_capture_on_commit_callbacks)
    assert guide.reviewed_by == "Asesoría legal, Municipio de Quito"
    # Visitors read it on the guide.
    assert "Asesoría legal, Municipio de Quito" in client.get(guide.url).content.decode()
