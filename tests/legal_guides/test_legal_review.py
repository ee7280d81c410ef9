"""Legal review before publishing: editors submit guides, Legal reviewers approve them through the
real admin, and the approval records the review dates."""

import datetime
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

import pytest

from legal_guides.models import LegalGuidePage
from legal_guides.review import add_months
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db


def _user(username, group, language=None, email=""):
    user = get_user_model().objects.create_user(
        username=username,
        password="a-long-password-2026",  # noqa: S106
        email=email,
    )
    user.groups.add(Group.objects.get(name=group))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


@pytest.fixture
def roles(guide_index):
    call_command("setup_roles", stdout=io.StringIO())
    return {
        "editor": _user("comunicacion", "Editors"),
        "reviewer": _user("abogada", "Legal reviewers", "en", "legal@example.org"),
        "moderator": _user("moderador", "Moderators", "en"),
    }


def _guide_form(guide, action, **changes):
    data = nested_form_data(
        {
            "title": changes.get("title", guide.title),
            "slug": guide.slug,
            "summary": guide.summary,
            "audience": guide.audience,
            "body": streamfield([("paragraph", rich_text("<p>Texto revisado.</p>"))]),
            "legal_basis": streamfield(
                [
                    (
                        "reference",
                        {
                            "instrument": "Constitución de la República del Ecuador (2008)",
                            "article": "art. 41",
                            "summary": "Asilo y refugio.",
                            "url": "",
                        },
                    )
                ]
            ),
            "last_reviewed": guide.last_reviewed.isoformat(),
            "next_review_due": changes.get("next_review_due", guide.next_review_due).isoformat(),
            "reviewed_by": guide.reviewed_by,
            "review_interval_months": changes.get("review_interval_months", 6),
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
        }
    )
    data[action] = "1"
    return data


def test_add_months_keeps_the_day_or_ends_the_month():
    assert add_months(datetime.date(2026, 12, 2), 6) == datetime.date(2027, 6, 2)
    assert add_months(datetime.date(2026, 8, 31), 6) == datetime.date(2027, 2, 28)


def test_only_legal_reviewers_can_publish_a_guide(roles, make_guide):
    guide = make_guide("asilo")
    assert not guide.permissions_for_user(roles["editor"]).can_publish()
    assert guide.permissions_for_user(roles["reviewer"]).can_publish()


def test_an_editors_publish_is_refused_and_the_reviewers_approval_publishes_with_new_dates(
    client, roles, make_guide, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    guide = make_guide(
        "asilo",
        title="Pedir asilo",
        last_reviewed=today - datetime.timedelta(days=200),
        next_review_due=today - datetime.timedelta(days=3),
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=(guide.pk,))

    login_verified(client, roles["editor"])
    client.post(edit_url, _guide_form(guide, "action-publish", title="Pedir asilo (nuevo)"))
    guide.refresh_from_db()
    assert guide.title == "Pedir asilo"  # the live guide did not change

    # The editor submits it to the legal review instead (a 12-month interval for this guide).
    response = client.post(
        edit_url,
        _guide_form(guide, "action-submit", title="Pedir asilo (nuevo)", review_interval_months=12),
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(guide.pk), status="in_progress")
    assert state.workflow.name == "Revisión legal"
    task_state = state.current_task_state
    # An editor cannot approve it.
    assert task_state.task.specific.get_actions(guide, roles["editor"]) == []
    client.logout()

    login_verified(client, roles["reviewer"])
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(guide.pk, "approve", task_state.pk)
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve_url, {"comment": "Revisado con la Ley de Movilidad Humana."})
    assert response.status_code == 302  # back to the page (the modal is not used here)
    guide = LegalGuidePage.objects.get(pk=guide.pk)
    assert guide.live and guide.title == "Pedir asilo (nuevo)"
    assert guide.last_reviewed == today
    assert guide.reviewed_by == "Equipo legal, Unidad de Movilidad Humana"
    assert guide.next_review_due == add_months(today, 12)
    assert not guide.has_unpublished_changes
    # Visitors see the reviewed guide with its new date.
    page = client.get(guide.url)
    assert "Pedir asilo (nuevo)" in page.content.decode()


