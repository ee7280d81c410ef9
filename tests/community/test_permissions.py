"""The partner permission matrix and the moderation workflow, set up by `setup_roles` (as in production)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from wagtail.models import WorkflowState

import pytest

from community.models import EventPage, PartnerMembership, PartnerOrganisation
from home.roles import setup_roles
from tests.community.event_forms import event_form
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(community, locales):
    setup_roles()
    User = get_user_model()

    def user(name, group, organisation=None):
        account = User.objects.create_user(username=name, password="pw-for-tests-2026")  # noqa: S106
        account.groups.add(Group.objects.get(name=group))
        if organisation:
            # A partner works for one organisation (community/permissions.py).
            PartnerMembership.objects.create(
                user=account,
                organisation=PartnerOrganisation.objects.create(
                    locale=locales["es"], name=organisation
                ),
            )
        return account

    return {
        "partner": user("partner-a", "Partners", "Organización A"),
        "other_partner": user("partner-b", "Partners", "Organización B"),
        "editor": user("community-editor", "Community editors"),
    }


def _login(client, user):
    login_verified(client, user)
    return client


def _create_as(client, user, events_index, action="action-submit", **kwargs):
    _login(client, user)
    url = reverse("wagtailadmin_pages:add", args=("community", "eventpage", events_index.pk))
    membership = PartnerMembership.objects.filter(user=user).first()
    if membership is not None:
        kwargs.setdefault("organiser", membership.organisation_id)
    response = client.post(url, event_form(action=action, **kwargs))
    if response.status_code != 302:
        form = response.context["form"]
        pytest.fail(f"the event form was refused: {form.errors.as_json()}")
    return EventPage.objects.get(slug=kwargs.get("slug", "circulo-de-costura"))


def test_partner_creates_and_submits_an_event_which_waits_for_moderation(client, community, roles):
    event = _create_as(client, roles["partner"], community["events"])
    assert event.owner == roles["partner"]
    assert not event.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert client.get(f"/es/comunidad/eventos/{event.slug}/").status_code == 404


def test_partner_cannot_publish(client, community, roles):
    event = _create_as(client, roles["partner"], community["events"], action="action-publish")
    event.refresh_from_db()
    assert not event.live
    assert not event.permissions_for_user(roles["partner"]).can_publish()


def test_partner_cannot_edit_another_partners_event(client, community, roles):
    event = _create_as(
        client,
        roles["other_partner"],
        community["events"],
        title="Evento de otra organización",
        slug="evento-de-otra",
    )
    client.logout()
    _login(client, roles["partner"])
    edit_url = reverse("wagtailadmin_pages:edit", args=(event.pk,))
    assert client.get(edit_url).status_code in (302, 403)
    client.post(
        edit_url,
        event_form(
            title="Cambiado por otra persona", slug="evento-de-otra", action="action-submit"
        ),
    )
    event.refresh_from_db()
    assert event.get_latest_revision_as_object().title == "Evento de otra organización"
    # …but they can still edit their own.
    own = _create_as(client, roles["partner"], community["events"], slug="mi-evento")
    assert client.get(reverse("wagtailadmin_pages:edit", args=(own.pk,))).status_code == 200


def test_partner_cannot_touch_other_sections(client, community, roles):
    _login(client, roles["partner"])
    for model, parent in [
        ("standardpage", community["home"]),
        ("eventindexpage", community["space"]),
    ]:
        app = "home" if model == "standardpage" else "community"
        url = reverse("wagtailadmin_pages:add", args=(app, model, parent.pk))
        assert client.get(url).status_code in (302, 403)
    for page in (community["space"], community["services"], community["voice"], community["home"]):
        assert client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).status_code in (
            302,
            403,
        )


def test_partner_cannot_reach_enrolments_feedback_or_settings(client, community, roles):
    partner = roles["partner"]
    for permission in (
        "community.view_feedback",
        "community.change_feedback",
        "courses.view_enrolment",
        "home.change_sitesettings",
        # their own directory entries only, never published by them (test_partners_own_org.py)
        "community.add_serviceprovider",
        "community.publish_serviceprovider",
    ):
        assert not partner.has_perm(permission)
    _login(client, partner)
    urls = [
        "/admin/snippets/community/feedback/",
        "/admin/settings/home/sitesettings/",
        "/admin/users/",
        "/admin/groups/",
    ]
    for name in ("enrolments:index", "courses_admin:seats"):
        try:
            urls.append(reverse(name))
        except NoReverseMatch:
            pass
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert "0991234567" not in response.content.decode()


def test_community_editor_approves_and_the_event_goes_live(client, community, roles):
    event = _create_as(client, roles["partner"], community["events"])
    client.logout()
    _login(client, roles["editor"])
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(event.pk))
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(event.pk, "approve", task_state.pk))
    response = client.post(url, {"comment": "Listo"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    client.logout()
    assert client.get(f"/es/comunidad/eventos/{event.slug}/").status_code == 200


def test_community_editor_sees_the_tu_voz_triage_but_partners_do_not(client, community, roles):
    from community.models import Feedback

    Feedback.objects.create(
        language="es", message="Necesito un curso de inglés", consent_at=timezone.now()
    )
    _login(client, roles["editor"])
    response = client.get("/admin/snippets/community/feedback/")
    assert response.status_code == 200
    assert "Necesito un curso de inglés" in response.content.decode()
    client.logout()

    _login(client, roles["partner"])
    response = client.get("/admin/snippets/community/feedback/")
    assert response.status_code in (302, 403)
    assert "Necesito un curso de inglés" not in response.content.decode()


def test_triage_export_and_edit_keep_contact_details_out_of_the_export(client, community, roles):
    from community.models import Feedback

    feedback = Feedback.objects.create(
        language="ht",
        message="Mwen bezwen kou panyòl",
        name="Ana",
        contact="0991234567",
        consent_at=timezone.now(),
    )
    _login(client, roles["editor"])
    edit = client.get(f"/admin/snippets/community/feedback/edit/{feedback.pk}/")
    assert edit.status_code == 200
    assert "0991234567" in edit.content.decode()  # staff with permission see it to answer
    response = client.post(
        f"/admin/snippets/community/feedback/edit/{feedback.pk}/",
        {
            "status": "forwarded",
            "forwarded_to": "FUDELA",
            "forwarded_partner": "",
            "internal_notes": "Llamar",
        },
    )
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert (feedback.status, feedback.forwarded_to, feedback.message) == (
        "forwarded",
        "FUDELA",
        "Mwen bezwen kou panyòl",
    )
    export = client.get("/admin/snippets/community/feedback/?export=csv")
    assert export.status_code == 200
    content = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "Mwen bezwen kou panyòl" in content and "FUDELA" in content
    assert "0991234567" not in content and "Ana" not in content
