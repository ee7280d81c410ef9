"""Referrals: staff send a person, or a Tu voz message, to a provider in the services directory.

The partner organisation behind the provider sees its own referrals in the admin (a proxy model,
`PartnerReferral`, with its own permission policy) and records the outcome. The person's name and
contact travel with a referral only when the person agreed (`consent_to_share`); otherwise the
organisation sees only what help is needed, and the staff who referred stay the go-between.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .outcome import Outcome


class Referral(models.Model):
    Outcome = Outcome

    created_at = models.DateTimeField(_("referred on"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("referred by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    provider = models.ForeignKey(
        "community.ServiceProvider",
        verbose_name=_("referred to (directory entry)"),
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    organisation = models.ForeignKey(
        "community.PartnerOrganisation",
        verbose_name=_("partner organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referrals",
        editable=False,
        help_text=_("The provider's organisation: its members see this referral."),
    )
    advice_request = models.ForeignKey(
        "legal_advice.AdviceRequest",
        verbose_name=_("from a legal advice request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    feedback = models.ForeignKey(
        "community.Feedback",
        verbose_name=_("from a Tu voz message"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    need = models.TextField(
        _("what help is needed"),
        max_length=600,
        help_text=_(
            "What the organisation needs to know to help. No immigration status, no documents."
        ),
    )
    consent_to_share = models.BooleanField(
        _("the person agreed that we share their name and contact with this organisation"),
        default=False,
    )
    person_name = models.CharField(_("person's name"), max_length=150, blank=True)
    person_contact = models.CharField(_("person's phone or email"), max_length=160, blank=True)
    consent_recorded_at = models.DateTimeField(
        _("consent recorded at"), null=True, blank=True, editable=False
    )

    outcome = models.CharField(
        _("outcome"), max_length=20, choices=Outcome.choices, default=Outcome.PENDING
    )
    outcome_note = models.CharField(
        _("note on the outcome"),
        max_length=300,
        blank=True,
        help_text=_("Optional. No personal details."),
    )
    outcome_at = models.DateTimeField(_("outcome recorded at"), null=True, blank=True)
    outcome_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("outcome recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-created_at"]

    def __str__(self):
        # Never the person's name: this string ends up in admin logs and messages.
        return f"#{self.pk} · {self.created_at:%Y-%m-%d}" if self.pk else "#"

    @property
    def shares_contact(self):
        return self.consent_to_share and bool(self.person_name or self.person_contact)


class PartnerReferral(Referral):
    """The same referrals, as a partner organisation sees them (its own only; the outcome only)."""

    class Meta:
        proxy = True
        verbose_name = _("referral to my organisation")
        verbose_name_plural = _("referrals to my organisation")
