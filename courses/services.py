"""Enrolment rules. Every change of seats is one transaction that locks the course row.

The lock is taken on the canonical course page's own row (`courses_coursepage`, not Wagtail's
page table), so editors publishing pages are not held up by enrolments. Every change of status
goes through `change_status`, which allows only the changes in `courses.status.TRANSITIONS`.

Messages: the services record one `Notification` row per channel (email, SMS, WhatsApp) and send
`notification_created`; the task layer (`courses.tasks`, connected in `apps.py`) queues each once
the transaction commits. A person no channel can reach gets a "call" row instead: the
coordinators' call list. This module never imports the tasks.

Seat offers: a freed seat is not given away blindly. The first person waiting gets an offer
(status `offered`, which holds the seat) valid for SEAT_OFFER_HOURS, or less when the course starts
sooner; they accept or decline it through a signed link, or it expires. Expired offers are
processed by `manage.py expire_seat_offers` and at every enrolment event on the course, under the
course's row lock like every other change of seats.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.dispatch import Signal
from django.utils import timezone

from home import notifications, personal_data
from home.messaging import configured_channels

from .attendance import (
    Attendance,
    Certificate,
    initials,
    new_certificate_number,
    normalise_number,
)
from .enrolments import (
    PERSON_FIELDS,
    PERSONAL_FIELDS,
    Channel,
    Enrolment,
    Notification,
    NotificationKind,
    normalise_phone,
)
from .status import (
    ACTIVE_STATUSES,
    CANCELLABLE_STATUSES,
    HELD_STATUSES,
    SEAT_STATUSES,
    EnrolmentStatus,
    StatusChangeRefused,
    check_change,
)

REFERENCE_PREFIX = "QTO-"
CANCEL_SALT = "courses.cancel"
OFFER_SALT = "courses.offer"
# However close the course, an offer stays open at least this long.
MIN_OFFER_TIME = datetime.timedelta(hours=1)
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
    # 32**4 codes are plenty for a city's courses (it widens rather than fail if they run out).
    return personal_data.new_reference(Enrolment, REFERENCE_PREFIX, 4)


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
        # Seats of expired offers go to the people already waiting, before this newcomer.
        if _expire_offers(locked):
            promote_waitlist(locked)
        taken = Enrolment.objects.filter(course=locked, status__in=HELD_STATUSES).count()
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


# The message a person gets when their enrolment changes to a status (none for the others).
NOTIFY_ON = {
    EnrolmentStatus.CONFIRMED: NotificationKind.PROMOTED,  # a coordinator confirmed them
    EnrolmentStatus.OFFERED: NotificationKind.OFFERED,
    EnrolmentStatus.CANCELLED: NotificationKind.CANCELLED,
}
_DEFAULT = object()


def _set_status(enrolment, status, kind=_DEFAULT):
    """Apply one change allowed by the table, and queue its message. Call with the course locked.

    `kind` overrides the message of NOTIFY_ON (None: no message, the person sees the result on
    screen)."""
    check_change(enrolment.status, status)
    now = timezone.now()
    enrolment.status = status
    enrolment.status_changed_at = now
    fields = ["status", "status_changed_at"]
    if status == EnrolmentStatus.OFFERED:
        enrolment.offered_at = now
        enrolment.offer_expires_at = offer_deadline(enrolment.course, now)
        fields += ["offered_at", "offer_expires_at"]
    enrolment.save(update_fields=fields)
    kind = NOTIFY_ON.get(status) if kind is _DEFAULT else kind
    if kind:
        notify(enrolment, kind)
    if status == EnrolmentStatus.COMPLETED and enrolment.course.certificate:
        issue_certificate(enrolment)


def change_status(enrolment, status):
    """Move one enrolment to `status` (staff actions and the cancel link), in one transaction.

    Raises StatusChangeRefused, changing nothing, when `courses.status.TRANSITIONS` does not allow
    it. Returns the enrolments offered the seat this change freed.
    """
    with transaction.atomic():
        course = _lock_course(enrolment.course)
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        _set_status(locked, status)
        enrolment.status, enrolment.status_changed_at = locked.status, locked.status_changed_at
        expired = _expire_offers(course)
        if status == EnrolmentStatus.CANCELLED or expired:
            return promote_waitlist(course)
        return []


def offer_deadline(course, now):
    """Until when an offer made `now` holds: SEAT_OFFER_HOURS, or half the time left before the
    course's first session when that is shorter (so the next person still has time), and at least
    MIN_OFFER_TIME."""
    hours = datetime.timedelta(hours=settings.SEAT_OFFER_HOURS)
    starts = timezone.make_aware(
        datetime.datetime.combine(course.start_date, course.session_start or datetime.time())
    )
    return now + max(min(hours, (starts - now) / 2), MIN_OFFER_TIME)


def promote_waitlist(course):
    """Offer free seats to the people waiting, first come first served. Call with the course locked.

    Returns the enrolments that got an offer."""
    taken = Enrolment.objects.filter(course=course, status__in=HELD_STATUSES).count()
    free = course.capacity - taken
    offered = []
    if free <= 0:
        return offered
    waiting = Enrolment.objects.filter(course=course, status=EnrolmentStatus.WAITLISTED).order_by(
        "queue_number"
    )[:free]
    for enrolment in waiting:
        enrolment.course = course
        _set_status(enrolment, EnrolmentStatus.OFFERED)
        offered.append(enrolment)
    return offered


def _expire_offers(course):
    """Cancel this course's offers that ran out (the person is told). Call with the course locked.

    Returns the expired enrolments; the caller then offers their seats to the next people."""
    expired = list(
        Enrolment.objects.filter(
            course=course, status=EnrolmentStatus.OFFERED, offer_expires_at__lte=timezone.now()
        ).order_by("queue_number")
    )
    for enrolment in expired:
        _set_status(enrolment, EnrolmentStatus.CANCELLED, kind=NotificationKind.EXPIRED)
    return expired


def expire_offers(course):
    """Process the expired offers of one course and offer their seats to the next people.

    Returns (expired, offered)."""
    with transaction.atomic():
        locked = _lock_course(course)
        expired = _expire_offers(locked)
        offered = promote_waitlist(locked) if expired else []
    return expired, offered


def courses_with_expired_offers():
    """Primary keys of the courses that hold at least one offer past its time."""
    return (
        Enrolment.objects.filter(
            status=EnrolmentStatus.OFFERED, offer_expires_at__lte=timezone.now()
        )
        .values_list("course_id", flat=True)
        .distinct()
    )


# --- Accept and decline links ------------------------------------------------
def offer_token(enrolment):
    """A signed token for the current offer: `<id>.<reference>.<offer time>:<signature>`.

    The offer time makes a link from an earlier offer useless. Short, for SMS; nothing personal
    but the reference, which the person already has."""
    value = f"{enrolment.pk}.{enrolment.reference}.{int(enrolment.offered_at.timestamp())}"
    return signing.Signer(salt=OFFER_SALT).sign(value)


def offer_from_token(token):
    """(enrolment, offer time) of a token, or (None, None) when it is forged or malformed."""
    try:
        value = signing.Signer(salt=OFFER_SALT).unsign(token)
        pk, reference, offered = value.split(".")
        pk, offered = int(pk), int(offered)
    except (signing.BadSignature, ValueError):
        return None, None
    enrolment = (
        Enrolment.objects.select_related("course")
        .filter(pk=pk, reference=reference, personal_data_erased_at__isnull=True)
        .first()
    )
    if enrolment is None or enrolment.offered_at is None:
        return None, None
    if int(enrolment.offered_at.timestamp()) != offered:
        return None, None
    return enrolment, offered


class OfferAnswer:
    """What became of an answer to an offer (the page says it in the person's language)."""

    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    ALREADY = "already"  # answered before: a replayed link changes nothing
    INVALID = "invalid"


def offer_state(enrolment):
    """The answer the link would get now, without changing anything (for the GET page)."""
    if enrolment.status == EnrolmentStatus.OFFERED:
        if enrolment.offer_expires_at <= timezone.now():
            return OfferAnswer.EXPIRED
        return None
    if (
        enrolment.status == EnrolmentStatus.CANCELLED
        and enrolment.offer_expires_at
        and enrolment.status_changed_at >= enrolment.offer_expires_at
    ):
        return OfferAnswer.EXPIRED
    return OfferAnswer.ALREADY


def answer_offer(token, accept):
    """Accept (seat confirmed) or decline (cancelled, the seat goes to the next person) an offer.

    Under the course's row lock. Forged tokens, expired offers and links used already change
    nothing but the processing of an expired offer. Returns (answer, enrolment)."""
    enrolment, _offered = offer_from_token(token)
    if enrolment is None:
        return OfferAnswer.INVALID, None
    with transaction.atomic():
        course = _lock_course(enrolment.course)
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        locked.course = enrolment.course
        if _expire_offers(course):
            promote_waitlist(course)
            locked.refresh_from_db()
        state = offer_state(locked)
        if state is not None:
            return state, locked
        if accept:
            _set_status(locked, EnrolmentStatus.CONFIRMED, kind=None)
            return OfferAnswer.ACCEPTED, locked
        _set_status(locked, EnrolmentStatus.CANCELLED, kind=None)
        promote_waitlist(course)
        return OfferAnswer.DECLINED, locked


def cancel(enrolment):
    """Cancel an enrolment (by the person or by staff) and offer the seat to whoever is first in line.

    Returns the enrolments offered a seat. Cancelling twice does nothing the second time.
    """
    try:
        return change_status(enrolment, EnrolmentStatus.CANCELLED)
    except StatusChangeRefused:
        return []


def confirm_from_waitlist(enrolment):
    """Staff decision: give a person waiting or offered a seat, even beyond capacity.

    Returns True if changed."""
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


MOVABLE_STATUSES = (EnrolmentStatus.CONFIRMED, EnrolmentStatus.OFFERED, EnrolmentStatus.WAITLISTED)


class MoveRefused(ValueError):
    """A move to another course that the rules do not allow."""


def move(enrolment, new_course):
    """Move one enrolment to another course, keeping its reference, through the seat rules.

    Both courses are locked (in a fixed order, so two opposite moves cannot deadlock). The person
    gets a seat in the new course when one is free, else joins its waitlist at the end; a seat
    they held in the old course is offered to the next person waiting there. Returns the
    enrolments offered a seat in the old course. Raises MoveRefused when the enrolment is not
    active or the course is the same."""
    new_id = new_course.canonical_id
    with transaction.atomic():
        old_id = Enrolment.objects.filter(pk=enrolment.pk).values_list("course_id", flat=True)[0]
        if old_id == new_id:
            raise MoveRefused("same course")
        model = type(new_course)
        locked = {
            pk: model.objects.select_for_update(of=("self",)).get(pk=pk)
            for pk in sorted((old_id, new_id))
        }
        old, new = locked[old_id], locked[new_id]
        item = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if item.status not in MOVABLE_STATUSES:
            raise MoveRefused(item.status)
        if find_duplicate(new, item.phone, item.email) is not None:
            raise MoveRefused("already enrolled")
        held = item.status in HELD_STATUSES
        if _expire_offers(new):
            promote_waitlist(new)
        taken = Enrolment.objects.filter(course=new, status__in=HELD_STATUSES).count()
        last = Enrolment.objects.filter(course=new).aggregate(last=Max("queue_number"))["last"]
        item.course = new
        item.queue_number = (last or 0) + 1
        item.status = (
            EnrolmentStatus.CONFIRMED if taken < new.capacity else EnrolmentStatus.WAITLISTED
        )
        item.status_changed_at = timezone.now()
        item.offered_at = item.offer_expires_at = None
        item.save(
            update_fields=[
                "course",
                "queue_number",
                "status",
                "status_changed_at",
                "offered_at",
                "offer_expires_at",
            ]
        )
        notify(item, NotificationKind(item.status))
        enrolment.course, enrolment.status = item.course, item.status
        return promote_waitlist(old) if held else []


def fill_after_capacity_change(course):
    """After an editor raises the capacity, promote people from the waitlist."""
    with transaction.atomic():
        locked = _lock_course(course)
        if locked.enrolment_state() in ("started",) and locked.end_date < timezone.localdate():
            return []
        return promote_waitlist(locked)


# --- Attendance, completion and certificates ------------------------------------------------------
CERTIFICATE_SALT = "courses.certificate"
# Statuses whose attendance counts towards completing the course.
COMPLETING_STATUSES = (EnrolmentStatus.CONFIRMED, EnrolmentStatus.ATTENDED)


def attendance_roster(course):
    """The people who can be marked present (a seat, data not erased), in order of arrival."""
    return (
        Enrolment.objects.filter(
            course_id=course.canonical_id,
            status__in=SEAT_STATUSES,
            personal_data_erased_at__isnull=True,
        )
        .annotate(attended=Count("attendances", distinct=True))
        .order_by("queue_number")
    )


def record_attendance(course, session, present_ids, user=None):
    """Save who was at one session (everyone else on the roster was absent), in one transaction
    under the course's lock, then apply the course's completion rule. Ids not on the roster are
    ignored. Returns the enrolments that completed the course with this save."""
    with transaction.atomic():
        locked = _lock_course(course)
        roster = set(
            Enrolment.objects.filter(
                course_id=locked.pk,
                status__in=SEAT_STATUSES,
                personal_data_erased_at__isnull=True,
            ).values_list("pk", flat=True)
        )
        present = roster & {int(pk) for pk in present_ids if str(pk).isdigit()}
        marks = Attendance.objects.filter(session=session)
        marks.filter(enrolment_id__in=roster - present).delete()
        already = set(marks.values_list("enrolment_id", flat=True))
        Attendance.objects.bulk_create(
            Attendance(session=session, enrolment_id=pk, marked_by=user)
            for pk in sorted(present - already)
        )
        return apply_completion_rule(locked)


def completes(attended, total, percent):
    """The completion rule: at least `percent` % of the course's sessions attended."""
    return total > 0 and attended * 100 >= percent * total


def apply_completion_rule(course):
    """Confirmed people who reached the rule complete the course (a certificate is issued when the
    course gives one); those who came at least once show as attended. Call with the course locked.
    Completion is final, as in the status table: a mistake is put right by revoking the
    certificate."""
    total = course.sessions.count()
    completed = []
    rows = (  # no row locks (FOR UPDATE refuses GROUP BY): the course's lock covers statuses
        Enrolment.objects.filter(
            course_id=course.pk,
            status__in=COMPLETING_STATUSES,
            personal_data_erased_at__isnull=True,
        )
        .annotate(attended=Count("attendances"))
        .filter(attended__gt=0)
    )
    for enrolment in rows:
        if completes(enrolment.attended, total, course.completion_percent):
            _set_status(enrolment, EnrolmentStatus.COMPLETED)
            completed.append(enrolment)
        elif enrolment.status == EnrolmentStatus.CONFIRMED:
            _set_status(enrolment, EnrolmentStatus.ATTENDED)
    return completed


def issue_certificate(enrolment):
    """The person's certificate for the course they completed (made once), and its message."""
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None or enrolment.is_erased:
        return existing
    number = new_certificate_number()
    while Certificate.objects.filter(number=number).exists():  # 60 bits: practically never
        number = new_certificate_number()
    certificate = Certificate.objects.create(
        enrolment=enrolment, number=number, holder_initials=initials(enrolment.full_name)
    )
    notify(enrolment, NotificationKind.CERTIFICATE)
    return certificate


def revoke_certificate(certificate, reason, user=None):
    """Revoke with a reason, recorded once. False when it was revoked already."""
    updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason.strip(), revoked_by=user
    )
    certificate.refresh_from_db()
    return bool(updated)


