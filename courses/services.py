"""Enrolment rules. Every change of seats is one transaction that locks the course row.

The lock is taken on the canonical course page's own row (`courses_coursepage`, not Wagtail's
page table), so editors publishing pages are not held up by enrolments. Every change of status
goes through `change_status`, which allows only the changes in `courses.status.TRANSITIONS`.

Emails: the services record a `Notification` row and send `notification_created`; the task layer
(`courses.tasks`, connected in `apps.py`) queues the email once the transaction commits. This
module never imports the tasks.
"""

import datetime
import secrets

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Max, Q
from django.dispatch import Signal
from django.utils import timezone

from .enrolments import (
    PERSON_FIELDS,
    PERSONAL_FIELDS,
    Enrolment,
    Notification,
    NotificationKind,
    normalise_phone,
)
from .status import (
    ACTIVE_STATUSES,
    CANCELLABLE_STATUSES,
    SEAT_STATUSES,
    EnrolmentStatus,
    StatusChangeRefused,
    check_change,
)

# No 0/O or 1/I: references are read aloud over the phone and copied from WhatsApp.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
REFERENCE_PREFIX = "QTO-"
CANCEL_SALT = "courses.cancel"
# Someone typing a person's phone or email again re-sends that person their reference; this keeps
# it from being used to flood them.
REFERENCE_RESEND_INTERVAL = datetime.timedelta(hours=6)

# Sent with `notification=` when a notification has an email address to go to; the receiver
# (courses.tasks.queue_after_commit) queues it once the transaction commits.
notification_created = Signal()


class EnrolmentClosed(Exception):
    def __init__(self, state):
        super().__init__(state)
        self.state = state


def new_reference():
    for _attempt in range(20):
        code = REFERENCE_PREFIX + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(4))
        if not Enrolment.objects.filter(reference=code).exists():
            return code
    # 32**4 codes are plenty for a city's courses; widen rather than fail if they ever run out.
    return REFERENCE_PREFIX + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))


def _lock_course(course):
    """Lock the canonical course's row in its own table (CoursePage: the pages import us)."""
    return type(course).objects.select_for_update(of=("self",)).get(pk=course.canonical_id)


def find_duplicate(course, phone, email):
    """An active enrolment on this course with the same phone number or email address."""
    digits = normalise_phone(phone)
    email = (email or "").strip().lower()
    match = Q(pk__in=[])
    if digits:
        match |= Q(phone_digits=digits)
    if email:
        match |= Q(email=email)
    return (
        Enrolment.objects.filter(course=course, status__in=ACTIVE_STATUSES)
        .filter(match)
        .order_by("queue_number")
        .first()
    )


def enrol(course, enrolment, language, check_dates=True):
    """Save `enrolment` (unsaved, personal fields filled in) on `course`.

    Returns (enrolment, created). When the same phone or email is already enrolled on the course,
    the existing enrolment is returned and nothing is saved: never show it to whoever typed the
    phone or email (see `resend_reference`). Raises EnrolmentClosed outside the
    enrolment window.
    """
    course.canonical_id  # noqa: B018 - looked up before the lock, to hold it as briefly as possible
    with transaction.atomic():
        locked = _lock_course(course)
        if check_dates:
            state = locked.enrolment_state()
            if state != "open":
                raise EnrolmentClosed(state)
        existing = find_duplicate(locked, enrolment.phone, enrolment.email)
        if existing is not None:
            return existing, False
        taken = Enrolment.objects.filter(course=locked, status__in=SEAT_STATUSES).count()
        last = (
            Enrolment.objects.filter(course=locked).aggregate(last=Max("queue_number"))["last"] or 0
        )
        now = timezone.now()
        enrolment.course = locked
        enrolment.status = (
            EnrolmentStatus.CONFIRMED if taken < locked.capacity else EnrolmentStatus.WAITLISTED
        )
        enrolment.queue_number = last + 1
        enrolment.reference = new_reference()
        enrolment.language = language
        enrolment.created_at = enrolment.status_changed_at = now
        enrolment.consent_at = now
        enrolment.privacy_notice_version = settings.PRIVACY_NOTICE_VERSION
        enrolment.save()
        notify(enrolment, NotificationKind(enrolment.status))
    return enrolment, True


# The email a person gets when their enrolment changes to a status (none for the others).
NOTIFY_ON = {
    EnrolmentStatus.CONFIRMED: NotificationKind.PROMOTED,  # only ever from the waitlist
    EnrolmentStatus.CANCELLED: NotificationKind.CANCELLED,
}


def _set_status(enrolment, status):
    """Apply one change allowed by the table, and queue its email. Call with the course locked."""
    check_change(enrolment.status, status)
    enrolment.status = status
    enrolment.status_changed_at = timezone.now()
    enrolment.save(update_fields=["status", "status_changed_at"])
    if status in NOTIFY_ON:
        notify(enrolment, NOTIFY_ON[status])


def change_status(enrolment, status):
    """Move one enrolment to `status` (staff actions and the cancel link), in one transaction.

    Raises StatusChangeRefused, changing nothing, when `courses.status.TRANSITIONS` does not allow
    it. Returns the enrolments promoted from the waitlist into a seat this change freed.
    """
    with transaction.atomic():
        course = _lock_course(enrolment.course)
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        _set_status(locked, status)
        enrolment.status, enrolment.status_changed_at = locked.status, locked.status_changed_at
        if status == EnrolmentStatus.CANCELLED:
            return promote_waitlist(course)
        return []


