SPACE = {
    "es": {
        "title": "Espacio comunitario",
        "slug": "comunidad",
        "intro": "Un lugar abierto y gratuito para encontrarte, aprender, pedir orientación y proponer ideas para la ciudad.",
        "address": "Av. 24 de Mayo y García Moreno, Centro Histórico, Quito",
        "opening_hours": "Lunes a viernes de 08:30 a 17:00; sábados de 09:00 a 13:00",
        "facilities": "<ul><li>Sala de talleres para 40 personas</li><li>Rincón infantil mientras participas</li>"
        "<li>Wifi gratis y carga de teléfonos</li><li>Baño accesible y entrada sin gradas</li></ul>",
        "how_to_use": "<p>Entra sin cita: nadie te pedirá documentos. Para reservar la sala para tu grupo, "
        "pregunta en recepción o escribe por WhatsApp.</p>",
    },
    "en": {
        "title": "Community space",
        "slug": "community",
        "intro": "An open, free place to meet, learn, get guidance and propose ideas for the city.",
        "address": "Av. 24 de Mayo and García Moreno, Historic Centre, Quito",
        "opening_hours": "Monday to Friday 8:30 am to 5:00 pm; Saturdays 9:00 am to 1:00 pm",
        "facilities": "<ul><li>Workshop room for 40 people</li><li>Children's corner while you take part</li>"
        "<li>Free wifi and phone charging</li><li>Accessible toilet and step-free entrance</li></ul>",
        "how_to_use": "<p>Come in without an appointment: nobody will ask for your documents. To book the room "
        "for your group, ask at reception or write on WhatsApp.</p>",
    },
    "fr": {
        "title": "Espace communautaire",
        "slug": "communaute",
        "intro": "Un lieu ouvert et gratuit pour se rencontrer, apprendre, être orienté et proposer des idées pour la ville.",
        "address": "Av. 24 de Mayo et García Moreno, centre historique, Quito",
        "opening_hours": "Du lundi au vendredi de 8 h 30 à 17 h ; le samedi de 9 h à 13 h",
        "facilities": "<ul><li>Salle d'ateliers pour 40 personnes</li><li>Coin enfants pendant que vous participez</li>"
        "<li>Wifi gratuit et recharge de téléphones</li><li>Toilettes accessibles et entrée de plain-pied</li></ul>",
        "how_to_use": "<p>Entrez sans rendez-vous : personne ne vous demandera vos papiers. Pour réserver la salle "
        "pour votre groupe, demandez à l'accueil ou écrivez sur WhatsApp.</p>",
    },
    "ht": {
        "title": "Espas kominotè",
        "slug": "kominote",
        "intro": "Yon kote ki louvri e gratis pou rankontre, aprann, jwenn konsèy epi pwopoze ide pou vil la.",
        "address": "Av. 24 de Mayo ak García Moreno, Sant Istorik, Quito",
        "opening_hours": "Lendi rive vandredi 8:30 a.m. rive 5:00 p.m.; samdi 9:00 a.m. rive 1:00 p.m.",
        "facilities": "<ul><li>Sal atelye pou 40 moun</li><li>Kwen pou timoun pandan w ap patisipe</li>"
        "<li>Wifi gratis ak chaj telefòn</li><li>Twalèt aksesib ak antre san mach</li></ul>",
        "how_to_use": "<p>Antre san randevou: pèsonn p ap mande w papye. Pou rezève sal la pou gwoup ou, "
        "mande nan resepsyon an oswa ekri sou WhatsApp.</p>",
    },
}

EVENTS_INDEX = {
    "es": {
        "title": "Actividades y eventos",
        "slug": "eventos",
        "intro": "Talleres participativos, cultura, capacitaciones y grupos de apoyo. Todo es gratuito.",
    },
    "en": {
        "title": "Events",
        "slug": "events",
        "intro": "Participatory workshops, culture, training and support groups. Everything is free.",
    },
    "fr": {
        "title": "Événements",
        "slug": "evenements",
        "intro": "Ateliers participatifs, culture, formations et groupes de soutien. Tout est gratuit.",
    },
    "ht": {
        "title": "Aktivite",
        "slug": "aktivite",
        "intro": "Atelye patisipatif, kilti, fòmasyon ak gwoup sipò. Tout bagay gratis.",
    },
}

