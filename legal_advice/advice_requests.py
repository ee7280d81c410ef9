"""Legal advice requests and their notifications (the advisers' queue).

These models live beside `legal_advice.models` (which imports them, so Django registers them), as
`courses.enrolments` does: the services, the forms and the tasks build on this module, and the
page in `legal_advice.models` uses the forms and the services, so imports point one way. It
imports nothing of the app but `legal_advice.status`.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.notifications import PersonNotification
from home.personal_data import PersonalDataRecord

from .status import RequestStatus


class Topic(models.TextChoices):
    """What the person needs advice about. Never their immigration status."""

    DOCUMENTS = "documents", _("Visas, residence and documents")
    ASYLUM = "asylum", _("Asylum and refugee protection")
    WORK = "work", _("Work and labour rights")
    HOUSING = "housing", _("Housing and rent")
    FAMILY = "family", _("Family, children and school")
    HEALTH = "health", _("Access to health care")
    DISCRIMINATION = "discrimination", _("Discrimination or violence")
    OTHER = "other", _("Something else")


class Channel(models.TextChoices):
    WHATSAPP = "whatsapp", "WhatsApp"
    CALL = "call", _("Phone call")
    SMS = "sms", _("SMS")
    EMAIL = "email", _("Email")


class AdviceRequest(PersonalDataRecord):
    """One person's request for legal advice. Personal data: only the Legal advisers see it."""

    Status = RequestStatus
    Topic = Topic
    Channel = Channel

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=RequestStatus.choices,
        default=RequestStatus.NEW,
        db_index=True,
    )
    language = models.CharField(_("language of the form"), max_length=5, default="es")
    created_at = models.DateTimeField(_("received at"), default=timezone.now, editable=False)
    status_changed_at = models.DateTimeField(
        _("status changed at"), default=timezone.now, editable=False
    )

    # What the person told us.
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, default="es"
    )
    full_name = models.CharField(_("full name"), max_length=150)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    phone_digits = models.CharField(max_length=30, blank=True, editable=False, db_index=True)
    email = models.EmailField(_("email"), max_length=254, blank=True)
    preferred_channel = models.CharField(
        _("how to contact"), max_length=10, choices=Channel.choices, default=Channel.WHATSAPP
    )
    description = models.TextField(_("short description"), max_length=800)
    share_contact = models.BooleanField(
        _("agreed that their name and contact may go to an organisation they are referred to"),
        default=False,
    )

    # The advisers' part.
    appointment_at = models.DateTimeField(_("appointment date and time"), null=True, blank=True)
    appointment_place = models.CharField(
        _("appointment place"),
        max_length=200,
        blank=True,
        help_text=_("An address, or “by phone” / “by video call”."),
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Never shown to the person or to partners.")
    )

    class Meta:
        verbose_name = _("legal advice request")
        verbose_name_plural = _("legal advice requests")
        ordering = ["-created_at"]

    def __str__(self):
        # Never the person's name: this string ends up in admin logs, choosers and messages.
        return self.reference

    def save(self, *args, **kwargs):
        self.phone_digits = normalise_phone(self.phone)
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)

    @property
    def message_language(self):
        """The language of every message to the person: the one they chose for the advice."""
        return self.preferred_language or self.language

    @property
    def contact(self):
        """The contact the person gave, as one line (for a referral made with their consent)."""
        return " · ".join(value for value in (self.phone, self.email) if value)


def normalise_phone(value):
    digits = "".join(ch for ch in value or "" if ch.isdigit())
    return digits[-15:]


# Everything a person tells us, in the form's order. The public form, the admin's list and export,
# the person's own data export, the erase action and the purge all take their fields from here.
PERSON_FIELDS = (
    "topic",
    "preferred_language",
    "full_name",
    "phone",
    "email",
    "preferred_channel",
    "description",
)
# What stays once personal data is erased: anonymous counts by topic, language and channel.
ANONYMOUS_FIELDS = ("topic", "preferred_language", "preferred_channel")
# Personal data: seen only by the Legal advisers, blanked by the erase action and by the purge.
# The internal notes are about the person, so they go too.
PERSONAL_FIELDS = (
    *(name for name in PERSON_FIELDS if name not in ANONYMOUS_FIELDS),
    "internal_notes",
)
# What the person fills in on the public form (with the consent boxes).
FORM_FIELDS = PERSON_FIELDS
# The optional consent, asked on the form after the required one: the name and contact may travel
# with a referral to another organisation (referrals app). Erasing personal data withdraws it.
SHARE_CONSENT_FIELD = "share_contact"


class NotificationKind(models.TextChoices):
    RECEIVED = "received", _("Request received")
    APPOINTMENT = "appointment", _("Appointment offered")
    CLOSED = "closed", _("Request closed")


# What a phone message (SMS, WhatsApp) or an adviser's call tells: the confirmation and the
# appointment. That a request is closed goes by email only.
PHONE_KINDS = (NotificationKind.RECEIVED, NotificationKind.APPOINTMENT)
# The phone channels a message backend sends through (home.messaging).
MESSAGE_CHANNELS = (Channel.SMS, Channel.WHATSAPP)


class Notification(PersonNotification):
    """One message about a request through one channel (email, SMS or WhatsApp), sent by a
    background task and retried until it goes out, never twice.

    When no channel can reach a person who gave only a phone, a "call" row puts them on the
    advisers' call list, and the adviser records the outcome of the call on it
    (home/notifications.py).
    """

    Kind = NotificationKind
    Channel = Channel
    person_field = "request"
    request = models.ForeignKey(
        AdviceRequest, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=12, choices=NotificationKind.choices)
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.EMAIL
    )

    class Meta:
        verbose_name = _("legal advice notification")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.kind} {self.channel} {self.request_id}"
