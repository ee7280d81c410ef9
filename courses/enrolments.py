"""Enrolments, their notifications and the seat counts read from them.

Seats belong to the course, not to a translation: every enrolment points at the course's
*canonical* page (the Spanish source, see `CoursePage.canonical`), so all translations share one
set of enrolments and one lock row.

These models live beside `courses.models` (which imports them, so Django registers them) rather
than in it: the services, the forms and the tasks build on this module, and the course pages in
`courses.models` use the forms and the services, so imports point one way. It imports nothing of
the app but `courses.status`.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from home.notifications import PersonNotification
from home.personal_data import PersonalDataRecord

from .status import HELD_STATUSES, SEAT_STATUSES, EnrolmentStatus


def today():
    return timezone.localdate()


def canonical_course_id(page):
    """Primary key of the Spanish translation of a course, else of its oldest translation."""
    rows = Page.objects.filter(translation_key=page.translation_key).values_list(
        "pk", "locale__language_code"
    )
    by_language = {}
    for pk, language in sorted(rows):
        by_language.setdefault(language, pk)
    return by_language.get(settings.LANGUAGE_CODE) or next(iter(by_language.values()), page.pk)


def seats_taken_subquery():
    """Annotation: seats taken or on offer, counted across all the course's translations."""
    taken = (
        Enrolment.objects.filter(
            course__translation_key=OuterRef("translation_key"), status__in=HELD_STATUSES
        )
        .order_by()
        .values("course__translation_key")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(taken, output_field=IntegerField()), Value(0))


def with_open_seats(queryset):
    day = today()
    return queryset.filter(
        enrolment_opens__lte=day,
        enrolment_closes__gte=day,
        start_date__gt=day,
        seats_taken__lt=F("capacity"),
    )


def waitlist_ahead():
    """Annotation: how many people wait before this enrolment (same query as the enrolment)."""
    ahead = (
        Enrolment.objects.filter(
            course=OuterRef("course"),
            status=EnrolmentStatus.WAITLISTED,
            queue_number__lt=OuterRef("queue_number"),
        )
        .order_by()
        .values("course")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0))


def seat_counts_for(enrolments, capacity):
    rows = enrolments.order_by().values("status").annotate(total=Count("pk"))
    totals = {row["status"]: row["total"] for row in rows}
    confirmed = sum(totals.get(status, 0) for status in SEAT_STATUSES)
    offered = totals.get(EnrolmentStatus.OFFERED, 0)
    return {
        "confirmed": confirmed,
        "offered": offered,
        "waitlisted": totals.get(EnrolmentStatus.WAITLISTED, 0),
        "cancelled": totals.get(EnrolmentStatus.CANCELLED, 0),
        "free": max(capacity - confirmed - offered, 0),
        "capacity": capacity,
    }


class Enrolment(PersonalDataRecord):
    """One person's enrolment on one course. Personal data: only coordinators may see it."""

    Status = EnrolmentStatus
    CHANNEL_CHOICES = [
        ("whatsapp", "WhatsApp"),
        ("call", _("Phone call")),
        ("sms", _("SMS")),
        ("email", _("Email")),
    ]
    NATIONALITY_CHOICES = [
        ("", _("I prefer not to say")),
        ("VE", _("Venezuelan")),
        ("CO", _("Colombian")),
        ("EC", _("Ecuadorian")),
        ("HT", _("Haitian")),
        ("CU", _("Cuban")),
        ("PE", _("Peruvian")),
        ("other", _("Other")),
    ]
    GENDER_CHOICES = [
        ("", _("I prefer not to say")),
        ("woman", _("Woman")),
        ("man", _("Man")),
        ("non_binary", _("Non-binary")),
        ("self", _("I describe myself as…")),
    ]
    HEARD_CHOICES = [
        ("", _("I prefer not to say")),
        ("friends", _("Friends or family")),
        ("social", _("Social media or WhatsApp")),
        ("organisation", _("An organisation that helps me")),
        ("community_space", _("The community space")),
        ("website", _("This website")),
        ("other", _("Other")),
    ]

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=EnrolmentStatus.choices, db_index=True
    )
    queue_number = models.PositiveIntegerField(_("order of arrival"), editable=False)
    language = models.CharField(_("language"), max_length=5, default="es", editable=False)
    created_at = models.DateTimeField(_("enrolled at"), default=timezone.now, editable=False)
    status_changed_at = models.DateTimeField(
        _("status changed at"), default=timezone.now, editable=False
    )
    # The current seat offer (status "offered"): when it was made and until when it holds.
    offered_at = models.DateTimeField(_("seat offered at"), null=True, blank=True, editable=False)
    offer_expires_at = models.DateTimeField(
        _("seat offer expires at"), null=True, blank=True, editable=False
    )

    # Personal data (blanked by erase/purge).
    full_name = models.CharField(_("full name"), max_length=150)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    phone_digits = models.CharField(max_length=30, blank=True, editable=False, db_index=True)
    email = models.EmailField(_("email"), max_length=254, blank=True)
    preferred_channel = models.CharField(
        _("preferred channel"), max_length=10, choices=CHANNEL_CHOICES, default="whatsapp"
    )
    document_number = models.CharField(_("document number"), max_length=40, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    gender_self_description = models.CharField(
        _("gender, in your words"), max_length=60, blank=True
    )
    needs = models.TextField(_("accessibility or childcare needs"), max_length=500, blank=True)

    # Anonymous data kept for statistics after the purge.
    nationality = models.CharField(
        _("nationality"), max_length=6, choices=NATIONALITY_CHOICES, blank=True
    )
    gender = models.CharField(_("gender"), max_length=12, choices=GENDER_CHOICES, blank=True)
    age_band = models.CharField(_("age band"), max_length=8, blank=True, editable=False)
    heard_about = models.CharField(
        _("how they heard about the course"), max_length=20, choices=HEARD_CHOICES, blank=True
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "queue_number"], name="courses_enrolment_unique_queue"
            ),
        ]
        indexes = [
            models.Index(fields=["course", "status", "queue_number"], name="courses_enr_queue_idx")
        ]

    def __str__(self):
        # Never the person's name: this string ends up in admin logs and messages.
        return self.reference

    def save(self, *args, **kwargs):
        self.phone_digits = normalise_phone(self.phone)
        self.email = (self.email or "").strip().lower()
        if self.birth_year and not self.age_band:
            self.age_band = age_band(self.birth_year, self.created_at or timezone.now())
        super().save(*args, **kwargs)

    @property
    def message_language(self):
        """The language of every message to the person: the one they enrolled in."""
        return self.language

    @property
    def holds_seat(self):
        return self.status in SEAT_STATUSES

    def waitlist_position(self):
        if self.status != EnrolmentStatus.WAITLISTED:
            return None
        return (
            Enrolment.objects.filter(
                course_id=self.course_id,
                status=EnrolmentStatus.WAITLISTED,
                queue_number__lt=self.queue_number,
            ).count()
            + 1
        )

    def course_in(self, language_code):
        """The course page in `language_code`, or the canonical one."""
        page = (
            type(self.course)  # CoursePage, which this module does not import
            .objects.live()
            .filter(
                translation_key=self.course.translation_key, locale__language_code=language_code
            )
            .first()
        )
        return page or self.course


