"""Demo content: the "Ask for legal advice" page in four languages, a few requests in the Legal
advisers' queue and referrals to the directory (fixed content; running it twice changes nothing).

The people in the requests are invented; nothing here states a law, a fee or a deadline.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from home.demo import child_page, ensure_locales, translate_all
from home.models import HomePage

from .models import AdviceRequest, LegalAdvicePage, Notification
from .status import RequestStatus

TARGETS = ("en", "fr", "ht")

PAGE = {
    "es": {
        "title": "Pide asesoría legal",
        "slug": "asesoria-legal",
        "intro": "<p>Los asesores legales del Municipio te atienden gratis y en confianza. Cuéntanos "
        "en pocas palabras sobre qué necesitas asesoría y cómo prefieres que te contactemos: te "
        "ofreceremos una cita.</p>",
    },
    "en": {
        "title": "Ask for legal advice",
        "slug": "legal-advice",
        "intro": "<p>The city's legal advisers see you for free and in confidence. Tell us in a few "
        "words what you need advice about and how you would like us to contact you: we will offer "
        "you an appointment.</p>",
    },
    "fr": {
        "title": "Demander un conseil juridique",
        "slug": "conseil-juridique",
        "intro": "<p>Les conseillers juridiques de la Municipalité vous reçoivent gratuitement et en "
        "toute confidentialité. Dites-nous en quelques mots sur quoi vous avez besoin de conseils "
        "et comment vous préférez être contacté : nous vous proposerons un rendez-vous.</p>",
    },
    "ht": {
        "title": "Mande yon konsèy legal",
        "slug": "konsey-legal",
        "intro": "<p>Konseye legal Minisipalite a resevwa ou gratis, an konfyans. Di nou an kèk mo "
        "sou kisa ou bezwen konsèy ak kijan ou pito nou kontakte ou: n ap ba ou yon randevou.</p>",
    },
}

# (reference, status, topic, language, name, phone, email, channel, description, days ago)
REQUESTS = [
    (
        "AL-DEMO01",
        RequestStatus.NEW,
        AdviceRequest.Topic.WORK,
        "es",
        "María Fernanda Rojas",
        "099 555 0101",
        "",
        "whatsapp",
        "Trabajé dos meses en un restaurante y no me pagaron el último mes. ¿Qué puedo hacer?",
        1,
    ),
    (
        "AL-DEMO02",
        RequestStatus.NEW,
        AdviceRequest.Topic.HOUSING,
        "ht",
        "Jean Baptiste Pierre",
        "",
        "jean.demo@example.org",
        "email",
        "Pwopriyetè a vle mete m deyò san avètisman. Kisa m ka fè?",
        2,
    ),
    (
        "AL-DEMO03",
        RequestStatus.APPOINTMENT_OFFERED,
        AdviceRequest.Topic.FAMILY,
        "es",
        "Luis Alberto Pérez",
        "098 555 0202",
        "",
        "call",
        "Quiero inscribir a mi hija en la escuela y me piden papeles que no tengo.",
        5,
    ),
]


# Agreed on the form that a referral may carry their name and contact (referrals/demo.py refers it).
SHARES_CONTACT = {"AL-DEMO01"}
# Gave only a phone and no message channel reached them: on the advisers' call list.
TO_CALL = {"AL-DEMO03": Notification.Kind.APPOINTMENT}


def seed(command):
    locales = ensure_locales()
    home = HomePage.objects.filter(locale=locales["es"]).first()
    if home is None:
        command.log("legal advice: no Spanish home page, skipped")
        return
    fields = {key: value for key, value in PAGE["es"].items() if key != "slug"}
    page = child_page(home, LegalAdvicePage, PAGE["es"]["slug"], **fields)
    translate_all(page, {code: PAGE[code] for code in TARGETS})
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    for reference, status, topic, language, name, phone, email, channel, text, days in REQUESTS:
        received = now - datetime.timedelta(days=days)
        AdviceRequest.objects.get_or_create(
            reference=reference,
            defaults={
                "status": status,
                "topic": topic,
                "language": language,
                "preferred_language": language,
                "full_name": name,
                "phone": phone,
                "email": email,
                "preferred_channel": channel,
                "description": text,
                "share_contact": reference in SHARES_CONTACT,
                "created_at": received,
                "status_changed_at": received,
                "consent_at": received,
                "privacy_notice_version": settings.PRIVACY_NOTICE_VERSION,
                "appointment_at": now + datetime.timedelta(days=3)
                if status == RequestStatus.APPOINTMENT_OFFERED
                else None,
                "appointment_place": "Centro comunitario, oficina de asesoría legal"
                if status == RequestStatus.APPOINTMENT_OFFERED
                else "",
            },
        )
    for reference, kind in TO_CALL.items():
        Notification.objects.get_or_create(
            request=AdviceRequest.objects.get(reference=reference),
            kind=kind,
            channel=Notification.Channel.CALL,
        )
    command.log(
        f"legal advice: page in {1 + len(TARGETS)} languages, "
        f"{AdviceRequest.objects.filter(reference__startswith='AL-DEMO').count()} demo requests"
    )
