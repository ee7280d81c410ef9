"""Legal review: what happens when the "Legal review" workflow approves a guide.

Wagtail calls `finish_workflow` (settings `WAGTAIL_FINISH_WORKFLOW_ACTION`) when any workflow is
approved. For a legal guide it first records the review on the approved revision, then publishes
it, as Wagtail's own `publish_workflow_state` does:

- `last_reviewed` becomes today;
- `reviewed_by` becomes the approving reviewer's role as written in their account settings
  (`home.models.StaffProfile`, never a person's name), or `LEGAL_REVIEW_SIGNATURE` when they left
  it empty, unless the reviewer typed another one in this revision;
- `next_review_due` moves forward by the guide's `review_interval_months`, unless the reviewer
  chose a later date in this revision (a date different from the live guide's and after today).

Any other page or snippet is published unchanged.

Wagtail lets anyone with "publish" permission publish past a workflow. Guides are the exception:
`refuse_direct_publish` (a `before_edit_page` / `before_create_page` hook) refuses "Publish" on a
guide to everyone but Legal reviewers and superusers, so a Moderator, too, submits guides to the
legal review.
"""

import calendar
import datetime

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from wagtail.admin.utils import get_valid_next_url_from_request

DEFAULT_SIGNATURE = "Equipo legal, Unidad de Movilidad Humana"
REVIEWERS = "Legal reviewers"  # home/roles.py


def add_months(day, months):
    """`day` plus whole months, on the month's last day when it is shorter (31 Aug + 6 → 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_signature(reviewer=None):
    """The reviewer's role from their profile; the site's setting when they left it empty."""
    from home.models import StaffProfile

    return (
        StaffProfile.review_role_of(reviewer)
        or getattr(settings, "LEGAL_REVIEW_SIGNATURE", "")
        or DEFAULT_SIGNATURE
    )


def record_review(guide, live, today=None, reviewer=None):
    """Set the review fields of `guide` (the approved version); `live` is the guide as it was live
    before (None for a guide never published); `reviewer` is who approved. Returns `guide`."""
    today = today or timezone.localdate()
    chosen_date = (
        guide.next_review_due
        if guide.next_review_due
        and guide.next_review_due > today
        and (live is None or guide.next_review_due != live.next_review_due)
        else None
    )
    typed_signature = (
        live is not None and guide.reviewed_by and guide.reviewed_by != live.reviewed_by
    )
    guide.last_reviewed = today
    if not typed_signature:
        guide.reviewed_by = review_signature(reviewer)
    guide.next_review_due = chosen_date or add_months(today, guide.review_interval_months or 6)
    return guide


def finish_workflow(workflow_state, user=None):
    from wagtail.workflows import publish_workflow_state

    from .models import LegalGuidePage

    content = workflow_state.content_object
    if not isinstance(getattr(content, "specific", content), LegalGuidePage):
        return publish_workflow_state(workflow_state, user=user)
    revision = content.get_latest_revision()
    guide = revision.as_object()
    # The page's own row holds what is live; drafts are only in revisions.
    live = LegalGuidePage.objects.filter(pk=guide.pk, live=True).first()
    record_review(guide, live, reviewer=user)
    revision = guide.save_revision(user=user, log_action=False, clean=False)
    revision.publish(user=user)


def may_publish_guides(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=REVIEWERS).exists())


def refuse_direct_publish(request, page_class):
    """A guide's "Publish" by anyone but a legal reviewer: a message and back to the form."""
    from .models import LegalGuidePage

    if (
        request.method == "POST"
        and request.POST.get("action-publish")
        and issubclass(page_class, LegalGuidePage)
        and not may_publish_guides(request.user)
    ):
        messages.error(
            request,
            gettext(
                "Legal guides are published by Legal reviewers. Use “Submit to Revisión legal” "
                "instead: they will check it against the law and publish it."
            ),
        )
        return redirect(request.get_full_path())
    return None


def refuse_bulk_publish(request, action_type, objects):
    """The page listing's bulk "Publish" of a guide by anyone but a legal reviewer: refused whole,
    with the same message, back to the listing."""
    from .models import LegalGuidePage

    guides = [page for page in objects if issubclass(page.specific_class, LegalGuidePage)]
    if action_type != "publish" or not guides or may_publish_guides(request.user):
        return None
    messages.error(
        request,
        gettext(
            "Legal guides are published by Legal reviewers. Use “Submit to Revisión legal” "
            "instead: they will check it against the law and publish it."
        ),
    )
    listing = reverse("wagtailadmin_explore", args=(guides[0].get_parent().pk,))
    return redirect(get_valid_next_url_from_request(request) or listing)
