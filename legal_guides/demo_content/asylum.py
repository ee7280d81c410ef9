"""Demo guide: asylum and refugee status (translated into en, fr, ht)."""

import datetime

from .common import community_space, constitution, directory, ministry, mobility_law

TOPICS = ["asilo"]
DATES = {"last_reviewed": datetime.date(2026, 11, 2), "next_review_due": datetime.date(2027, 5, 2)}
SAMPLE = False

TEXT = {
    "es": {
        "title": "Pedir asilo o refugio en Ecuador",
        "slug": "asilo-y-refugio",
        "summary": "Si saliste de tu país porque tu vida, tu seguridad o tu libertad estaban en peligro, "
        "puedes pedir protección internacional en Ecuador. Es gratis, y no te pueden castigar "
        "penalmente por haber entrado o estar en el país sin papeles.",
        "audience": "Personas que salieron de su país por persecución, violencia o amenazas y no pueden volver sin correr peligro.",
        "rights_heading": "Tus derechos",
        "rights": "<p>La Constitución del Ecuador reconoce el derecho de asilo y de refugio. El Estado no puede "
        "devolverte a un país donde tu vida, tu libertad, tu seguridad o tu integridad estén en peligro: "
        "es el principio de <b>no devolución</b>.</p><p>Las personas extranjeras tienen en Ecuador los "
        "mismos derechos y deberes que las ecuatorianas, de acuerdo con la Constitución.</p>",
        "steps_heading": "Paso a paso",
        "steps": [
            (
                "Busca orientación gratuita",
                "<p>Antes de presentar tu solicitud, habla con una organización de asesoría legal gratuita o con el Espacio Comunitario. Te ayudan a preparar tu relato.</p>",
            ),
            (
                "Presenta tu solicitud",
                "<p>La solicitud se presenta ante el Ministerio de Relaciones Exteriores y Movilidad Humana. Pregunta en una organización de ayuda qué oficina te queda más cerca y en qué horario atiende.</p>",
            ),
            (
                "Cuenta tu historia",
                "<p>Te harán una entrevista. Explica con tus palabras por qué saliste de tu país y qué te pasaría si vuelves. Si no hablas bien español, pide un intérprete.</p>",
            ),
            (
                "Guarda tus papeles y tus citas",
                "<p>Guarda una copia de todo lo que entregues y anota las fechas de tus citas. Si cambias de dirección o de teléfono, avisa.</p>",
            ),
        ],
        "checklist_heading": "Documentos que te pueden servir",
        "checklist": [
            ("Tu pasaporte o documento de identidad", "Solo si lo tienes."),
            ("Pruebas de lo que te pasó", "Denuncias, fotos, mensajes o noticias, si las tienes."),
            ("Documentos de tus hijas e hijos", "Partidas de nacimiento, si las tienes."),
            ("Un teléfono o una dirección de contacto", "Para que puedan avisarte de tus citas."),
        ],
        "checklist_note": "Si no tienes documentos, pide orientación igual: no tenerlos no te quita tus derechos.",
        "free": "<p>Pedir asilo o refugio es gratis. Nadie puede cobrarte por llenar formularios ni por “agilizar” tu trámite.</p>",
        "warning_title": "No firmes lo que no entiendes",
        "warning": "<p>Si no entiendes un documento, pide que te lo expliquen o que te den un intérprete antes de firmarlo.</p>",
        "faq": [
            (
                "¿Me pueden castigar por haber entrado sin papeles?",
                "<p>La Constitución dice que no se aplicarán sanciones penales a las personas solicitantes de asilo o refugio por haber entrado al país o por permanecer en él en situación irregular.</p>",
            ),
            (
                "¿Me pueden devolver a mi país mientras espero la respuesta?",
                "<p>No. La Constitución garantiza el principio de no devolución: no pueden enviarte a un país donde tu vida, tu libertad, tu seguridad o tu integridad estén en peligro.</p>",
            ),
            (
                "¿Puedo trabajar, estudiar o ir al médico mientras espero?",
                "<p>Las personas extranjeras tienen los mismos derechos que las ecuatorianas, de acuerdo con la Constitución. Pregunta en una organización de ayuda qué documento te sirve para cada trámite.</p>",
            ),
        ],
        "download_title": "Lista para imprimir: qué llevar a tu cita",
        "download_description": "Una hoja con la lista de documentos de esta guía.",
        "refs": [
            (
                41,
                "Reconoce el asilo y el refugio, garantiza la no devolución y prohíbe sanciones penales por entrar o permanecer en situación irregular.",
            ),
            (
                66,
                "Numeral 14: prohíbe devolver o expulsar a una persona extranjera a un país donde su vida, libertad, seguridad o integridad estén en peligro, y prohíbe la expulsión colectiva.",
            ),
            (
                9,
                "Las personas extranjeras tienen los mismos derechos y deberes que las ecuatorianas.",
            ),
        ],
        "law": "Regula la protección internacional en Ecuador.",
    },
    "en": {
        "title": "Asking for asylum or refugee status in Ecuador",
        "slug": "asylum-and-refugee-status",
        "summary": "If you left your country because your life, safety or freedom were in danger, you "
        "can ask for international protection in Ecuador. It is free, and you cannot be criminally "
        "punished for having entered or for staying in the country without papers.",
        "audience": "People who left their country because of persecution, violence or threats and cannot go back without being in danger.",
        "rights_heading": "Your rights",
        "rights": "<p>Ecuador's Constitution recognises the right to asylum and refuge. The State cannot "
        "send you back to a country where your life, freedom, safety or integrity are in danger: this "
        "is the principle of <b>non-refoulement</b>.</p><p>Foreign nationals in Ecuador have the same "
        "rights and duties as Ecuadorians, in accordance with the Constitution.</p>",
        "steps_heading": "Step by step",
        "steps": [
            (
                "Get free advice",
                "<p>Before you apply, talk to a free legal-advice organisation or to the Community Space. They will help you prepare your account.</p>",
            ),
            (
                "Submit your application",
                "<p>You apply to the Ministry of Foreign Affairs and Human Mobility. Ask a support organisation which office is nearest to you and when it is open.</p>",
            ),
            (
                "Tell your story",
                "<p>You will have an interview. Explain in your own words why you left your country and what would happen to you if you went back. If your Spanish is not good, ask for an interpreter.</p>",
            ),
            (
                "Keep your papers and appointments",
                "<p>Keep a copy of everything you hand in and write down the dates of your appointments. If you change address or phone number, tell them.</p>",
            ),
        ],
        "checklist_heading": "Documents that can help",
        "checklist": [
            ("Your passport or identity document", "Only if you have it."),
            (
                "Evidence of what happened to you",
                "Police reports, photos, messages or news, if you have them.",
            ),
            ("Your children's documents", "Birth certificates, if you have them."),
            (
                "A phone number or address where you can be reached",
                "So they can tell you about your appointments.",
            ),
        ],
        "checklist_note": "If you have no documents, ask for advice anyway: not having them does not take away your rights.",
        "free": "<p>Asking for asylum or refugee status is free. No one may charge you for filling in forms or for “speeding up” your case.</p>",
        "warning_title": "Do not sign what you do not understand",
        "warning": "<p>If you do not understand a document, ask for it to be explained or for an interpreter before you sign it.</p>",
        "faq": [
            (
                "Can I be punished for entering without papers?",
                "<p>The Constitution says that asylum seekers and refugees will not face criminal penalties for entering the country or staying in it irregularly.</p>",
            ),
            (
                "Can I be sent back to my country while I wait for the answer?",
                "<p>No. The Constitution guarantees the principle of non-refoulement: you cannot be sent to a country where your life, freedom, safety or integrity are in danger.</p>",
            ),
            (
                "Can I work, study or see a doctor while I wait?",
                "<p>Foreign nationals have the same rights as Ecuadorians, in accordance with the Constitution. Ask a support organisation which document you need for each procedure.</p>",
            ),
        ],
        "download_title": "Printable list: what to bring to your appointment",
        "download_description": "One page with this guide's list of documents.",
        "refs": [
            (
                41,
                "Recognises asylum and refuge, guarantees non-refoulement and forbids criminal penalties for irregular entry or stay.",
            ),
            (
                66,
                "Paragraph 14: forbids returning or expelling a foreign national to a country where their life, freedom, safety or integrity are in danger, and forbids collective expulsion.",
            ),
            (9, "Foreign nationals have the same rights and duties as Ecuadorians."),
        ],
        "law": "Governs international protection in Ecuador.",
    },
    "fr": {
        "title": "Demander l'asile ou le statut de réfugié en Équateur",
        "slug": "asile-et-refuge",
        "summary": "Si vous avez quitté votre pays parce que votre vie, votre sécurité ou votre liberté "
        "étaient en danger, vous pouvez demander une protection internationale en Équateur. C'est "
        "gratuit, et vous ne pouvez pas être puni pénalement pour être entré ou rester dans le pays "
        "sans papiers.",
        "audience": "Les personnes qui ont quitté leur pays à cause de persécutions, de violences ou de menaces et ne peuvent pas y retourner sans danger.",
        "rights_heading": "Vos droits",
        "rights": "<p>La Constitution de l'Équateur reconnaît le droit d'asile et de refuge. L'État ne peut "
        "pas vous renvoyer dans un pays où votre vie, votre liberté, votre sécurité ou votre intégrité "
        "sont en danger : c'est le principe de <b>non-refoulement</b>.</p><p>En Équateur, les personnes "
        "étrangères ont les mêmes droits et devoirs que les Équatoriens, conformément à la Constitution.</p>",
        "steps_heading": "Étape par étape",
        "steps": [
            (
                "Demandez un conseil gratuit",
                "<p>Avant de déposer votre demande, parlez à une organisation d'aide juridique gratuite ou à l'Espace communautaire. Elles vous aident à préparer votre récit.</p>",
            ),
            (
                "Déposez votre demande",
                "<p>La demande se dépose auprès du ministère des Affaires étrangères et de la Mobilité humaine. Demandez à une organisation d'aide quel bureau est le plus proche et à quelles heures il est ouvert.</p>",
            ),
            (
                "Racontez votre histoire",
                "<p>Vous aurez un entretien. Expliquez avec vos mots pourquoi vous avez quitté votre pays et ce qui vous arriverait si vous y retourniez. Si vous ne parlez pas bien espagnol, demandez un interprète.</p>",
            ),
            (
                "Gardez vos papiers et vos rendez-vous",
                "<p>Gardez une copie de tout ce que vous remettez et notez les dates de vos rendez-vous. Si vous changez d'adresse ou de téléphone, prévenez-les.</p>",
            ),
        ],
        "checklist_heading": "Documents utiles",
        "checklist": [
            ("Votre passeport ou pièce d'identité", "Seulement si vous l'avez."),
            (
                "Des preuves de ce qui vous est arrivé",
                "Plaintes, photos, messages ou articles de presse, si vous en avez.",
            ),
            ("Les documents de vos enfants", "Actes de naissance, si vous en avez."),
            (
                "Un téléphone ou une adresse où vous joindre",
                "Pour qu'on puisse vous prévenir de vos rendez-vous.",
            ),
        ],
        "checklist_note": "Si vous n'avez aucun document, demandez quand même conseil : ne pas en avoir ne vous enlève pas vos droits.",
        "free": "<p>Demander l'asile ou le statut de réfugié est gratuit. Personne ne peut vous faire payer pour remplir des formulaires ou pour « accélérer » votre dossier.</p>",
        "warning_title": "Ne signez pas ce que vous ne comprenez pas",
        "warning": "<p>Si vous ne comprenez pas un document, demandez qu'on vous l'explique ou demandez un interprète avant de le signer.</p>",
        "faq": [
            (
                "Puis-je être puni pour être entré sans papiers ?",
                "<p>La Constitution dit que les personnes qui demandent l'asile ou le refuge ne subiront pas de sanctions pénales pour être entrées dans le pays ou y être restées de façon irrégulière.</p>",
            ),
            (
                "Peut-on me renvoyer dans mon pays pendant que j'attends la réponse ?",
                "<p>Non. La Constitution garantit le principe de non-refoulement : on ne peut pas vous envoyer dans un pays où votre vie, votre liberté, votre sécurité ou votre intégrité sont en danger.</p>",
            ),
            (
                "Puis-je travailler, étudier ou voir un médecin pendant l'attente ?",
                "<p>Les personnes étrangères ont les mêmes droits que les Équatoriens, conformément à la Constitution. Demandez à une organisation d'aide quel document vous sert pour chaque démarche.</p>",
            ),
        ],
        "download_title": "Liste à imprimer : quoi apporter à votre rendez-vous",
        "download_description": "Une page avec la liste des documents de ce guide.",
        "refs": [
            (
                41,
                "Reconnaît l'asile et le refuge, garantit le non-refoulement et interdit les sanctions pénales pour entrée ou séjour irréguliers.",
            ),
            (
                66,
                "Alinéa 14 : interdit de renvoyer ou d'expulser une personne étrangère vers un pays où sa vie, sa liberté, sa sécurité ou son intégrité sont en danger, et interdit l'expulsion collective.",
            ),
            (9, "Les personnes étrangères ont les mêmes droits et devoirs que les Équatoriens."),
        ],
        "law": "Régit la protection internationale en Équateur.",
    },
    "ht": {
        "title": "Mande azil oswa estati refijye nan Ekwatè",
        "slug": "azil-ak-refijye",
        "summary": "Si ou te kite peyi w paske lavi w, sekirite w oswa libète w te an danje, ou ka mande "
        "pwoteksyon entènasyonal nan Ekwatè. Sa gratis, epi yo pa ka pini w devan lajistis paske ou "
        "te antre oswa paske ou rete nan peyi a san papye.",
        "audience": "Moun ki te kite peyi yo akoz pèsekisyon, vyolans oswa menas, epi ki pa ka tounen san danje.",
        "rights_heading": "Dwa ou",
        "rights": "<p>Konstitisyon Ekwatè a rekonèt dwa azil ak dwa refij. Leta pa ka voye w tounen nan "
        "yon peyi kote lavi w, libète w, sekirite w oswa entegrite w an danje: se prensip <b>pa voye "
        "moun tounen</b> an.</p><p>Moun etranje nan Ekwatè gen menm dwa ak menm devwa ak moun "
        "Ekwatè yo, dapre Konstitisyon an.</p>",
        "steps_heading": "Etap pa etap",
        "steps": [
            (
                "Chèche konsèy gratis",
                "<p>Anvan ou depoze demann ou, pale ak yon òganizasyon ki bay konsèy legal gratis oswa ak Espas Kominotè a. Y ap ede w prepare istwa w.</p>",
            ),
            (
                "Depoze demann ou",
                "<p>Ou depoze demann lan nan Ministè Relasyon Etranjè ak Mobilite Imen. Mande yon òganizasyon èd ki biwo ki pi pre w ak ki lè li louvri.</p>",
            ),
            (
                "Rakonte istwa w",
                "<p>Y ap fè yon antretyen avè w. Esplike ak pwòp mo pa w poukisa ou te kite peyi w ak sa k ta rive w si ou ta tounen. Si ou pa pale panyòl byen, mande yon entèprèt.</p>",
            ),
            (
                "Kenbe papye w ak randevou w",
                "<p>Kenbe yon kopi tout sa ou bay yo, epi ekri dat randevou w yo. Si ou chanje adrès oswa nimewo telefòn, fè yo konnen.</p>",
            ),
        ],
        "checklist_heading": "Dokiman ki ka itil ou",
        "checklist": [
            ("Paspò w oswa pyès idantite w", "Sèlman si ou genyen l."),
            ("Prèv sa k te rive w", "Plent, foto, mesaj oswa nouvèl, si ou genyen yo."),
            ("Dokiman pitit ou yo", "Batistè oswa ak nesans, si ou genyen yo."),
            (
                "Yon nimewo telefòn oswa yon adrès kote yo ka jwenn ou",
                "Pou yo ka avèti w pou randevou w yo.",
            ),
        ],
        "checklist_note": "Si ou pa gen dokiman, mande konsèy kanmenm: lefèt ou pa genyen yo pa retire dwa w.",
        "free": "<p>Mande azil oswa estati refijye gratis. Pèsonn pa gen dwa fè w peye pou ranpli fòmilè oswa pou “fè dosye w mache pi vit”.</p>",
        "warning_title": "Pa siyen sa ou pa konprann",
        "warning": "<p>Si ou pa konprann yon dokiman, mande pou yo esplike w li oswa pou yo ba ou yon entèprèt anvan ou siyen l.</p>",
        "faq": [
            (
                "Èske yo ka pini m paske m te antre san papye?",
                "<p>Konstitisyon an di yo p ap aplike sanksyon penal sou moun k ap mande azil oswa refij paske yo te antre nan peyi a oswa paske yo rete ladan l san papye.</p>",
            ),
            (
                "Èske yo ka voye m tounen nan peyi m pandan m ap tann repons lan?",
                "<p>Non. Konstitisyon an garanti prensip pa voye moun tounen: yo pa ka voye w nan yon peyi kote lavi w, libète w, sekirite w oswa entegrite w an danje.</p>",
            ),
            (
                "Èske m ka travay, etidye oswa al kay doktè pandan m ap tann?",
                "<p>Moun etranje gen menm dwa ak moun Ekwatè yo, dapre Konstitisyon an. Mande yon òganizasyon èd ki dokiman ou bezwen pou chak demach.</p>",
            ),
        ],
        "download_title": "Lis pou enprime: sa pou pote nan randevou w",
        "download_description": "Yon paj ak lis dokiman ki nan gid sa a.",
        "refs": [
            (
                41,
                "Rekonèt azil ak refij, garanti yo pa voye moun tounen, epi entèdi sanksyon penal paske yon moun antre oswa rete san papye.",
            ),
            (
                66,
                "Paragraf 14: entèdi voye oswa mete deyò yon etranje nan yon peyi kote lavi l, libète l, sekirite l oswa entegrite l an danje, epi entèdi mete yon gwoup moun deyò ansanm.",
            ),
            (9, "Moun etranje gen menm dwa ak menm devwa ak moun Ekwatè yo."),
        ],
        "law": "Li regle pwoteksyon entènasyonal nan Ekwatè.",
    },
}


