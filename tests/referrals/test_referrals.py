"""Referrals: staff refer a person or a Tu voz message to a directory provider; the provider's
partner organisation sees only its own referrals and records the outcome; the person's name and
contact travel only with their consent."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from community.models import Feedback, PartnerMembership, PartnerOrganisation, ServiceProvider
from home.roles import setup_roles
from legal_advice import services as advice_services
from legal_advice.models import AdviceRequest
from referrals.models import Referral
from referrals.services import create_referral
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db

NAME = "Carmen Secreta Ortiz"
PHONE = "099 765 4321"


@pytest.fixture
def world(locales, django_user_model):
    setup_roles()
    es = locales["es"]
    organisations = {
        key: PartnerOrganisation.objects.create(locale=es, name=f"Organización {key}")
        for key in ("A", "B")
    }
    providers = {
        key: ServiceProvider.objects.create(
            locale=es,
            name=f"Servicio {key}",
            summary="Ayuda",
            organisation=organisation,
            languages=",es,",
        )
        for key, organisation in organisations.items()
    }

    def user(name, group, organisation=None):
        account = django_user_model.objects.create_user(name, password="pw-123456", is_staff=True)
        account.groups.add(Group.objects.get(name=group))
        if organisation is not None:
            PartnerMembership.objects.create(user=account, organisation=organisation)
        return account

    users = {
        "adviser": user("adviser", "Legal advisers"),
        "coordinator": user("coordinator", "Course coordinators"),
        "partner_a": user("partner-a", "Partners", organisations["A"]),
        "partner_b": user("partner-b", "Partners", organisations["B"]),
        "partner_none": user("partner-none", "Partners"),
    }
    advice_request = advice_services.submit(
        AdviceRequest(
            topic="work",
            preferred_language="es",
            full_name=NAME,
            phone=PHONE,
            preferred_channel="whatsapp",
            description="No me pagaron.",
            share_contact=True,  # agreed on the form that an organisation may get the contact
        ),
        "es",
    )
    return {
        "organisations": organisations,
        "providers": providers,
        "users": users,
        "advice_request": advice_request,
    }


def add(client, **fields):
    data = {
        "provider": "",
        "advice_request": "",
        "feedback": "",
        "need": "",
        "person_name": "",
        "person_contact": "",
    }
    data.update({key: value for key, value in fields.items() if value is not None})
    return client.post(reverse("referrals:add"), data)


def test_contact_details_travel_only_with_consent(client, world):
    login_verified(client, world["users"]["adviser"])
    provider, advice_request = world["providers"]["A"], world["advice_request"]

    # A name typed without the consent box: refused, nothing saved.
    response = add(
        client,
        provider=provider.pk,
        advice_request=advice_request.pk,
        need="Orientación laboral.",
        person_name=NAME,
    )
    assert response.status_code == 200
    assert "solo con su consentimiento" in response.content.decode()
    assert not Referral.objects.exists()

    # Without consent: the referral goes, with no name and no contact.
    assert (
        add(
            client, provider=provider.pk, advice_request=advice_request.pk, need="Sin contacto."
        ).status_code
        == 302
    )
    without = Referral.objects.get(need="Sin contacto.")
    assert without.person_name == without.person_contact == "" and not without.consent_to_share
    assert without.organisation == world["organisations"]["A"]
    assert without.created_by == world["users"]["adviser"]

    # With consent: the name and contact come from the legal advice request.
    assert (
        add(
            client,
            provider=provider.pk,
            advice_request=advice_request.pk,
            need="Con contacto.",
            consent_to_share="on",
        ).status_code
        == 302
    )
    shared = Referral.objects.get(need="Con contacto.")
    advice_request.refresh_from_db()
    assert advice_request.status == "referred"  # the advisers' queue says so
    assert shared.person_name == NAME and PHONE in shared.person_contact
    assert shared.consent_recorded_at is not None

    # The partner reads the contact only on the referral made with consent.
    client.logout()
    login_verified(client, world["users"]["partner_a"])
    page = client.get(reverse("partner_referrals:edit", args=[shared.pk])).content.decode()
    assert NAME in page and PHONE in page
    page = client.get(reverse("partner_referrals:edit", args=[without.pk])).content.decode()
    assert "Sin contacto." in page and NAME not in page and PHONE not in page


def test_a_tu_voz_contact_travels_only_if_the_person_agreed_in_tu_voz(world):
    from django.core.exceptions import ValidationError
    from django.utils import timezone

    kept = Feedback.objects.create(
        language="es",
        message="Necesito ayuda con vivienda.",
        name=NAME,
        contact=PHONE,
        consent_at=timezone.now(),
        share_contact=False,
    )
    # Staff cannot tick "the person agreed" when the person said no in Tu voz.
    with pytest.raises(ValidationError):
        create_referral(
            Referral(
                provider=world["providers"]["B"],
                feedback=kept,
                need="Vivienda.",
                consent_to_share=True,
            ),
            world["users"]["coordinator"],
        )
    referral = create_referral(
        Referral(provider=world["providers"]["B"], feedback=kept, need="Vivienda."),
        world["users"]["coordinator"],
    )
    assert referral.person_name == "" and referral.person_contact == ""
    kept.share_contact = True
    kept.save()
    referral = create_referral(
        Referral(
            provider=world["providers"]["B"],
            feedback=kept,
            need="Vivienda, otra vez.",
            consent_to_share=True,
        ),
        world["users"]["coordinator"],
    )
    assert referral.person_name == NAME and referral.person_contact == PHONE


def test_refer_from_a_legal_advice_request_with_the_consent_the_form_asked(client, world):
    advice_request = world["advice_request"]
    login_verified(client, world["users"]["adviser"])
    page = client.get(reverse("legal_advice_requests:edit", args=[advice_request.pk]))
    refer = f"{reverse('referrals:add')}?advice_request={advice_request.pk}"
    assert f'href="{refer}"' in page.content.decode()  # the "Refer to a provider" action

    form = client.get(refer).context["form"]
    assert form.initial["advice_request"] == advice_request.pk
    assert form.initial["consent_to_share"] is True  # the person agreed on the form
    response = add(
        client,
        provider=world["providers"]["A"].pk,
        advice_request=advice_request.pk,
        need="Orientación laboral.",
        consent_to_share="on",
    )
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert referral.person_name == NAME and PHONE in referral.person_contact
    advice_request.refresh_from_db()
    assert advice_request.status == "referred"

    # A person who did not tick the optional box on the form: their contact does not travel.
    private = advice_services.submit(
        AdviceRequest(
            topic="housing",
            preferred_language="fr",
            full_name="Marie Privée",
            phone="099 000 1111",
            preferred_channel="sms",
            description="Loyer.",
        ),
        "fr",
    )
    refer = f"{reverse('referrals:add')}?advice_request={private.pk}"
    assert client.get(refer).context["form"].initial["consent_to_share"] is False
    response = add(
        client,
        provider=world["providers"]["B"].pk,
        advice_request=private.pk,
        need="Logement.",
        consent_to_share="on",
    )
    assert response.status_code == 200
    assert "did not agree" in response.content.decode() or "no aceptó" in response.content.decode()
    assert not Referral.objects.filter(advice_request=private).exists()
    assert (
        add(
            client, provider=world["providers"]["B"].pk, advice_request=private.pk, need="Logement."
        ).status_code
        == 302
    )
    referral = Referral.objects.get(advice_request=private)
    assert referral.person_name == referral.person_contact == ""


def test_refer_a_tu_voz_message_from_the_triage_list(client, world, django_user_model):
    from django.utils import timezone

    message = Feedback.objects.create(
        language="ht",
        message="Mwen bezwen yon avoka.",
        name=NAME,
        contact=PHONE,
        consent_at=timezone.now(),
        share_contact=True,
    )
    triage = django_user_model.objects.create_user("triage", password="pw-123456")
    triage.groups.add(Group.objects.get(name="Community editors"))
    login_verified(client, triage)
    listing = client.get(reverse("wagtailsnippets_community_feedback:list")).content.decode()
    refer = f"{reverse('referrals:add')}?feedback={message.pk}"
    assert f'href="{refer}"' in listing
    form = client.get(refer).context["form"]
    assert form.initial["feedback"] == message.pk and form.initial["consent_to_share"] is True
    assert (
        add(
            client,
            provider=world["providers"]["B"].pk,
            feedback=message.pk,
            need="Asesoría legal en kreyòl.",
            consent_to_share="on",
        ).status_code
        == 302
    )
    referral = Referral.objects.get(feedback=message)
    assert referral.person_name == NAME and referral.organisation == world["organisations"]["B"]


def test_a_partner_sees_only_its_own_referrals_and_records_the_outcome(client, world):
    mine = create_referral(
        Referral(provider=world["providers"]["A"], need="Necesidad para A."),
        world["users"]["adviser"],
    )
    theirs = create_referral(
        Referral(provider=world["providers"]["B"], need="Necesidad para B."),
        world["users"]["adviser"],
    )
    login_verified(client, world["users"]["partner_a"])
    listing = client.get(reverse("partner_referrals:index")).content.decode()
    assert "Necesidad para A." in listing and "Necesidad para B." not in listing
    # Another organisation's referral does not exist for them (a 404, which Django's locale
    # middleware answers with a redirect to a language-prefixed path that is not the admin).
    response = client.get(reverse("partner_referrals:edit", args=[theirs.pk]))
    assert response.status_code in (302, 404)
    assert "Necesidad para B." not in response.content.decode()
    if response.status_code == 302:
        assert not response.url.startswith("/admin/")
    response = client.post(
        reverse("partner_referrals:edit", args=[theirs.pk]),
        {"outcome": "served", "outcome_note": ""},
    )
    assert response.status_code in (302, 404)
    # The staff list and the outcomes report are not theirs.
    assert client.get(reverse("referrals:index")).status_code in (302, 403)
    assert client.get(reverse("referrals_outcomes")).status_code in (302, 403)

    response = client.post(
        reverse("partner_referrals:edit", args=[mine.pk]),
        {"outcome": "served", "outcome_note": "Atendida el martes."},
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.outcome == "served" and mine.outcome_by == world["users"]["partner_a"]
    assert mine.outcome_at is not None and mine.outcome_note == "Atendida el martes."
    assert theirs.outcome == "pending"

    # A partner user without an organisation sees none.
    client.logout()
    login_verified(client, world["users"]["partner_none"])
    response = client.get(reverse("partner_referrals:index"))
    assert "Necesidad para A." not in response.content.decode()

    # The outcome feeds the staff's indicator.
    client.logout()
    login_verified(client, world["users"]["adviser"])
    report = client.get(reverse("referrals_outcomes")).content.decode()
    assert "Organización A" in report and "Atendida" in report


def test_erasing_a_legal_advice_request_erases_the_contact_its_referrals_carried(world):
    referral = create_referral(
        Referral(
            provider=world["providers"]["A"],
            advice_request=world["advice_request"],
            need="Con contacto.",
            consent_to_share=True,
        ),
        world["users"]["adviser"],
    )
    assert referral.person_name == NAME
    advice_services.erase_person(world["advice_request"])
    referral.refresh_from_db()
    assert referral.person_name == "" and referral.person_contact == ""
    assert referral.personal_data_erased_at is not None
    assert referral.need == "Con contacto." and referral.outcome == "pending"
