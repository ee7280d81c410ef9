"""Demo referrals: one with the person's consent to share their contact, one without, one whose
outcome the organisation recorded (fixed content; running it twice changes nothing)."""

from django.conf import settings

from community.models import ServiceProvider
from legal_advice.models import AdviceRequest

from .models import Referral
from .services import create_referral, record_outcome

DEMO = [
    # (need, advice request reference or None, consent, name, contact, outcome)
    (
        "Necesita orientación sobre el pago de un mes de trabajo que no recibió.",
        "AL-DEMO01",
        True,
        "",
        "",
        Referral.Outcome.CONTACTED,
    ),
    (
        "Busca un lugar donde dormir esta semana para una madre con dos niños.",
        None,
        False,
        "",
        "",
        Referral.Outcome.PENDING,
    ),
]


def seed(command):
    provider = (
        ServiceProvider.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, organisation__isnull=False
        )
        .order_by("pk")
        .first()
    )
    if provider is None:
        command.log("referrals: no directory entry with a partner organisation, skipped")
        return
    for need, reference, consent, name, contact, outcome in DEMO:
        if Referral.objects.filter(need=need).exists():
            continue
        advice_request = (
            AdviceRequest.objects.filter(reference=reference).first() if reference else None
        )
        referral = create_referral(
            Referral(
                provider=provider,
                advice_request=advice_request,
                need=need,
                # the consent the person gave on the form (a database seeded before it was asked
                # has none: the referral then goes without the contact)
                consent_to_share=consent
                and (advice_request is None or advice_request.share_contact),
                person_name=name,
                person_contact=contact,
            ),
            None,
        )
        if outcome != Referral.Outcome.PENDING:
            record_outcome(referral, outcome, "", None)
    command.log(f"referrals: {Referral.objects.count()} referrals to {provider.organisation}")