def build(language, document_id=None):
    t = TEXT[language]
    body = [
        {"type": "heading", "value": t["rights_heading"]},
        {"type": "paragraph", "value": t["rights"]},
        {
            "type": "steps",
            "value": {
                "heading": t["steps_heading"],
                "steps": [{"title": a, "text": b} for a, b in t["steps"]],
            },
        },
        {
            "type": "checklist",
            "value": {
                "heading": t["checklist_heading"],
                "items": [{"document": a, "note": b} for a, b in t["checklist"]],
                "note": t["checklist_note"],
            },
        },
        {"type": "callout", "value": {"kind": "free", "title": "", "text": t["free"]}},
        {
            "type": "callout",
            "value": {"kind": "warning", "title": t["warning_title"], "text": t["warning"]},
        },
        {
            "type": "faq",
            "value": {
                "heading": "",
                "questions": [{"question": a, "answer": b} for a, b in t["faq"]],
            },
        },
    ]
    if document_id:
        body.append(
            {
                "type": "download",
                "value": {
                    "document": document_id,
                    "title": t["download_title"],
                    "description": t["download_description"],
                },
            }
        )
    body.append(
        {
            "type": "where_to_get_help",
            "value": {
                "heading": "",
                "services": directory("ACNUR – Oficina de Quito", "Asesoría legal gratuita FUDELA"),
                "organisations": [community_space(language), ministry(language)],
            },
        }
    )
    return {
        "title": t["title"],
        "slug": t["slug"],
        "summary": t["summary"],
        "audience": t["audience"],
        "body": body,
        "legal_basis": [constitution(language, article, summary) for article, summary in t["refs"]]
        + [mobility_law(language, t["law"])],
    }