def certificate_token(certificate):
    """The download link's key: the number signed, so knowing a number (it is on the
    verification page's URL) is not enough to download the PDF, which carries the full name."""
    return signing.Signer(salt=CERTIFICATE_SALT).sign(certificate.number)


def certificate_from_token(token):
    try:
        number = signing.Signer(salt=CERTIFICATE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return find_certificate(number)


def find_certificate(number):
    return (
        Certificate.objects.select_related("enrolment", "enrolment__course")
        .filter(number=normalise_number(number))
        .first()
    )


def person_enrolments(enrolment):
    """All enrolments of the person behind `enrolment`, matched by phone or email."""
    return (
        Enrolment.objects.filter(personal_data.same_person(enrolment))
        .select_related("course")
        .order_by("created_at")
    )


def person_export(enrolment):
    """Everything stored about one person, as plain data (for a subject-access request)."""
    return [
        {
            "reference": item.reference,
            "course": item.course.title,
            "status": item.status,
            "enrolled_at": item.created_at.isoformat(),
            **{name: getattr(item, name) for name in PERSON_FIELDS},
            **personal_data.consent_export(item),
            "sessions_attended": item.attendances.count(),
            "certificate": getattr(getattr(item, "certificate", None), "number", None),
        }
        for item in person_enrolments(enrolment)
    ]


def anonymise(enrolment):
    """Blank the personal fields, keeping course, status and the anonymous fields."""
    personal_data.erase(enrolment, personal_data.erased_values(Enrolment, PERSONAL_FIELDS))


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
# Not worth a coordinator's call: someone typed the person's phone or email again.
NOT_CALLED_FOR = (NotificationKind.REFERENCE,)


def channels_for(enrolment, kind):
    """The channels a message of `kind` goes through: email when there is an address; one phone
    message (the preferred channel first) unless the person chose email; a seat offer through
    every channel they have, since it expires."""
    channels = [Channel.EMAIL] if enrolment.email else []
    phone = configured_channels() if enrolment.phone_digits else []
    phone.sort(key=lambda channel: channel != enrolment.preferred_channel)
    if kind == NotificationKind.OFFERED:
        channels += phone
    elif phone and not (channels and enrolment.preferred_channel == Channel.EMAIL):
        channels.append(phone[0])
    return channels


def notify(enrolment, kind):
    """Record a message for `kind` on each channel, to go out once the transaction commits.

    With no channel, the person goes on the coordinators' call list. Returns the first row."""
    rows = [
        Notification.objects.create(enrolment=enrolment, kind=kind, channel=channel)
        for channel in channels_for(enrolment, kind)
    ]
    for row in rows:
        notification_created.send(sender=Notification, notification=row)
    if not rows:
        rows.append(
            Notification.objects.create(
                enrolment=enrolment,
                kind=kind,
                channel=Channel.CALL,
                gave_up=kind in NOT_CALLED_FOR,
            )
        )
    return rows[0]


def escalate_to_call(notification):
    """After a message gave up: the call list, unless the message is not worth a call."""
    if notification.kind in NOT_CALLED_FOR or notification.enrolment.is_erased:
        return None
    return notifications.escalate_to_call(notification)


def call_list():
    """People to phone: a message no channel could deliver, still relevant, not yet called."""
    return (
        Notification.calls_to_make()
        .exclude(kind__in=NOT_CALLED_FOR)
        .exclude(Q(kind=NotificationKind.OFFERED) & ~Q(enrolment__status=EnrolmentStatus.OFFERED))
        .select_related("enrolment", "enrolment__course")
        .order_by("created_at")
    )


def send_reminders(day):
    """Record the day-before reminder for everyone holding a seat on a course starting `day`.

    Each person is reminded once, however often it runs (a constraint backs this up)."""
    due = (
        Enrolment.objects.filter(
            course__start_date=day,
            status__in=SEAT_STATUSES,
            personal_data_erased_at__isnull=True,
        )
        .exclude(notifications__kind=NotificationKind.REMINDER)
        .select_related("course")
        .order_by("pk")
    )
    count = 0
    for enrolment in due:
        try:
            with transaction.atomic():
                notify(enrolment, NotificationKind.REMINDER)
        except IntegrityError:  # another run reminded them meanwhile
            continue
        count += 1
    return count


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
        notification = notify(enrolment, NotificationKind.REFERENCE)
    return notification
