"""Tu voz: what people tell the city, the staff triage, and the public record of what was done."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from home.models import DraftSnippetMixin


class Feedback(models.Model):
    """One message sent through Tu voz. Personal data: only staff with permission see it."""

    STATUS_RECEIVED = "received"
    STATUS_CHOICES = [
        ("received", _("Received")),
        ("in_review", _("In review")),
        ("forwarded", _("Forwarded")),
        ("answered", _("Answered")),
        ("included", _("Included in the Plan")),
    ]

    created_at = models.DateTimeField(_("received on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    service = models.ForeignKey(
        "community.ServiceProvider",
        verbose_name=_("about this directory entry"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
    )
    message = models.TextField(_("message"))
    name = models.CharField(_("name"), max_length=120, blank=True)
    contact = models.CharField(_("contact (phone or email)"), max_length=160, blank=True)
    consent_at = models.DateTimeField(_("consent given on"), null=True, blank=True)
    privacy_notice_version = models.CharField(
        _("privacy notice version"), max_length=20, blank=True
    )

    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default=STATUS_RECEIVED
    )
    forwarded_to = models.CharField(
        _("forwarded to"),
        max_length=150,
        blank=True,
        help_text=_("The partner or municipal department."),
    )
    forwarded_partner = models.ForeignKey(
        "community.PartnerOrganisation",
        verbose_name=_("forwarded to partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Never shown to the public.")
    )
    share_contact = models.BooleanField(
        _("may share the contact with the partner"),
        default=False,
        help_text=_("The person agreed that the partner it is forwarded to may contact them."),
    )
    partner_response = models.TextField(
        _("partner's response"),
        blank=True,
        help_text=_("What the partner organisation did or answered. Never shown to the public."),
    )
    partner_responded_at = models.DateTimeField(_("partner responded on"), null=True, blank=True)
    partner_responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("partner responded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("created_at", read_only=True),
                FieldPanel("language", read_only=True),
                FieldPanel("topic", read_only=True),
                FieldPanel("service", read_only=True),
                FieldPanel("message", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("contact", read_only=True),
                FieldPanel("consent_at", read_only=True),
                FieldPanel("share_contact", read_only=True),
            ],
            heading=_("What the person sent"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("forwarded_to"),
                FieldPanel("forwarded_partner"),
                FieldPanel("internal_notes"),
            ],
            heading=_("Triage"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("partner_response", read_only=True),
                FieldPanel("partner_responded_at", read_only=True),
            ],
            heading=_("Partner's response"),
        ),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Tu voz message")
        verbose_name_plural = _("Tu voz messages")

    def __str__(self):
        # Never the message or the contact: this string appears in choosers and logs.
        return f"#{self.pk} · {self.created_at:%Y-%m-%d}" if self.created_at else f"#{self.pk}"

    @classmethod
    def record(cls, data, language, service=None):
        """Saves what the Tu voz form sent (its cleaned data): the contact, and the consent to
        keep it, only when one was given."""
        contact = data.get("contact", "").strip()
        return cls.objects.create(
            language=language,
            topic=data.get("topic"),
            service=service,
            message=data["message"],
            name=data.get("name", "").strip(),
            contact=contact,
            consent_at=timezone.now() if contact else None,
            share_contact=bool(contact and data.get("share_contact")),
            privacy_notice_version=getattr(settings, "PRIVACY_NOTICE_VERSION", "")
            if contact
            else "",
        )

    @property
    def short_message(self):
        return self.message if len(self.message) <= 80 else self.message[:79] + "…"

    @property
    def has_contact(self):
        return bool(self.contact)


class FeedbackResponse(DraftSnippetMixin, TranslatableMixin, ClusterableModel):
    """A "You said, we did" entry: staff-written, translated, never the raw message."""

    STATUS_CHOICES = [
        ("answered", _("Answered")),
        ("in_progress", _("Being worked on")),
        ("included", _("Included in the Plan")),
    ]

    you_said = models.CharField(_("you said (public summary)"), max_length=300)
    we_did = models.TextField(_("we did (public response)"))
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default="answered"
    )
    people_count = models.PositiveIntegerField(
        _("number of people who raised it"), default=1, help_text=_("Shown as a number only.")
    )
    published_on = models.DateField(_("date"))
    is_public = models.BooleanField(
        _("show on the public page"),
        default=False,
        help_text=_("Only ticked entries appear on “You said, we did”."),
    )
    feedback_items = ParentalManyToManyField(
        "community.Feedback",
        verbose_name=_("messages it answers"),
        blank=True,
        related_name="responses",
    )

    panels = [
        FieldPanel("you_said"),
        FieldPanel("we_did"),
        FieldPanel("topic"),
        FieldPanel("status"),
        FieldPanel("people_count"),
        FieldPanel("published_on"),
        FieldPanel("is_public"),
        FieldPanel("feedback_items"),
    ]
    translatable_fields = [
        TranslatableField("you_said"),
        TranslatableField("we_did"),
        SynchronizedField("topic"),
        SynchronizedField("status"),
        SynchronizedField("people_count"),
        SynchronizedField("published_on"),
        SynchronizedField("is_public"),
        SynchronizedField("feedback_items"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-published_on", "-pk"]
        verbose_name = _("“You said, we did” entry")
        verbose_name_plural = _("“You said, we did” entries")

    preview_template = "community/previews/feedback_response.html"

    def __str__(self):
        return self.you_said
