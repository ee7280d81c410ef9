"""`setup_roles`: the staff groups as production set-up, on a database with no demo content."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
)

import pytest

from community.models import EventPage
from home.roles import GROUP_NAMES

pytestmark = pytest.mark.django_db


def crud(app, model, actions=("add", "change", "delete", "view")):
    return {f"{app}.{action}_{model}" for action in actions}


# Written out here on purpose, independently of home/roles.py: the README's "Roles" table.
EDITORIAL = (
    {"wagtailadmin.access_admin", "wagtail_localize.submit_translation", "home.change_sitesettings"}
    | crud("wagtailimages", "image", ("add", "change", "choose", "delete"))
    | crud("wagtaildocs", "document", ("add", "change", "choose", "delete"))
    | crud("home", "topic")
    | crud("home", "urgentnotice")
    | crud("home", "contactdetails")
    | crud("wagtailsearchpromotions", "searchpromotion")
    | crud("wagtailredirects", "redirect")
    | {"community.view_serviceprovider", "community.view_partnerorganisation"}
    # drafts of the snippets visitors see: publish, and lock/unlock
    | crud("home", "topic", ("publish", "lock", "unlock"))
    | crud("home", "urgentnotice", ("publish", "lock", "unlock"))
    | crud("home", "contactdetails", ("publish", "lock", "unlock"))
    | {
        "search.view_zeroresultquery",
        "legal_guides.view_guidefeedback",
        "legal_guides.delete_guidefeedback",
        "results.view_impact_report",
    }
)
# Staff who refer people to the directory (referrals app).
REFER = crud("referrals", "referral", ("add", "change", "view"))
EXPECTED_PERMISSIONS = {
    "Editors": EDITORIAL,
    "Moderators": EDITORIAL,
    "Community editors": {"wagtailadmin.access_admin", "wagtail_localize.submit_translation"}
    | crud("community", "partnerorganisation")
    | crud("community", "serviceprovider")
    | crud("community", "feedbackresponse")
    | crud("community", "planobjective")
    | crud("community", "planaction")
    | crud("community", "feedback", ("change", "delete", "view"))
    | crud("community", "partnerorganisation", ("publish", "lock", "unlock"))
    | crud("community", "serviceprovider", ("publish", "lock", "unlock"))
    | crud("community", "feedbackresponse", ("publish", "lock", "unlock"))
    | crud("community", "planobjective", ("publish", "lock", "unlock"))
    | crud("community", "planaction", ("publish", "lock", "unlock"))
    # the Plan's monitoring (results app) and its impact report
    | crud("results", "indicator")
    | crud("results", "measurement")
    | crud("results", "milestone")
    | {"results.view_impact_report"}
    | REFER,
    # their own organisation's profile and directory entries only, never published by them
    "Partners": {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "community.view_partnerorganisation",
        "community.change_partnerorganisation",
    }
    | crud("community", "serviceprovider", ("change", "view")),
    "Legal reviewers": {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "legal_guides.view_guidefeedback",
    },
    "Course coordinators": {"wagtailadmin.access_admin", "results.view_impact_report"}
    | crud("courses", "enrolment", ("change", "delete", "view"))
    | REFER,
    "Legal advisers": {
        "wagtailadmin.access_admin",
        "community.view_serviceprovider",
        "community.view_partnerorganisation",
    }
    | crud("legal_advice", "advicerequest", ("change", "delete", "view"))
    | REFER,
}
MEDIA_IN_ROOT_COLLECTION = crud("wagtailimages", "image", ("add", "change", "choose")) | crud(
    "wagtaildocs", "document", ("add", "change", "choose")
)
PERSONAL_DATA = crud("courses", "enrolment") | crud("community", "feedback")


def permissions_of(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def page_permissions_of(group):
    return {
        (gpp.page.specific_class.__name__, gpp.page.locale.language_code, gpp.permission.codename)
        for gpp in GroupPagePermission.objects.filter(group=group).select_related(
            "page", "permission"
        )
    }


def snapshot():
    """Everything setup_roles may touch, as plain data."""
    groups = {
        group.name: (
            permissions_of(group),
            page_permissions_of(group),
            {
                (gcp.collection_id, gcp.permission.codename)
                for gcp in GroupCollectionPermission.objects.filter(group=group)
            },
        )
        for group in Group.objects.all()
    }
    workflows = {
        (wf.name, tuple(task.name for task in wf.tasks.all())) for wf in Workflow.objects.all()
    }
    assignments = set(WorkflowPage.objects.values_list("page_id", "workflow_id"))
    approvers = {
        (task.name, tuple(sorted(g.name for g in task.groups.all())))
        for task in GroupApprovalTask.objects.all()
    }
    return groups, workflows, assignments, approvers, get_user_model().objects.count()


def setup_roles():
    out = io.StringIO()
    call_command("setup_roles", stdout=out)
    return out.getvalue()


@pytest.fixture
def empty_site(locales):
    """A freshly migrated database: Wagtail's root page (and its placeholder), no site content."""
    assert not EventPage.objects.exists()
    return Page.get_first_root_node()