def test_a_date_the_reviewer_chooses_is_kept(client, roles, make_guide):
    today = timezone.localdate()
    guide = make_guide("trabajo", next_review_due=today + datetime.timedelta(days=10))
    chosen = today + datetime.timedelta(days=60)
    login_verified(client, roles["reviewer"])
    edit_url = reverse("wagtailadmin_pages:edit", args=(guide.pk,))
    client.post(edit_url, _guide_form(guide, "action-submit"))
    state = WorkflowState.objects.get(object_id=str(guide.pk), status="in_progress")
    # The reviewer edits the date and approves in the editor ("Approve" from the edit view).
    data = _guide_form(guide, "action-workflow-action", next_review_due=chosen)
    data["workflow-action-name"] = "approve"
    client.post(edit_url, data)
    state.refresh_from_db()
    assert state.status == "approved"
    guide = LegalGuidePage.objects.get(pk=guide.pk)
    assert guide.next_review_due == chosen and guide.last_reviewed == today


def test_the_weekly_digest_goes_to_legal_reviewers_in_their_admin_language(roles, make_guide):
    today = timezone.localdate()
    make_guide("vencida", title="Guía vencida", next_review_due=today - datetime.timedelta(days=2))
    make_guide("pronto", title="Guía pronto", next_review_due=today + datetime.timedelta(days=5))
    make_guide("lejos", title="Guía lejana", next_review_due=today + datetime.timedelta(days=120))
    _user("otra-abogada", "Legal reviewers", "fr", "juridique@example.org")
    _user("sin-correo", "Legal reviewers", "es")  # no address: skipped
    roles["editor"].email = "editor@example.org"
    roles["editor"].save()

    call_command("send_review_digest", stdout=io.StringIO())

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"legal@example.org", "juridique@example.org"}
    english, french = by_recipient["legal@example.org"], by_recipient["juridique@example.org"]
    assert english.subject == "Legal review: 1 guide due, 1 overdue"
    assert "Guía vencida" in english.body and "Guía pronto" in english.body
    assert "Guía lejana" not in english.body
    assert "révision" in french.subject.lower()
    assert "/admin/pages/" in english.body


def test_no_digest_when_nothing_is_due(roles, make_guide):
    make_guide("lejos", next_review_due=timezone.localdate() + datetime.timedelta(days=120))
    call_command("send_review_digest", stdout=io.StringIO())
    assert mail.outbox == []


def test_a_moderator_cannot_publish_a_guide_past_the_legal_review(client, roles, make_guide):
    guide = make_guide("refugio", title="Refugio")
    edit_url = reverse("wagtailadmin_pages:edit", args=(guide.pk,))
    login_verified(client, roles["moderator"])
    response = client.post(
        edit_url, _guide_form(guide, "action-publish", title="Refugio (sin revisar)"), follow=True
    )
    assert "Legal guides are published by Legal reviewers" in response.content.decode()
    guide = LegalGuidePage.objects.get(pk=guide.pk)
    assert guide.title == "Refugio" and not guide.has_unpublished_changes


def test_the_page_listings_bulk_publish_does_not_skip_the_legal_review(client, roles, make_guide):
    guide = make_guide("refugio", title="Refugio")
    guide.title = "Refugio (sin revisar)"
    guide.save_revision()
    listing = reverse("wagtailadmin_explore", args=(guide.get_parent().pk,))
    bulk_publish = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + f"?id={guide.pk}&next={listing}"
    )
    login_verified(client, roles["moderator"])
    response = client.post(bulk_publish, follow=True)
    assert "Legal guides are published by Legal reviewers" in response.content.decode()
    assert LegalGuidePage.objects.get(pk=guide.pk).title == "Refugio"

    login_verified(client, roles["reviewer"])
    client.post(bulk_publish)
    assert LegalGuidePage.objects.get(pk=guide.pk).title == "Refugio (sin revisar)"