def normalise_phone(value):
    digits = "".join(ch for ch in value or "" if ch.isdigit())
    return digits[-15:]


def age_band(birth_year, on):
    age = on.year - birth_year
    for upper, label in ((17, "<18"), (24, "18-24"), (34, "25-34"), (44, "35-44"), (59, "45-59")):
        if age <= upper:
            return label
    return "60+"


# Everything a person tells us about themselves, in the enrolment form's order (the age band is
# worked out from the year of birth). The public form, the admin's form and export, the person's
# own data export, the erase action and the purge all take their field lists from here.
PERSON_FIELDS = (
    "full_name",
    "phone",
    "email",
    "preferred_channel",
    "document_number",
    "nationality",
    "birth_year",
    "age_band",
    "gender",
    "gender_self_description",
    "needs",
    "heard_about",
)
# What stays once personal data is erased: anonymous figures by course, nationality, age band and
# gender (and how people heard about the course and like to be contacted).
ANONYMOUS_FIELDS = ("preferred_channel", "nationality", "age_band", "gender", "heard_about")
# Personal data: seen only by coordinators, blanked by the erase action and by the purge.
PERSONAL_FIELDS = tuple(name for name in PERSON_FIELDS if name not in ANONYMOUS_FIELDS)
# What the person fills in (the public form, and staff enrolling someone by phone).
FORM_FIELDS = tuple(name for name in PERSON_FIELDS if Enrolment._meta.get_field(name).editable)


class NotificationKind(models.TextChoices):
    CONFIRMED = EnrolmentStatus.CONFIRMED.value, _("Seat confirmed")
    WAITLISTED = EnrolmentStatus.WAITLISTED.value, _("On the waitlist")
    PROMOTED = "promoted", _("Promoted from the waitlist")
    OFFERED = EnrolmentStatus.OFFERED.value, _("Seat offered")
    EXPIRED = "expired", _("Seat offer expired")
    CANCELLED = EnrolmentStatus.CANCELLED.value, _("Cancelled")
    REFERENCE = "reference", _("Reference sent again")
    REMINDER = "reminder", _("Reminder the day before")
    CERTIFICATE = "certificate", _("Certificate ready")


class Channel(models.TextChoices):
    """How a notification reaches the person: a message, or a coordinator's phone call."""

    EMAIL = "email", _("Email")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", "WhatsApp"
    CALL = "call", _("Phone call by a coordinator")


# The phone channels a message backend sends through (home.messaging).
MESSAGE_CHANNELS = (Channel.SMS, Channel.WHATSAPP)


class Notification(PersonNotification):
    """One message about an enrolment through one channel (email, SMS, WhatsApp).

    A background task sends it and retries it with a growing delay until it goes out; it is never
    sent twice. When no channel can reach the person, a "call" row puts them on the coordinators'
    call list, and the coordinator records the outcome of the call on it (home/notifications.py).
    """

    Kind = NotificationKind
    Channel = Channel
    person_field = "enrolment"
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=12, choices=NotificationKind.choices)
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.EMAIL
    )

    class Meta:
        verbose_name = _("notification")
        ordering = ["created_at"]
        constraints = [
            # `send_course_reminders` run twice (or by two servers) reminds each person once.
            models.UniqueConstraint(
                fields=["enrolment", "kind", "channel"],
                condition=models.Q(kind="reminder"),
                name="courses_notification_one_reminder",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.channel} {self.enrolment_id}"