def promote_waitlist(course):
    """Fill free seats from the waitlist, first come first served. Call with the course locked."""
    taken = Enrolment.objects.filter(course=course, status__in=SEAT_STATUSES).count()
    free = course.capacity - taken
    promoted = []
    if free <= 0:
        return promoted
    waiting = Enrolment.objects.filter(course=course, status=EnrolmentStatus.WAITLISTED).order_by(
        "queue_number"
    )[:free]
    for enrolment in waiting:
        _set_status(enrolment, EnrolmentStatus.CONFIRMED)
        promoted.append(enrolment)
    return promoted


def cancel(enrolment):
    """Cancel an enrolment (by the person or by staff) and promote whoever is first in line.

    Returns the list of promoted enrolments. Cancelling twice does nothing the second time.
    """
    try:
        return change_status(enrolment, EnrolmentStatus.CANCELLED)
    except StatusChangeRefused:
        return []


def confirm_from_waitlist(enrolment):
    """Staff decision: give a waitlisted person a seat, even beyond capacity. Returns True if changed."""
    try:
        change_status(enrolment, EnrolmentStatus.CONFIRMED)
    except StatusChangeRefused:
        return False
    return True


def mark(enrolment, status):
    """Mark attended or completed. Only people holding a seat can be marked."""
    if status not in (EnrolmentStatus.ATTENDED, EnrolmentStatus.COMPLETED):
        raise ValueError(status)
    try:
        change_status(enrolment, status)
    except StatusChangeRefused:
        return False
    return True


def fill_after_capacity_change(course):
    """After an editor raises the capacity, promote people from the waitlist."""
    with transaction.atomic():
        locked = _lock_course(course)
        if locked.enrolment_state() in ("started",) and locked.end_date < timezone.localdate():
            return []
        return promote_waitlist(locked)


# --- Personal data -----------------------------------------------------------
ERASED_NAME = "—"


def erased_values():
    """The personal fields (and the phone's search copy) as erasure leaves them."""
    values = {}
    for name in (*PERSONAL_FIELDS, "phone_digits"):
        field = Enrolment._meta.get_field(name)
        values[name] = None if field.null else ""
    values["full_name"] = ERASED_NAME
    return values


def person_enrolments(enrolment):
    """All enrolments of the person behind `enrolment`, matched by phone or email."""
    match = Q(pk=enrolment.pk)
    if enrolment.phone_digits:
        match |= Q(phone_digits=enrolment.phone_digits)
    if enrolment.email:
        match |= Q(email=enrolment.email)
    return Enrolment.objects.filter(match).select_related("course").order_by("created_at")


def person_export(enrolment):
    """Everything stored about one person, as plain data (for a subject-access request)."""
    return [
        {
            "reference": item.reference,
            "course": item.course.title,
            "status": item.status,
            "enrolled_at": item.created_at.isoformat(),
            **{name: getattr(item, name) for name in PERSON_FIELDS},
            "language": item.language,
            "consent_at": item.consent_at.isoformat(),
            "privacy_notice_version": item.privacy_notice_version,
        }
        for item in person_enrolments(enrolment)
    ]


def anonymise(enrolment):
    """Blank the personal fields, keeping course, status and the anonymous fields."""
    values = {**erased_values(), "personal_data_erased_at": timezone.now()}
    for name, value in values.items():
        setattr(enrolment, name, value)
    Enrolment.objects.filter(pk=enrolment.pk).update(**values)
    enrolment.notifications.filter(sent_at__isnull=True).update(gave_up=True)


def erase_person(enrolment):
    """Erase one person's data on request: active enrolments are cancelled first (freeing seats)."""
    items = list(person_enrolments(enrolment))
    for item in items:
        if item.status in CANCELLABLE_STATUSES:
            cancel(item)
            Notification.objects.filter(enrolment=item, sent_at__isnull=True).update(gave_up=True)
        item.refresh_from_db()
        anonymise(item)
    return len(items)


# --- Self-service cancel link ------------------------------------------------
def can_cancel_online(enrolment):
    """The cancel link works until the course starts; after that, only staff can cancel."""
    return enrolment.course.enrolment_state() != "started"


def cancel_token(enrolment):
    """A stable signed token: the same link in the email and on the confirmation page."""
    return signing.Signer(salt=CANCEL_SALT).sign_object(
        {"e": enrolment.pk, "r": enrolment.reference}
    )


def enrolment_from_token(token):
    """The enrolment a cancel link points at, or None when the token is forged or stale."""
    try:
        data = signing.Signer(salt=CANCEL_SALT).unsign_object(token)
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return (
        Enrolment.objects.select_related("course")
        .filter(pk=data.get("e"), reference=data.get("r"), personal_data_erased_at__isnull=True)
        .first()
    )


# --- Notifications -----------------------------------------------------------
def notify(enrolment, kind):
    """Record an email for `kind`, to go out once the transaction commits (see the module doc)."""
    if not enrolment.email:
        return None
    notification = Notification.objects.create(enrolment=enrolment, kind=kind)
    notification_created.send(sender=Notification, notification=notification)
    return notification


def resend_reference(enrolment):
    """Send a person their reference and cancel link again, to the contact on file only.

    For a repeated enrolment: whoever typed the phone or email sees nothing of the enrolment. At
    most one resend per enrolment every REFERENCE_RESEND_INTERVAL; further requests are dropped
    silently. People who gave only a phone get an unsent "reference" row, for the phone channel
    to come. Returns the new Notification, or None when dropped.
    """
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if enrolment.status not in ACTIVE_STATUSES:  # cancelled since it was found
            return None
        since = timezone.now() - REFERENCE_RESEND_INTERVAL
        recent = enrolment.notifications.filter(
            kind=NotificationKind.REFERENCE, created_at__gte=since
        )
        if recent.exists():
            return None
        notification = Notification.objects.create(
            enrolment=enrolment, kind=NotificationKind.REFERENCE
        )
        if enrolment.email:
            notification_created.send(sender=Notification, notification=notification)
    return notification
