"""Texts shared by the demo guides: the index page, the reviewers and the legal references.

Legal facts come only from texts we are sure of: the Constitution of Ecuador (2008), articles 9,
40, 41 and 66, and the Ley Orgánica de Movilidad Humana (2017) and its regulation, cited without
article numbers where we are not certain of them. Everything practical is written generically,
and guides that rely on it carry the "sample content" flag.
"""

import uuid

ASSEMBLY = "https://www.asambleanacional.gob.ec/"
FOREIGN_MINISTRY = "https://www.cancilleria.gob.ec/"
OMBUDSMAN = "https://www.dpe.gob.ec/"

INDEX = {
    "es": {
        "title": "Guías legales",
        "slug": "guias",
        "intro": "<p>Guías en lenguaje sencillo sobre tus derechos y los trámites más comunes. Cada "
        "guía dice cuándo fue revisada por última vez. Si tienes dudas, pide ayuda gratuita: "
        "nadie puede cobrarte por informarte.</p>",
    },
    "en": {
        "title": "Legal guides",
        "slug": "guides",
        "intro": "<p>Plain-language guides to your rights and the most common procedures. Each "
        "guide says when it was last checked. If you are unsure, ask for free help: no one may "
        "charge you for information.</p>",
    },
    "fr": {
        "title": "Guides juridiques",
        "slug": "guides-juridiques",
        "intro": "<p>Des guides en langage simple sur vos droits et les démarches les plus "
        "courantes. Chaque guide indique la date de sa dernière vérification. En cas de doute, "
        "demandez une aide gratuite : personne ne peut vous faire payer pour vous informer.</p>",
    },
    "ht": {
        "title": "Gid legal",
        "slug": "gid-legal",
        "intro": "<p>Gid nan lang senp sou dwa ou ak demach yo fè pi souvan. Chak gid di ki lè "
        "yo te verifye l dènye fwa. Si ou gen dout, mande èd gratis: pèsonn pa gen dwa fè w peye "
        "pou yo enfòme w.</p>",
    },
}

REVIEWED_BY = {
    "es": "Equipo jurídico de la Unidad de Movilidad Humana",
    "en": "Legal team, Human Mobility Unit",
    "fr": "Équipe juridique de l'Unité de mobilité humaine",
    "ht": "Ekip jiridik Inite Mobilite Imen",
}

COMMUNITY_SPACE = {
    "es": {
        "name": "Espacio Comunitario de Movilidad Humana",
        "description": "Orientación gratuita y derivación a servicios legales, en persona.",
        "address": "Av. 24 de Mayo y García Moreno, Centro Histórico, Quito",
        "opening_hours": "Lunes a viernes, 08:30 a 17:00",
    },
    "en": {
        "name": "Human Mobility Community Space",
        "description": "Free guidance in person, and referral to legal services.",
        "address": "Av. 24 de Mayo and García Moreno, Historic Centre, Quito",
        "opening_hours": "Monday to Friday, 8:30 am to 5:00 pm",
    },
    "fr": {
        "name": "Espace communautaire de mobilité humaine",
        "description": "Orientation gratuite en personne et orientation vers des services juridiques.",
        "address": "Av. 24 de Mayo et García Moreno, centre historique, Quito",
        "opening_hours": "Du lundi au vendredi, de 8 h 30 à 17 h",
    },
    "ht": {
        "name": "Espas Kominotè Mobilite Imen",
        "description": "Oryantasyon gratis an pèsòn, epi nou voye w bò kote sèvis legal yo.",
        "address": "Av. 24 de Mayo ak García Moreno, Sant Istorik, Quito",
        "opening_hours": "Lendi rive vandredi, 8:30 a.m. rive 5:00 p.m.",
    },
}
# Synchronised (not translated): the same numbers in every language. Same demo numbers as the
# site footer (home.demo_content), not real ones.
COMMUNITY_SPACE_CONTACT = {"phone": "+593 2 398 9000", "whatsapp": "593 99 000 0000"}

OMBUDSMAN_ORG = {
    "es": {
        "name": "Defensoría del Pueblo de Ecuador",
        "description": "Institución pública que protege los derechos humanos. Puedes presentar una queja gratis.",
    },
    "en": {
        "name": "Ombudsman's Office of Ecuador (Defensoría del Pueblo)",
        "description": "The public body that protects human rights. You can file a complaint for free.",
    },
    "fr": {
        "name": "Défenseur du peuple de l'Équateur (Defensoría del Pueblo)",
        "description": "L'institution publique qui protège les droits humains. Vous pouvez déposer une plainte gratuitement.",
    },
    "ht": {
        "name": "Biwo Defansè Pèp la nan Ekwatè (Defensoría del Pueblo)",
        "description": "Enstitisyon piblik ki pwoteje dwa moun. Ou ka depoze yon plent gratis.",
    },
}

