"""Demo guide: health care (translated into en, fr, ht). Practical details are generic: sample."""

import datetime

from .common import community_space, constitution, directory

TOPICS = ["salud"]
DATES = {
    "last_reviewed": datetime.date(2026, 10, 15),
    "next_review_due": datetime.date(2027, 4, 15),
}
SAMPLE = True

TEXT = {
    "es": {
        "title": "Ir al médico en la red pública de salud",
        "slug": "atencion-de-salud",
        "summary": "Puedes acudir a un centro de salud público para ti y para tu familia. Tu nacionalidad "
        "o tu situación migratoria no deben ser un motivo para negarte atención.",
        "audience": "Personas migrantes y refugiadas, con o sin papeles, y sus familias.",
        "intro": "<p>La Constitución reconoce a todas las personas el derecho a una vida digna, que incluye "
        "la salud, y el derecho a la igualdad y a la no discriminación. Las personas extranjeras tienen "
        "los mismos derechos que las ecuatorianas.</p>",
        "steps": [
            (
                "Busca el centro de salud más cercano",
                "<p>Pregunta en el Espacio Comunitario o a tus vecinos cuál es el centro de salud público de tu barrio.</p>",
            ),
            (
                "Pide una cita o acude directamente",
                "<p>Pregunta en el centro cómo se piden las citas. Si es una emergencia, ve directamente a un hospital.</p>",
            ),
            (
                "Lleva lo que tengas",
                "<p>Lleva tus documentos si los tienes, y los resultados de exámenes o recetas anteriores.</p>",
            ),
        ],
        "checklist": [
            ("Un documento de identidad", "Si lo tienes."),
            ("Tu carné de vacunas y el de tus hijos", "Si los tienes."),
            ("Recetas y exámenes anteriores", "Ayudan a entender tu historia médica."),
        ],
        "info_title": "Si te niegan la atención",
        "info": "<p>Pide hablar con la persona responsable del centro y cuéntalo en el Espacio Comunitario. Te ayudamos a presentar una queja.</p>",
        "faq": [
            (
                "¿Me pueden pedir papeles para atenderme?",
                "<p>Tu situación migratoria no debe ser un motivo para negarte atención. Si tienes un documento, llévalo; si no lo tienes, pide igualmente que te atiendan.</p>",
            ),
            (
                "¿Cuánto cuesta?",
                "<p>Pregunta siempre en el centro antes de pagar algo. Si alguien que no trabaja en el centro te pide dinero para conseguirte una cita, no pagues.</p>",
            ),
        ],
        "refs": [
            (
                66,
                "Numeral 2: derecho a una vida digna, que asegure la salud. Numeral 4: igualdad y no discriminación.",
            ),
            (
                9,
                "Las personas extranjeras tienen los mismos derechos y deberes que las ecuatorianas.",
            ),
        ],
    },
    "en": {
        "title": "Seeing a doctor in the public health network",
        "slug": "health-care",
        "summary": "You can go to a public health centre for yourself and your family. Your nationality "
        "or immigration status must not be a reason to refuse you care.",
        "audience": "Migrants and refugees, with or without papers, and their families.",
        "intro": "<p>The Constitution recognises everyone's right to a dignified life, which includes "
        "health, and the right to equality and non-discrimination. Foreign nationals have the same "
        "rights as Ecuadorians.</p>",
        "steps": [
            (
                "Find the nearest health centre",
                "<p>Ask at the Community Space or ask your neighbours which public health centre serves your area.</p>",
            ),
            (
                "Ask for an appointment or go directly",
                "<p>Ask at the centre how to book an appointment. In an emergency, go straight to a hospital.</p>",
            ),
            (
                "Bring what you have",
                "<p>Bring your documents if you have them, and earlier test results or prescriptions.</p>",
            ),
        ],
        "checklist": [
            ("An identity document", "If you have one."),
            ("Your and your children's vaccination cards", "If you have them."),
            (
                "Earlier prescriptions and test results",
                "They help to understand your medical history.",
            ),
        ],
        "info_title": "If you are refused care",
        "info": "<p>Ask to speak to the person in charge of the centre and tell us at the Community Space. We will help you make a complaint.</p>",
        "faq": [
            (
                "Can they ask for my papers before treating me?",
                "<p>Your immigration status must not be a reason to refuse you care. If you have a document, bring it; if you do not, still ask to be seen.</p>",
            ),
            (
                "How much does it cost?",
                "<p>Always ask at the centre before paying anything. If someone who does not work at the centre asks you for money to get you an appointment, do not pay.</p>",
            ),
        ],
        "refs": [
            (
                66,
                "Paragraph 2: the right to a dignified life, including health. Paragraph 4: equality and non-discrimination.",
            ),
            (9, "Foreign nationals have the same rights and duties as Ecuadorians."),
        ],
    },
    "fr": {
        "title": "Consulter un médecin dans le réseau public de santé",
        "slug": "soins-de-sante",
        "summary": "Vous pouvez aller dans un centre de santé public pour vous et votre famille. Votre "
        "nationalité ou votre situation migratoire ne doivent pas être une raison de vous refuser des soins.",
        "audience": "Les personnes migrantes et réfugiées, avec ou sans papiers, et leur famille.",
        "intro": "<p>La Constitution reconnaît à toute personne le droit à une vie digne, qui comprend la "
        "santé, et le droit à l'égalité et à la non-discrimination. Les personnes étrangères ont les "
        "mêmes droits que les Équatoriens.</p>",
        "steps": [
            (
                "Trouvez le centre de santé le plus proche",
                "<p>Demandez à l'Espace communautaire ou à vos voisins quel est le centre de santé public de votre quartier.</p>",
            ),
            (
                "Prenez rendez-vous ou présentez-vous directement",
                "<p>Demandez au centre comment prendre rendez-vous. En cas d'urgence, allez directement à l'hôpital.</p>",
            ),
            (
                "Apportez ce que vous avez",
                "<p>Apportez vos documents si vous en avez, ainsi que vos anciens résultats d'examens ou ordonnances.</p>",
            ),
        ],
        "checklist": [
            ("Une pièce d'identité", "Si vous en avez une."),
            ("Votre carnet de vaccination et celui de vos enfants", "Si vous les avez."),
            (
                "Anciennes ordonnances et résultats d'examens",
                "Ils aident à comprendre votre histoire médicale.",
            ),
        ],
        "info_title": "Si on vous refuse des soins",
        "info": "<p>Demandez à parler au responsable du centre et racontez-le à l'Espace communautaire. Nous vous aidons à déposer une plainte.</p>",
        "faq": [
            (
                "Peut-on me demander mes papiers pour me soigner ?",
                "<p>Votre situation migratoire ne doit pas être une raison de vous refuser des soins. Si vous avez un document, apportez-le ; sinon, demandez quand même à être reçu.</p>",
            ),
            (
                "Combien ça coûte ?",
                "<p>Demandez toujours au centre avant de payer quoi que ce soit. Si quelqu'un qui ne travaille pas au centre vous demande de l'argent pour obtenir un rendez-vous, ne payez pas.</p>",
            ),
        ],
        "refs": [
            (
                66,
                "Alinéa 2 : droit à une vie digne, qui assure la santé. Alinéa 4 : égalité et non-discrimination.",
            ),
            (9, "Les personnes étrangères ont les mêmes droits et devoirs que les Équatoriens."),
        ],
    },
    "ht": {
        "title": "Al kay doktè nan rezo sante piblik la",
        "slug": "swen-sante",
        "summary": "Ou ka al nan yon sant sante piblik pou ou menm ak pou fanmi w. Nasyonalite w oswa "
        "sitiyasyon imigrasyon w pa dwe yon rezon pou yo refize ba ou swen.",
        "audience": "Moun ki imigre ak moun ki refijye, avèk oswa san papye, ak fanmi yo.",
        "intro": "<p>Konstitisyon an rekonèt dwa tout moun genyen pou yon lavi diy, sa gen ladan l sante, "
        "ak dwa pou egalite epi pou pa sibi diskriminasyon. Moun etranje gen menm dwa ak moun Ekwatè yo.</p>",
        "steps": [
            (
                "Chèche sant sante ki pi pre w",
                "<p>Mande nan Espas Kominotè a oswa mande vwazen w ki sant sante piblik ki nan katye w.</p>",
            ),
            (
                "Mande yon randevou oswa ale dirèkteman",
                "<p>Mande nan sant lan kijan pou pran randevou. Si se yon ijans, ale dirèkteman lopital.</p>",
            ),
            (
                "Pote sa ou genyen",
                "<p>Pote dokiman w si ou genyen yo, ak rezilta egzamen oswa preskripsyon ou te genyen anvan.</p>",
            ),
        ],
        "checklist": [
            ("Yon pyès idantite", "Si ou genyen youn."),
            ("Kat vaksen pa w ak pa pitit ou yo", "Si ou genyen yo."),
            ("Ansyen preskripsyon ak rezilta egzamen", "Yo ede konprann istwa medikal ou."),
        ],
        "info_title": "Si yo refize ba ou swen",
        "info": "<p>Mande pale ak moun ki responsab sant lan, epi vin rakonte nou sa nan Espas Kominotè a. N ap ede w depoze yon plent.</p>",
        "faq": [
            (
                "Èske yo ka mande m papye anvan yo ban m swen?",
                "<p>Sitiyasyon imigrasyon w pa dwe yon rezon pou yo refize ba ou swen. Si ou gen yon dokiman, pote l; si ou pa genyen, mande yo resevwa w kanmenm.</p>",
            ),
            (
                "Konbyen sa koute?",
                "<p>Toujou mande nan sant lan anvan ou peye anyen. Si yon moun ki pa travay nan sant lan mande w lajan pou l jwenn yon randevou pou ou, pa peye.</p>",
            ),
        ],
        "refs": [
            (
                66,
                "Paragraf 2: dwa pou yon lavi diy, ki garanti sante. Paragraf 4: egalite ak pa gen diskriminasyon.",
            ),
            (9, "Moun etranje gen menm dwa ak menm devwa ak moun Ekwatè yo."),
        ],
    },
}


def build(language, document_id=None):
    t = TEXT[language]
    return {
        "title": t["title"],
        "slug": t["slug"],
        "summary": t["summary"],
        "audience": t["audience"],
        "body": [
            {"type": "paragraph", "value": t["intro"]},
            {
                "type": "steps",
                "value": {"heading": "", "steps": [{"title": a, "text": b} for a, b in t["steps"]]},
            },
            {
                "type": "checklist",
                "value": {
                    "heading": "",
                    "items": [{"document": a, "note": b} for a, b in t["checklist"]],
                    "note": "",
                },
            },
            {
                "type": "callout",
                "value": {"kind": "info", "title": t["info_title"], "text": t["info"]},
            },
            {
                "type": "faq",
                "value": {
                    "heading": "",
                    "questions": [{"question": a, "answer": b} for a, b in t["faq"]],
                },
            },
            {
                "type": "where_to_get_help",
                "value": {
                    "heading": "",
                    "services": directory("Centro de Salud Centro Histórico"),
                    "organisations": [community_space(language)],
                },
            },
        ],
        "legal_basis": [constitution(language, article, summary) for article, summary in t["refs"]],
    }
