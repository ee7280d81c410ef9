from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin, WorkflowMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from home.models import DraftSnippetMixin
from home.topics import source_language_topics


class PartnerOrganisation(WorkflowMixin, DraftSnippetMixin, TranslatableMixin, ClusterableModel):
    """A social or humanitarian organisation that works with the Plan (posts events, runs courses).

    Registered as a snippet in community/wagtail_hooks.py (partners edit only their own)."""

    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    topics = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("topics served"),
        blank=True,
        limit_choices_to=source_language_topics,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
        FieldPanel("topics"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("topics"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    preview_template = "community/previews/partner_organisation.html"

    def __str__(self):
        return self.name


class PartnerMembership(models.Model):
    """The one partner organisation a member of the Partners group works for (set by admins).

    It points at the organisation in Spanish (the source language); its translations are the same
    organisation, matched by `translation_key`."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="partner_membership",
    )
    organisation = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("partner organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )

    panels = [FieldPanel("user"), FieldPanel("organisation")]

    class Meta:
        verbose_name = _("partner membership")
        verbose_name_plural = _("partner memberships")

    def __str__(self):
        return f"{self.user} · {self.organisation}"


def organisation_key_for(user):
    """The translation key of the organisation `user` works for, or None (no membership)."""
    if not getattr(user, "is_authenticated", False):
        return None
    membership = (
        PartnerMembership.objects.filter(user=user)
        .values_list("organisation__translation_key", flat=True)
        .first()
    )
    return membership


PARTNERS_GROUP = "Partners"


def partner_scope(user):
    """None when `user` is not limited to one organisation (staff); else the translation key of
    the organisation they work for ("" for a partner nobody has linked to one yet: nothing)."""
    if not getattr(user, "is_authenticated", False) or user.is_superuser:
        return None
    cached = getattr(user, "_partner_scope", False)
    if cached is not False:
        return cached
    key = organisation_key_for(user)
    if key is None:
        key = "" if user.groups.filter(name=PARTNERS_GROUP).exists() else None
    user._partner_scope = key
    return key