SERVICES = {
    "es": {
        "title": "Dónde me ayudan",
        "slug": "servicios",
        "intro": "Organizaciones que ayudan a personas migrantes y refugiadas en Quito. Filtra por tema, idioma o si atienden sin documentos.",
    },
    "en": {
        "title": "Where to get help",
        "slug": "services",
        "intro": "Organisations that help migrants and refugees in Quito. Filter by topic, language or whether they help people without documents.",
    },
    "fr": {
        "title": "Où trouver de l'aide",
        "slug": "services",
        "intro": "Des organisations qui aident les personnes migrantes et réfugiées à Quito. Filtrez par thème, langue ou accueil sans papiers.",
    },
    "ht": {
        "title": "Ki kote yo ka ede m",
        "slug": "sevis",
        "intro": "Òganizasyon ki ede moun ki imigre ak refijye nan Quito. Chwazi dapre sijè, lang oswa si yo resevwa moun san papye.",
    },
}

VOICE = {
    "es": {
        "title": "Tu voz",
        "slug": "tu-voz",
        "intro": "<p>Cuéntanos qué necesitas, qué no funciona o qué propones. Leemos todos los mensajes y "
        "publicamos lo que hicimos con ellos.</p>",
        "privacy_text": "Solo el equipo de Tu voz lee tu mensaje. Si dejas un contacto, lo usamos únicamente para responderte.",
        "thank_you_text": "<p>Gracias por escribirnos. El equipo de Tu voz lee cada mensaje en un plazo de 10 días hábiles.</p>",
    },
    "en": {
        "title": "Your voice",
        "slug": "your-voice",
        "intro": "<p>Tell us what you need, what is not working or what you propose. We read every message and "
        "publish what we did with them.</p>",
        "privacy_text": "Only the Your voice team reads your message. If you leave a contact, we use it only to answer you.",
        "thank_you_text": "<p>Thank you for writing to us. The Your voice team reads every message within 10 working days.</p>",
    },
    "fr": {
        "title": "Votre voix",
        "slug": "votre-voix",
        "intro": "<p>Dites-nous ce dont vous avez besoin, ce qui ne fonctionne pas ou ce que vous proposez. Nous "
        "lisons tous les messages et publions ce que nous en avons fait.</p>",
        "privacy_text": "Seule l'équipe de Votre voix lit votre message. Si vous laissez un contact, il sert uniquement à vous répondre.",
        "thank_you_text": "<p>Merci de nous avoir écrit. L'équipe de Votre voix lit chaque message sous 10 jours ouvrables.</p>",
    },
    "ht": {
        "title": "Vwa ou",
        "slug": "vwa-ou",
        "intro": "<p>Di nou sa ou bezwen, sa ki pa mache oswa sa ou pwopoze. Nou li tout mesaj yo epi nou "
        "pibliye sa nou fè avèk yo.</p>",
        "privacy_text": "Se sèlman ekip Vwa ou ki li mesaj ou. Si ou kite yon kontak, nou sèvi avè l sèlman pou reponn ou.",
        "thank_you_text": "<p>Mèsi paske ou ekri nou. Ekip Vwa ou li chak mesaj nan 10 jou travay.</p>",
    },
}

YOU_SAID = {
    "es": {
        "title": "Lo que escuchamos y lo que hicimos",
        "slug": "lo-que-hicimos",
        "intro": "Un resumen público de lo que nos contaron y de la respuesta de la ciudad. Nunca publicamos mensajes ni datos personales.",
    },
    "en": {
        "title": "You said, we did",
        "slug": "you-said-we-did",
        "intro": "A public summary of what people told us and how the city responded. We never publish messages or personal details.",
    },
    "fr": {
        "title": "Vous avez dit, nous avons fait",
        "slug": "vous-avez-dit",
        "intro": "Un résumé public de ce que vous nous avez dit et de la réponse de la ville. Nous ne publions jamais de messages ni de données personnelles.",
    },
    "ht": {
        "title": "Nou tande w, men sa nou fè",
        "slug": "sa-nou-fe",
        "intro": "Yon rezime piblik sou sa moun di nou ak repons vil la. Nou pa janm pibliye mesaj ni done pèsonèl.",
    },
}

PLAN = {
    "es": {
        "title": "Plan Distrital de Movilidad Humana",
        "slug": "plan",
        "intro": "Los compromisos del Plan, sus acciones y cuánto hemos avanzado. Lo actualizamos cada mes.",
    },
    "en": {
        "title": "District Human Mobility Plan",
        "slug": "plan",
        "intro": "The Plan's commitments, its actions and how far we have got. We update it every month.",
    },
    "fr": {
        "title": "Plan de district pour la mobilité humaine",
        "slug": "plan",
        "intro": "Les engagements du Plan, ses actions et nos avancées. Mis à jour chaque mois.",
    },
    "ht": {
        "title": "Plan Distri pou Mobilite Imen",
        "slug": "plan",
        "intro": "Angajman Plan an, aksyon li yo ak kote nou rive. Nou mete l ajou chak mwa.",
    },
}
