"""Demo guide: reporting discrimination and violence (translated into en, fr, ht)."""

import datetime

from .common import community_space, constitution, directory, organisation

TOPICS = ["discriminacion"]
DATES = {
    "last_reviewed": datetime.date(2026, 11, 10),
    "next_review_due": datetime.date(2027, 5, 10),
}
SAMPLE = False
PROSECUTOR = "https://www.fiscalia.gob.ec/"

TEXT = {
    "es": {
        "title": "Denunciar discriminación o violencia",
        "slug": "denunciar-discriminacion-y-violencia",
        "summary": "Nadie puede tratarte peor por ser migrante, por tu nacionalidad o por no tener papeles. "
        "Si te discriminan o te agreden, puedes pedir ayuda y presentar una queja o una denuncia, gratis.",
        "audience": "Cualquier persona que haya sufrido discriminación, maltrato o violencia, o que la haya visto.",
        "danger_title": "Si estás en peligro ahora, llama al 911",
        "danger": "<p>La llamada es gratuita. Di dónde estás y qué está pasando.</p>",
        "intro_heading": "Lo que dice la ley",
        "intro": "<p>La Constitución dice que ningún ser humano será identificado ni considerado ilegal por su "
        "condición migratoria. Reconoce a todas las personas el derecho a la igualdad, a la no "
        "discriminación y a una vida libre de violencia, en el ámbito público y en el privado.</p>",
        "steps": [
            (
                "Ponte a salvo",
                "<p>Si estás en peligro, llama al 911. Busca un lugar seguro y, si puedes, a alguien de confianza.</p>",
            ),
            (
                "Anota lo que pasó",
                "<p>Escribe la fecha, la hora, el lugar y lo que pasó. Guarda fotos, mensajes o audios, y los datos de testigos que acepten ayudarte.</p>",
            ),
            (
                "Presenta una queja o una denuncia",
                "<p>Si una institución o un servicio te discriminó, puedes presentar una queja en la Defensoría del Pueblo. Si te agredieron o amenazaron, puedes denunciarlo en la Fiscalía.</p>",
            ),
            (
                "Pide acompañamiento",
                "<p>No tienes que hacerlo sola o solo. En el Espacio Comunitario te acompañamos y te ponemos en contacto con asesoría legal gratuita.</p>",
            ),
        ],
        "checklist": [
            ("Tu relato por escrito", "Fecha, hora, lugar y qué pasó."),
            ("Fotos, mensajes o audios", "Si los tienes."),
            ("Nombres o teléfonos de testigos", "Solo si aceptan ayudarte."),
            ("Un documento de identidad", "Si lo tienes."),
        ],
        "free": "<p>Presentar una queja o una denuncia es gratis. Nadie puede cobrarte por hacerlo.</p>",
        "faq": [
            (
                "¿Qué es discriminación?",
                "<p>Es tratarte peor o negarte un servicio por tu nacionalidad, tu color de piel, tu forma de hablar, tu situación migratoria u otra condición. La Constitución reconoce el derecho a la igualdad y a la no discriminación.</p>",
            ),
            (
                "¿Puedo pedir ayuda si la violencia ocurre en mi casa?",
                "<p>Sí. La Constitución reconoce el derecho a una vida libre de violencia también en el ámbito privado. Si estás en peligro, llama al 911, y busca acompañamiento en el Espacio Comunitario.</p>",
            ),
        ],
        "prosecutor": {
            "name": "Fiscalía General del Estado",
            "description": "Recibe denuncias de delitos, como agresiones y amenazas.",
        },
        "refs": [
            (
                40,
                "Reconoce el derecho a migrar: ningún ser humano será identificado ni considerado ilegal por su condición migratoria.",
            ),
            (
                66,
                "Numeral 3: integridad personal y vida libre de violencia. Numeral 4: igualdad y no discriminación.",
            ),
            (
                9,
                "Las personas extranjeras tienen los mismos derechos y deberes que las ecuatorianas.",
            ),
        ],
    },
    "en": {
        "title": "Reporting discrimination or violence",
        "slug": "reporting-discrimination-and-violence",
        "summary": "No one may treat you worse because you are a migrant, because of your nationality or "
        "because you have no papers. If you suffer discrimination or violence, you can ask for help and "
        "make a complaint or a report, for free.",
        "audience": "Anyone who has suffered or witnessed discrimination, ill-treatment or violence.",
        "danger_title": "If you are in danger now, call 911",
        "danger": "<p>The call is free. Say where you are and what is happening.</p>",
        "intro_heading": "What the law says",
        "intro": "<p>The Constitution says that no human being shall be identified or considered illegal "
        "because of their immigration status. It recognises everyone's right to equality, to "
        "non-discrimination and to a life free of violence, in public and in private.</p>",
        "steps": [
            (
                "Get safe",
                "<p>If you are in danger, call 911. Go somewhere safe and, if you can, to someone you trust.</p>",
            ),
            (
                "Write down what happened",
                "<p>Write down the date, time, place and what happened. Keep photos, messages or voice notes, and the details of witnesses who agree to help you.</p>",
            ),
            (
                "Make a complaint or a report",
                "<p>If an institution or a service discriminated against you, you can complain to the Ombudsman's Office (Defensoría del Pueblo). If you were attacked or threatened, you can report it to the Prosecutor's Office (Fiscalía).</p>",
            ),
            (
                "Ask someone to go with you",
                "<p>You do not have to do it alone. At the Community Space we will support you and put you in touch with free legal advice.</p>",
            ),
        ],
        "checklist": [
            ("Your written account", "Date, time, place and what happened."),
            ("Photos, messages or voice notes", "If you have them."),
            ("Names or phone numbers of witnesses", "Only if they agree to help you."),
            ("An identity document", "If you have one."),
        ],
        "free": "<p>Making a complaint or a report is free. No one may charge you for it.</p>",
        "faq": [
            (
                "What is discrimination?",
                "<p>It is treating you worse or refusing you a service because of your nationality, skin colour, accent, immigration status or another condition. The Constitution recognises the right to equality and non-discrimination.</p>",
            ),
            (
                "Can I ask for help if the violence happens at home?",
                "<p>Yes. The Constitution recognises the right to a life free of violence in private too. If you are in danger, call 911, and get support at the Community Space.</p>",
            ),
        ],
        "prosecutor": {
            "name": "Prosecutor's Office (Fiscalía General del Estado)",
            "description": "Receives reports of crimes, such as assaults and threats.",
        },
        "refs": [
            (
                40,
                "Recognises the right to migrate: no human being shall be identified or considered illegal because of their immigration status.",
            ),
            (
                66,
                "Paragraph 3: personal integrity and a life free of violence. Paragraph 4: equality and non-discrimination.",
            ),
            (9, "Foreign nationals have the same rights and duties as Ecuadorians."),
        ],
    },
    "fr": {
        "title": "Signaler une discrimination ou une violence",
        "slug": "signaler-discrimination-et-violence",
        "summary": "Personne ne peut vous traiter moins bien parce que vous êtes migrant, à cause de votre "
        "nationalité ou parce que vous n'avez pas de papiers. Si vous subissez une discrimination ou une "
        "violence, vous pouvez demander de l'aide et déposer une plainte, gratuitement.",
        "audience": "Toute personne qui a subi ou vu une discrimination, des mauvais traitements ou des violences.",
        "danger_title": "Si vous êtes en danger maintenant, appelez le 911",
        "danger": "<p>L'appel est gratuit. Dites où vous êtes et ce qui se passe.</p>",
        "intro_heading": "Ce que dit la loi",
        "intro": "<p>La Constitution dit qu'aucun être humain ne sera identifié ni considéré comme illégal "
        "en raison de sa situation migratoire. Elle reconnaît à toute personne le droit à l'égalité, à "
        "la non-discrimination et à une vie sans violence, dans l'espace public comme dans la vie privée.</p>",
        "steps": [
            (
                "Mettez-vous en sécurité",
                "<p>Si vous êtes en danger, appelez le 911. Allez dans un lieu sûr et, si vous le pouvez, auprès d'une personne de confiance.</p>",
            ),
            (
                "Notez ce qui s'est passé",
                "<p>Écrivez la date, l'heure, le lieu et ce qui s'est passé. Gardez les photos, messages ou audios, et les coordonnées des témoins qui acceptent de vous aider.</p>",
            ),
            (
                "Déposez une plainte ou un signalement",
                "<p>Si une institution ou un service vous a discriminé, vous pouvez saisir le Défenseur du peuple (Defensoría del Pueblo). Si vous avez été agressé ou menacé, vous pouvez porter plainte auprès du parquet (Fiscalía).</p>",
            ),
            (
                "Faites-vous accompagner",
                "<p>Vous n'êtes pas obligé de le faire seul. À l'Espace communautaire, nous vous accompagnons et vous mettons en contact avec une aide juridique gratuite.</p>",
            ),
        ],
        "checklist": [
            ("Votre récit par écrit", "Date, heure, lieu et ce qui s'est passé."),
            ("Photos, messages ou audios", "Si vous en avez."),
            ("Noms ou téléphones des témoins", "Seulement s'ils acceptent de vous aider."),
            ("Une pièce d'identité", "Si vous en avez une."),
        ],
        "free": "<p>Déposer une plainte ou un signalement est gratuit. Personne ne peut vous faire payer pour cela.</p>",
        "faq": [
            (
                "Qu'est-ce qu'une discrimination ?",
                "<p>C'est vous traiter moins bien ou vous refuser un service à cause de votre nationalité, de votre couleur de peau, de votre accent, de votre situation migratoire ou d'une autre condition. La Constitution reconnaît le droit à l'égalité et à la non-discrimination.</p>",
            ),
            (
                "Puis-je demander de l'aide si la violence a lieu chez moi ?",
                "<p>Oui. La Constitution reconnaît le droit à une vie sans violence aussi dans la vie privée. Si vous êtes en danger, appelez le 911, et faites-vous accompagner à l'Espace communautaire.</p>",
            ),
        ],
        "prosecutor": {
            "name": "Parquet général de l'État (Fiscalía General del Estado)",
            "description": "Reçoit les plaintes pour délits, comme les agressions et les menaces.",
        },
        "refs": [
            (
                40,
                "Reconnaît le droit de migrer : aucun être humain ne sera identifié ni considéré comme illégal en raison de sa situation migratoire.",
            ),
            (
                66,
                "Alinéa 3 : intégrité personnelle et vie sans violence. Alinéa 4 : égalité et non-discrimination.",
            ),
            (9, "Les personnes étrangères ont les mêmes droits et devoirs que les Équatoriens."),
        ],
    },
    "ht": {
        "title": "Denonse diskriminasyon oswa vyolans",
        "slug": "denonse-diskriminasyon-ak-vyolans",
        "summary": "Pèsonn pa gen dwa trete w pi mal paske ou se imigran, akoz nasyonalite w oswa paske ou "
        "pa gen papye. Si yo fè w diskriminasyon oswa vyolans, ou ka mande èd epi depoze yon plent, gratis.",
        "audience": "Nenpòt moun ki te sibi oswa ki te wè diskriminasyon, move tretman oswa vyolans.",
        "danger_title": "Si ou an danje kounye a, rele 911",
        "danger": "<p>Apèl la gratis. Di ki kote ou ye ak sa k ap pase.</p>",
        "intro_heading": "Sa lalwa di",
        "intro": "<p>Konstitisyon an di pa gen okenn moun yo dwe idantifye oswa konsidere kòm ilegal akoz "
        "sitiyasyon imigrasyon li. Li rekonèt dwa tout moun pou egalite, pou pa sibi diskriminasyon, "
        "epi pou yon lavi san vyolans, ni nan lari ni lakay.</p>",
        "steps": [
            (
                "Mete tèt ou an sekirite",
                "<p>Si ou an danje, rele 911. Ale yon kote ki an sekirite epi, si ou kapab, bò kote yon moun ou fè konfyans.</p>",
            ),
            (
                "Ekri sa k te pase",
                "<p>Ekri dat la, lè a, kote a ak sa k te pase. Kenbe foto, mesaj oswa odyo, ak enfòmasyon temwen ki dakò ede w.</p>",
            ),
            (
                "Depoze yon plent",
                "<p>Si yon enstitisyon oswa yon sèvis te fè w diskriminasyon, ou ka depoze yon plent nan Biwo Defansè Pèp la (Defensoría del Pueblo). Si yo te atake w oswa menase w, ou ka denonse sa nan Pakè a (Fiscalía).</p>",
            ),
            (
                "Mande yon moun akonpaye w",
                "<p>Ou pa oblije fè l pou kont ou. Nan Espas Kominotè a n ap akonpaye w epi n ap mete w an kontak ak konsèy legal gratis.</p>",
            ),
        ],
        "checklist": [
            ("Istwa w ekri sou papye", "Dat, lè, kote ak sa k te pase."),
            ("Foto, mesaj oswa odyo", "Si ou genyen yo."),
            ("Non oswa nimewo telefòn temwen yo", "Sèlman si yo dakò ede w."),
            ("Yon pyès idantite", "Si ou genyen youn."),
        ],
        "free": "<p>Depoze yon plent gratis. Pèsonn pa gen dwa fè w peye pou sa.</p>",
        "faq": [
            (
                "Kisa diskriminasyon ye?",
                "<p>Se lè yo trete w pi mal oswa yo refize w yon sèvis akoz nasyonalite w, koulè po w, fason ou pale, sitiyasyon imigrasyon w oswa yon lòt kondisyon. Konstitisyon an rekonèt dwa pou egalite ak pou pa sibi diskriminasyon.</p>",
            ),
            (
                "Èske m ka mande èd si vyolans lan rive lakay mwen?",
                "<p>Wi. Konstitisyon an rekonèt dwa pou yon lavi san vyolans lakay tou. Si ou an danje, rele 911, epi chèche akonpayman nan Espas Kominotè a.</p>",
            ),
        ],
        "prosecutor": {
            "name": "Pakè Jeneral Leta a (Fiscalía General del Estado)",
            "description": "Li resevwa denonsyasyon pou krim, tankou atak ak menas.",
        },
        "refs": [
            (
                40,
                "Rekonèt dwa pou imigre: pa gen okenn moun yo dwe idantifye oswa konsidere kòm ilegal akoz sitiyasyon imigrasyon li.",
            ),
            (
                66,
                "Paragraf 3: entegrite moun ak yon lavi san vyolans. Paragraf 4: egalite ak pa gen diskriminasyon.",
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
            {
                "type": "callout",
                "value": {"kind": "warning", "title": t["danger_title"], "text": t["danger"]},
            },
            {"type": "heading", "value": t["intro_heading"]},
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
            {"type": "callout", "value": {"kind": "free", "title": "", "text": t["free"]}},
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
                    "services": directory("Defensoría del Pueblo"),
                    "organisations": [
                        community_space(language),
                        organisation(t["prosecutor"], website=PROSECUTOR),
                    ],
                },
            },
        ],
        "legal_basis": [constitution(language, article, summary) for article, summary in t["refs"]],
    }
