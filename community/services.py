"""The rules of the community section that change published content: cancelling an event."""

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from .permissions import partner_scope, user_works_for

CANCEL_ACTION = "community.cancel_event"


def can_cancel(user, event):
    """A published, upcoming event that is not cancelled yet, by its organiser's partner or by
    staff who may publish it."""
    if not event.live or event.cancelled or event.end < timezone.now():
        return False
    if user.is_superuser or event.permissions_for_user(user).can_publish():
        return True
    return bool(partner_scope(user)) and user_works_for(user, event)


@transaction.atomic
def cancel_event(event, user):
    """Mark the event and every language version of it cancelled, and publish that at once.

    The cancellation is published from the live version (a draft waiting for moderation is not
    published with it), and the calendar SEQUENCE goes up so subscribed calendars update.
    Returns the language versions cancelled.
    """
    now = timezone.now()
    cancelled = []
    versions = (
        type(event)
        .objects.select_for_update()
        .filter(translation_key=event.translation_key, live=True, cancelled=False)
        .order_by("pk")
    )
    for page in versions:
        page.cancelled = True
        page.cancelled_at = now
        page.ical_sequence += 1
        revision = page.save_revision(user=user, log_action=False, clean=False)
        revision.publish(user=user, log_action=True, skip_permission_checks=True)
        log(instance=page, action=CANCEL_ACTION, user=user)
        cancelled.append(page)
    return cancelled
