"""Legal advice rules: receiving a request, the advisers' status changes, personal data.

Every change of status goes through `change_status`, which allows only the changes in
`legal_advice.status.TRANSITIONS`. Messages: the services record a `Notification` row per channel
(email, and SMS or WhatsApp for the confirmation and the appointment) and send
`notification_created`; the task layer (`legal_advice.tasks`, connected in `apps.py`) queues it
once the transaction commits. A person no channel reaches goes on the advisers' call list. This
module never imports the tasks or the page.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.dispatch import Signal
from django.utils import timezone

from home import notifications, personal_data
from home.messaging import configured_channels

from .advice_requests import (
    PERSON_FIELDS,
    PERSONAL_FIELDS,
    PHONE_KINDS,
    SHARE_CONSENT_FIELD,
    AdviceRequest,
    Channel,
    Notification,
    NotificationKind,
)
from .status import RequestStatus, check_change

REFERENCE_PREFIX = "AL-"

notification_created = Signal()
# Sent with `advice_request=` once a request's personal data is erased (by request or by the purge),
# so that copies elsewhere (referrals) go too.
personal_data_erased = Signal()

# The email a person gets when their request changes to a status (none for the others).
NOTIFY_ON = {
    RequestStatus.APPOINTMENT_OFFERED: NotificationKind.APPOINTMENT,
    RequestStatus.CLOSED: NotificationKind.CLOSED,
}


class AppointmentMissing(ValueError):
    """An appointment offered without its date and place."""


def new_reference():
    return personal_data.new_reference(AdviceRequest, REFERENCE_PREFIX, 6)


def submit(advice_request, language):
    """Save a request from the public form (unsaved, the person's fields filled in)."""
    now = timezone.now()
    with transaction.atomic():
        advice_request.reference = new_reference()
        advice_request.status = RequestStatus.NEW
        advice_request.language = language
        advice_request.created_at = advice_request.status_changed_at = now
        advice_request.consent_at = now
        advice_request.privacy_notice_version = settings.PRIVACY_NOTICE_VERSION
        advice_request.save()
        notify(advice_request, NotificationKind.RECEIVED)
    return advice_request


def change_status(advice_request, status, appointment_at=None, appointment_place=None):
    """Move a request to `status` (the advisers' admin), in one transaction, and tell the person.

    Raises StatusChangeRefused, changing nothing, when the table does not allow it, and
    AppointmentMissing when an appointment is offered without a date and a place. Offering an
    appointment again with a new date or place tells the person again.
    """
    with transaction.atomic():
        locked = AdviceRequest.objects.select_for_update().get(pk=advice_request.pk)
        check_change(locked.status, status)
        fields = []
        changed = False
        if status == RequestStatus.APPOINTMENT_OFFERED:
            appointment_at = appointment_at or locked.appointment_at
            appointment_place = (appointment_place or locked.appointment_place or "").strip()
            if not appointment_at or not appointment_place:
                raise AppointmentMissing(status)
            changed = (appointment_at, appointment_place) != (
                locked.appointment_at,
                locked.appointment_place,
            )
            locked.appointment_at, locked.appointment_place = appointment_at, appointment_place
            fields += ["appointment_at", "appointment_place"]
        if status != locked.status:
            changed = True
            locked.status = status
            locked.status_changed_at = timezone.now()
            fields += ["status", "status_changed_at"]
        if fields:
            locked.save(update_fields=fields)
        if changed and status in NOTIFY_ON:
            notify(locked, NOTIFY_ON[status])
    for name in ("status", "status_changed_at", "appointment_at", "appointment_place"):
        setattr(advice_request, name, getattr(locked, name))
    return changed


def channels_for(advice_request, kind):
    """The channels a message of `kind` goes through: email when there is an address, and for
    the confirmation and the appointment one phone message (the channel the person chose first,
    if it is configured) unless they chose email and gave one."""
    channels = [Channel.EMAIL] if advice_request.email else []
    if kind not in PHONE_KINDS or not advice_request.phone_digits:
        return channels
    phone = configured_channels()
    phone.sort(key=lambda channel: channel != advice_request.preferred_channel)
    if phone and not (channels and advice_request.preferred_channel == Channel.EMAIL):
        channels.append(phone[0])
    return channels


def notify(advice_request, kind):
    """Record a message for `kind` on each channel, to go out once the transaction commits (see
    the module doc). A person who gave only a phone that no channel reaches goes on the advisers'
    call list. Returns the first row, or None."""
    if advice_request.is_erased:
        return None
    # A new appointment replaces a call still due about the last one: one call, with the news.
    notifications.cancel_calls_for(Notification(request=advice_request, kind=kind))
    rows = [
        Notification.objects.create(request=advice_request, kind=kind, channel=channel)
        for channel in channels_for(advice_request, kind)
    ]
    for row in rows:
        notification_created.send(sender=Notification, notification=row)
    if not rows and kind in PHONE_KINDS and advice_request.phone_digits:
        rows.append(
            Notification.objects.create(request=advice_request, kind=kind, channel=Channel.CALL)
        )
    return rows[0] if rows else None


def escalate_to_call(notification):
    """After a phone message gave up: the call list, for the confirmation and the appointment of
    a person who gave a phone."""
    advice_request = notification.request
    if (
        notification.kind not in PHONE_KINDS
        or advice_request.is_erased
        or not advice_request.phone_digits
    ):
        return None
    return notifications.escalate_to_call(notification)


def call_list():
    """People to phone: a confirmation or appointment no message delivered, still relevant (an
    appointment only while it is the one offered and still ahead), not yet called."""
    return (
        Notification.calls_to_make()
        .exclude(request__status=RequestStatus.CLOSED)
        .exclude(
            Q(kind=NotificationKind.APPOINTMENT)
            & (
                ~Q(request__status=RequestStatus.APPOINTMENT_OFFERED)
                | Q(request__appointment_at__lt=timezone.now())
            )
        )
        .select_related("request")
        .order_by("created_at")
    )


# --- Personal data -----------------------------------------------------------
def person_requests(advice_request):
    """All requests of the person behind `advice_request`, matched by phone or email."""
    return AdviceRequest.objects.filter(personal_data.same_person(advice_request)).order_by(
        "created_at"
    )


def person_export(advice_request):
    """Everything stored about one person, as plain data (for a subject-access request)."""
    return [
        {
            "reference": item.reference,
            "status": item.status,
            "received_at": item.created_at.isoformat(),
            **{name: getattr(item, name) for name in (*PERSON_FIELDS, SHARE_CONSENT_FIELD)},
            "appointment_at": item.appointment_at.isoformat() if item.appointment_at else None,
            "appointment_place": item.appointment_place,
            **personal_data.consent_export(item),
        }
        for item in person_requests(advice_request)
    ]


def anonymise(advice_request):
    """Blank the personal fields, keeping the status and the anonymous fields for statistics, and
    withdraw the consent to share the contact."""
    values = personal_data.erased_values(AdviceRequest, PERSONAL_FIELDS)
    values[SHARE_CONSENT_FIELD] = False
    personal_data.erase(advice_request, values)
    personal_data_erased.send(sender=AdviceRequest, advice_request=advice_request)


def erase_person(advice_request):
    """Erase one person's data on request, across all their requests. Returns how many."""
    items = list(person_requests(advice_request))
    for item in items:
        anonymise(item)
    return len(items)


def due_for_purge(now=None):
    """Requests untouched for LEGAL_ADVICE_RETENTION_DAYS (last change of status, or appointment)
    whose personal data is still there."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.LEGAL_ADVICE_RETENTION_DAYS)
    return AdviceRequest.objects.filter(
        personal_data_erased_at__isnull=True, status_changed_at__lt=cutoff
    ).exclude(appointment_at__gte=cutoff)