@pytest.mark.own_page_tree
def test_on_an_empty_database_each_group_gets_exactly_the_documented_permissions(empty_site):
    users_before = get_user_model().objects.count()
    setup_roles()
    assert set(GROUP_NAMES) == set(EXPECTED_PERMISSIONS)
    for name, expected in EXPECTED_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        assert permissions_of(group) == expected, name
        assert not permissions_of(group) & PERSONAL_DATA or name in (
            "Community editors",
            "Course coordinators",
        )
    # Page permissions: only the root's (Editors, Moderators); the section pages do not exist yet.
    root = empty_site
    assert {
        gpp.permission.codename
        for gpp in GroupPagePermission.objects.filter(group__name="Moderators", page=root)
    } == {"add_page", "change_page", "lock_page", "publish_page", "unlock_page"}
    assert {
        gpp.permission.codename
        for gpp in GroupPagePermission.objects.filter(group__name="Editors", page=root)
    } == {"add_page", "change_page"}
    for name in ("Community editors", "Partners", "Course coordinators", "Legal reviewers"):
        assert not GroupPagePermission.objects.filter(group__name=name).exists(), name
    for name in ("Editors", "Moderators"):
        assert {
            f"{gcp.permission.content_type.app_label}.{gcp.permission.codename}"
            for gcp in GroupCollectionPermission.objects.filter(group__name=name)
        } == MEDIA_IN_ROOT_COLLECTION
    # The moderation workflow exists (approved by Community editors), assigned to no page yet.
    workflow = Workflow.objects.get(name="Moderación de eventos de socios")
    (task,) = [task.specific for task in workflow.tasks.all()]
    assert [g.name for g in task.groups.all()] == ["Community editors"]
    assert not WorkflowPage.objects.filter(workflow=workflow).exists()
    # …and the legal review, approved by Legal reviewers only.
    legal = Workflow.objects.get(name="Revisión legal")
    (task,) = [task.specific for task in legal.tasks.all()]
    assert [g.name for g in task.groups.all()] == ["Legal reviewers"]
    assert not WorkflowPage.objects.filter(workflow=legal).exists()
    # No users, no pages.
    assert get_user_model().objects.count() == users_before
    assert Page.objects.count() == Page.objects.filter(depth__lte=2).count()


def test_running_twice_changes_nothing(empty_site):
    setup_roles()
    before = snapshot()
    assert "nothing to change" in setup_roles()
    assert snapshot() == before


def test_section_pages_created_later_get_their_permissions_on_the_next_run(
    empty_site, community, community_en
):
    # `community` builds the section pages the way an editor does: now setup_roles runs again.
    output = setup_roles()
    assert "changes" in output
    assert page_permissions_of(Group.objects.get(name="Partners")) == {
        ("EventIndexPage", "es", "add_page"),
        ("EventIndexPage", "en", "add_page"),
    }
    assert page_permissions_of(Group.objects.get(name="Community editors")) == {
        (page_type, language, f"{action}_page")
        for page_type in ("CommunitySpacePage", "ServiceDirectoryPage", "FeedbackPage")
        for language in ("es", "en")
        for action in ("add", "change", "publish")
    }
    workflow = Workflow.objects.get(name="Moderación de eventos de socios")
    assert set(
        WorkflowPage.objects.filter(workflow=workflow).values_list("page_id", flat=True)
    ) == {
        community["events"].pk,
        community_en["events"].pk,
    }
    before = snapshot()
    assert "nothing to change" in setup_roles()
    assert snapshot() == before


def test_what_an_administrator_added_survives(empty_site, community):
    setup_roles()
    partners = Group.objects.get(name="Partners")
    extra = Permission.objects.get(content_type__app_label="wagtailimages", codename="choose_image")
    partners.permissions.add(extra)
    GroupPagePermission.objects.create(
        group=partners, page=community["space"], permission_type="change"
    )
    # …and gave the events index a workflow of their own.
    own = Workflow.objects.create(name="Revisión propia")
    WorkflowPage.objects.update_or_create(page=community["events"], defaults={"workflow": own})

    setup_roles()

    assert "wagtailimages.choose_image" in permissions_of(partners)
    assert GroupPagePermission.objects.filter(
        group=partners, page=community["space"], permission__codename="change_page"
    ).exists()
    assert WorkflowPage.objects.get(page=community["events"]).workflow == own
    assert permissions_of(partners) == EXPECTED_PERMISSIONS["Partners"] | {
        "wagtailimages.choose_image"
    }


def test_a_partner_created_by_hand_submits_an_event_and_cannot_publish_it(client, community):
    from tests.community.event_forms import event_form

    setup_roles()
    partner = get_user_model().objects.create_user(
        username="fundacion-x",
        password="a-long-password-2026",  # noqa: S106
    )
    partner.groups.add(Group.objects.get(name="Partners"))
    # An administrator links the partner to their organisation (Partner accounts).
    from community.models import PartnerMembership, PartnerOrganisation

    organisation = PartnerOrganisation.objects.create(
        locale=community["events"].locale, name="Fundación X"
    )
    PartnerMembership.objects.create(user=partner, organisation=organisation)
    # A linked partner sees shared contacts, so signs in with a second factor.
    from tests.staff_login import login_verified

    login_verified(client, partner)
    url = reverse("wagtailadmin_pages:add", args=("community", "eventpage", community["events"].pk))

    # "Publish" is refused: the page is saved, but not live.
    response = client.post(
        url,
        event_form(slug="intento-publicar", action="action-publish", organiser=organisation.pk),
    )
    assert response.status_code in (302, 403)
    published = EventPage.objects.filter(slug="intento-publicar").first()
    assert published is None or not published.live

    response = client.post(url, event_form(action="action-submit", organiser=organisation.pk))
    assert response.status_code == 302
    event = EventPage.objects.get(slug="circulo-de-costura")
    assert event.owner == partner and not event.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Moderación de eventos de socios"
    assert not event.permissions_for_user(partner).can_publish()
    # Only Community editors can approve the task the event waits on.
    task = state.current_task_state.task.specific
    assert task.get_actions(event, partner) == []
    assert [g.name for g in task.groups.all()] == ["Community editors"]
    assert client.get(f"/es/comunidad/eventos/{event.slug}/").status_code == 404
