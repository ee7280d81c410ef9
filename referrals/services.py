"""Referral rules: who the referral goes to, what travels with it, and the partner's outcome."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from legal_advice import services as advice_services
from legal_advice.status import can_change

from .models import Referral
from .outcome import RECORDED_OUTCOMES

ERASED = {"person_name": "", "person_contact": ""}


def canonical_organisation(provider):
    """The provider's organisation in the source language (memberships point there), or None."""
    organisation = provider.organisation
    if organisation is None:
        return None
    source = (
        type(organisation)
        .objects.filter(
            translation_key=organisation.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .first()
    )
    return source or organisation


def source_consents(referral):
    """Whether the person behind the referral's source agreed that their name and contact go to
    an organisation they are referred to: on the legal advice form, or in their Tu voz message.
    None when the referral has no source (staff record the consent of the person in front of
    them)."""
    advice_request = referral.advice_request
    if advice_request is not None:
        return bool(advice_request.share_contact) and not advice_request.is_erased
    feedback = referral.feedback
    if feedback is not None:
        return bool(feedback.consent_at and feedback.share_contact)
    return None


def source_contact(referral):
    """(name, contact) of the person behind the referral's source, if they agreed, or ("", "")."""
    if not source_consents(referral):
        return "", ""
    if referral.advice_request is not None:
        return referral.advice_request.full_name, referral.advice_request.contact
    return referral.feedback.name, referral.feedback.contact


def check_contact(referral):
    """Contact details travel only with consent. Raises ValidationError (by field) otherwise."""
    if referral.advice_request_id and referral.feedback_id:
        raise ValidationError(
            {"feedback": _("Refer from a legal advice request or from a Tu voz message, not both.")}
        )
    if referral.consent_to_share and source_consents(referral) is False:
        raise ValidationError(
            {
                "consent_to_share": _(
                    "This person did not agree that we give their name and contact to another "
                    "organisation: leave the consent box empty and stay the go-between."
                )
            }
        )
    if not referral.consent_to_share and (referral.person_name or referral.person_contact):
        raise ValidationError(
            {
                "person_contact": _(
                    "The person's name and contact go to the organisation only with their "
                    "consent: tick the consent box, or leave these fields empty."
                )
            }
        )


def create_referral(referral, user):
    """Save a new referral made by `user` (unsaved, from the staff form).

    Without consent, no name or contact is stored on the referral. With consent, the name and
    contact the staff typed are kept, or else copied from the legal advice request or the Tu
    voz message it comes from.
    """
    check_contact(referral)
    if referral.consent_to_share:
        name, contact = source_contact(referral)
        referral.person_name = referral.person_name or name
        referral.person_contact = referral.person_contact or contact
        referral.consent_recorded_at = timezone.now()
    else:
        referral.person_name = referral.person_contact = ""
        referral.consent_recorded_at = None
    referral.organisation = canonical_organisation(referral.provider)
    referral.created_by = user if getattr(user, "is_authenticated", False) else None
    referral.created_at = timezone.now()
    with transaction.atomic():
        referral.save()
        mark_advice_request_referred(referral.advice_request)
    return referral


def mark_advice_request_referred(advice_request):
    """A legal advice request referred to a provider shows as "referred" in the advisers' queue
    (when its status table allows it: a closed request stays closed)."""
    if advice_request is None or advice_request.is_erased:
        return
    status = advice_request.Status.REFERRED
    if advice_request.status != status and can_change(advice_request.status, status):
        advice_services.change_status(advice_request, status)


def record_outcome(referral, outcome, note, user):
    """The partner (or staff) records what became of the referral."""
    if outcome not in RECORDED_OUTCOMES:
        raise ValueError(f"not an outcome a partner records: {outcome!r}")
    with transaction.atomic():
        Referral.objects.filter(pk=referral.pk).update(
            outcome=outcome,
            outcome_note=note,
            outcome_at=timezone.now(),
            outcome_by=user if getattr(user, "is_authenticated", False) else None,
        )
    referral.refresh_from_db()
    return referral


def anonymise(queryset):
    return queryset.filter(personal_data_erased_at__isnull=True).update(
        **ERASED, personal_data_erased_at=timezone.now()
    )


def erase_for_advice_request(sender, advice_request, **kwargs):
    """Receiver of legal_advice's `personal_data_erased`: the referrals' copy goes too."""
    anonymise(Referral.objects.filter(advice_request=advice_request))


def due_for_purge(now=None):
    """Referrals made more than REFERRAL_RETENTION_DAYS ago that still carry a name or contact."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.REFERRAL_RETENTION_DAYS)
    return Referral.objects.filter(created_at__lt=cutoff, personal_data_erased_at__isnull=True)


def outcome_counts(queryset=None):
    """The indicator: how many referrals ended in each outcome (anonymous figures)."""
    queryset = Referral.objects.all() if queryset is None else queryset
    rows = queryset.order_by().values("outcome").annotate(total=Count("pk"))
    return {row["outcome"]: row["total"] for row in rows}