MINISTRY_ORG = {
    "es": {
        "name": "Ministerio de Relaciones Exteriores y Movilidad Humana",
        "description": "Autoridad que recibe y decide las solicitudes de protección internacional y de visas.",
    },
    "en": {
        "name": "Ministry of Foreign Affairs and Human Mobility",
        "description": "The authority that receives and decides applications for international protection and for visas.",
    },
    "fr": {
        "name": "Ministère des Affaires étrangères et de la Mobilité humaine",
        "description": "L'autorité qui reçoit et tranche les demandes de protection internationale et de visa.",
    },
    "ht": {
        "name": "Ministè Relasyon Etranjè ak Mobilite Imen",
        "description": "Otorite ki resevwa epi deside demann pwoteksyon entènasyonal ak demann viza.",
    },
}


def constitution(language, article, summary):
    names = {
        "es": "Constitución de la República del Ecuador (2008)",
        "en": "Constitution of the Republic of Ecuador (2008)",
        "fr": "Constitution de la République de l'Équateur (2008)",
        "ht": "Konstitisyon Repiblik Ekwatè a (2008)",
    }
    articles = {"es": "art. {}", "en": "art. {}", "fr": "art. {}", "ht": "atik {}"}
    return {
        "type": "reference",
        "value": {
            "instrument": names[language],
            "article": articles[language].format(article),
            "summary": summary,
            "url": ASSEMBLY,
        },
    }


def mobility_law(language, summary):
    names = {
        "es": "Ley Orgánica de Movilidad Humana (2017)",
        "en": "Organic Law on Human Mobility (Ley Orgánica de Movilidad Humana, 2017)",
        "fr": "Loi organique sur la mobilité humaine (Ley Orgánica de Movilidad Humana, 2017)",
        "ht": "Lwa Òganik sou Mobilite Imen (Ley Orgánica de Movilidad Humana, 2017)",
    }
    articles = {
        "es": "texto completo",
        "en": "full text",
        "fr": "texte intégral",
        "ht": "tout tèks la",
    }
    return {
        "type": "reference",
        "value": {
            "instrument": names[language],
            "article": articles[language],
            "summary": summary,
            "url": ASSEMBLY,
        },
    }


def mobility_regulation(language, summary):
    names = {
        "es": "Reglamento a la Ley Orgánica de Movilidad Humana",
        "en": "Regulation of the Organic Law on Human Mobility",
        "fr": "Règlement d'application de la Loi organique sur la mobilité humaine",
        "ht": "Règleman Lwa Òganik sou Mobilite Imen an",
    }
    articles = {
        "es": "texto completo",
        "en": "full text",
        "fr": "texte intégral",
        "ht": "tout tèks la",
    }
    return {
        "type": "reference",
        "value": {
            "instrument": names[language],
            "article": articles[language],
            "summary": summary,
            "url": FOREIGN_MINISTRY,
        },
    }


def organisation(fields, website="", phone="", whatsapp="", address="", opening_hours=""):
    return {
        "name": fields["name"],
        "description": fields.get("description", ""),
        "address": fields.get("address", address),
        "phone": phone,
        "whatsapp": whatsapp,
        "opening_hours": fields.get("opening_hours", opening_hours),
        "website": website,
        "free_of_charge": True,
    }


def directory(*spanish_names):
    """Spanish services-directory entries by name (the community demo is seeded first).

    wagtail-localize swaps them for their translation on each translated guide.
    """
    from community.models import ServiceProvider

    found = dict(
        ServiceProvider.objects.filter(
            locale__language_code="es", name__in=spanish_names
        ).values_list("name", "pk")
    )
    return [found[name] for name in spanish_names if name in found]


def community_space(language):
    return organisation(COMMUNITY_SPACE[language], **COMMUNITY_SPACE_CONTACT)


def ombudsman(language):
    return organisation(OMBUDSMAN_ORG[language], website=OMBUDSMAN)


def ministry(language):
    return organisation(MINISTRY_ORG[language], website=FOREIGN_MINISTRY)


def with_ids(stream, key):
    """Give every block and list item a stable id derived from its position.

    wagtail-localize matches translated segments to the source by block id, so the Spanish source
    and each translation, built from the same structure, must carry the same ids.
    """

    def stable_id(path):
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"quito-legal-guides:{key}:{path}"))

    def walk(value, path):
        if isinstance(value, dict):
            return {name: walk(child, f"{path}.{name}") for name, child in value.items()}
        if isinstance(value, list):
            return [
                {
                    "type": "item",
                    "value": walk(item, f"{path}.{position}"),
                    "id": stable_id(f"{path}.{position}"),
                }
                for position, item in enumerate(value)
            ]
        return value

    return [
        {
            "type": block["type"],
            "value": walk(block["value"], str(position)),
            "id": stable_id(str(position)),
        }
        for position, block in enumerate(stream)
    ]
