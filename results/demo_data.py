"""Demo content of the results app: SAMPLE figures, invented to show the page, never the city's.

Every indicator and milestone is saved with `is_sample=True`, and the pages say "Sample data".
Numbers are round on purpose so that nobody mistakes them for real statistics.
"""

import datetime

PAGE = {
    "es": {
        "title": "Resultados del Plan",
        "slug": "resultados",
        "intro": "¿Está funcionando el Plan? Aquí ve sus indicadores: de dónde partimos, a dónde "
        "queremos llegar y lo que hemos medido.",
    },
    "en": {
        "title": "The Plan's results",
        "slug": "results",
        "intro": "Is the Plan working? Here are its indicators: where we started, where we want "
        "to be and what we have measured.",
    },
    "fr": {
        "title": "Les résultats du Plan",
        "slug": "resultats",
        "intro": "Le Plan fonctionne-t-il ? Voici ses indicateurs : notre point de départ, notre "
        "objectif et ce que nous avons mesuré.",
    },
    "ht": {
        "title": "Rezilta Plan an",
        "slug": "rezilta",
        "intro": "Èske Plan an ap mache? Men endikatè li yo: kote nou te kòmanse, kote nou vle "
        "rive ak sa nou mezire.",
    },
}

BASELINE = datetime.date(2026, 1, 1)
TARGET = datetime.date(2027, 12, 31)
QUARTERS = (datetime.date(2026, 3, 31), datetime.date(2026, 6, 30), datetime.date(2026, 9, 30))

# (key, objective number, computation, baseline, target, sample measurements,
#  {language: (name, unit, explanation)})
INDICATORS = [
    (
        "workshop-participants",
        1,
        "entered",
        40,
        400,
        (70, 120, 180),
        {
            "es": (
                "Personas en talleres participativos",
                "personas",
                "Cuántas personas participaron en los talleres donde se discute el Plan.",
            ),
            "en": (
                "People at participatory workshops",
                "people",
                "How many people took part in the workshops where the Plan is discussed.",
            ),
            "fr": (
                "Personnes aux ateliers participatifs",
                "personnes",
                "Combien de personnes ont participé aux ateliers où le Plan est discuté.",
            ),
            "ht": (
                "Moun ki patisipe nan atelye yo",
                "moun",
                "Konbyen moun ki te patisipe nan atelye kote yo diskite Plan an.",
            ),
        },
    ),
    (
        "tu-voz-answered",
        1,
        "tu_voz_answered",
        0,
        200,
        (),
        {
            "es": (
                "Mensajes de Tu voz respondidos",
                "mensajes",
                "Mensajes enviados por Tu voz que recibieron respuesta.",
            ),
            "en": (
                "Tu voz messages answered",
                "messages",
                "Messages sent through Tu voz that were answered.",
            ),
            "fr": (
                "Messages de Tu voz avec réponse",
                "messages",
                "Messages envoyés par Tu voz qui ont reçu une réponse.",
            ),
            "ht": (
                "Mesaj Tu voz ki jwenn repons",
                "mesaj",
                "Mesaj moun voye nan Tu voz ki jwenn yon repons.",
            ),
        },
    ),
    (
        "guides-on-time",
        1,
        "guides_on_time",
        50,
        100,
        (),
        {
            "es": (
                "Guías legales revisadas a tiempo",
                "%",
                "Parte de las guías legales cuya revisión legal está al día.",
            ),
            "en": (
                "Legal guides reviewed on time",
                "%",
                "Share of the legal guides whose legal review is up to date.",
            ),
            "fr": (
                "Guides juridiques révisés à temps",
                "%",
                "Part des guides juridiques dont la révision juridique est à jour.",
            ),
            "ht": (
                "Gid legal ki revize alè",
                "%",
                "Pousantaj gid legal yo ki gen revizyon legal yo ajou.",
            ),
        },
    ),
    (
        "answer-days",
        1,
        "entered",
        30,
        7,
        (25, 18, 14),
        {
            "es": (
                "Días para responder un mensaje",
                "días",
                "Cuántos días pasan, en promedio, hasta responder un mensaje de Tu voz. Menos es mejor.",
            ),
            "en": (
                "Days to answer a message",
                "days",
                "How many days it takes, on average, to answer a Tu voz message. Fewer is better.",
            ),
            "fr": (
                "Jours pour répondre à un message",
                "jours",
                "Combien de jours il faut, en moyenne, pour répondre à un message de Tu voz. "
                "Moins, c'est mieux.",
            ),
            "ht": (
                "Kantite jou pou reponn yon mesaj",
                "jou",
                "Konbyen jou, an mwayèn, li pran pou reponn yon mesaj Tu voz. Mwens se pi bon.",
            ),
        },
    ),
    (
        "enrolments",
        2,
        "people_enrolled",
        0,
        500,
        (),
        {
            "es": (
                "Inscripciones en cursos",
                "inscripciones",
                "Inscripciones con cupo confirmado, asistido o terminado en los cursos gratuitos.",
            ),
            "en": (
                "Enrolments in courses",
                "enrolments",
                "Enrolments with a confirmed seat, attended or completed, in the free courses.",
            ),
            "fr": (
                "Inscriptions aux cours",
                "inscriptions",
                "Inscriptions avec une place confirmée, suivies ou terminées, aux cours gratuits.",
            ),
            "ht": (
                "Enskripsyon nan kou yo",
                "enskripsyon",
                "Enskripsyon ki gen plas konfime, ki swiv oswa ki fini, nan kou gratis yo.",
            ),
        },
    ),
    (
        "completions",
        2,
        "courses_completed",
        0,
        300,
        (),
        {
            "es": (
                "Cursos terminados",
                "personas",
                "Personas que terminaron un curso, según los coordinadores de cursos.",
            ),
            "en": (
                "Courses completed",
                "people",
                "People who completed a course, as the course coordinators recorded it.",
            ),
            "fr": (
                "Cours terminés",
                "personnes",
                "Personnes qui ont terminé un cours, selon les coordinateurs des cours.",
            ),
            "ht": (
                "Kou ki fini",
                "moun",
                "Moun ki fini yon kou, dapre kowòdonatè kou yo.",
            ),
        },
    ),
    (
        "health-staff",
        2,
        "entered",
        0,
        150,
        (20, 50, 80),
        {
            "es": (
                "Personal de salud formado",
                "personas",
                "Personal de los centros de salud formado para atender a personas en movilidad.",
            ),
            "en": (
                "Health staff trained",
                "people",
                "Staff of health centres trained to serve people on the move.",
            ),
            "fr": (
                "Personnel de santé formé",
                "personnes",
                "Personnel des centres de santé formé pour accueillir les personnes en mobilité.",
            ),
            "ht": (
                "Anplwaye sante ki resevwa fòmasyon",
                "moun",
                "Anplwaye sant sante yo ki resevwa fòmasyon pou sèvi moun k ap deplase.",
            ),
        },
    ),
    (
        "space-visits",
        3,
        "entered",
        100,
        600,
        (150, 250, 300),
        {
            "es": (
                "Visitas al espacio comunitario",
                "visitas al mes",
                "Visitas registradas en la entrada del espacio comunitario, por mes.",
            ),
            "en": (
                "Visits to the community space",
                "visits a month",
                "Visits recorded at the community space's entrance, per month.",
            ),
            "fr": (
                "Visites à l'espace communautaire",
                "visites par mois",
                "Visites enregistrées à l'entrée de l'espace communautaire, par mois.",
            ),
            "ht": (
                "Vizit nan espas kominotè a",
                "vizit pa mwa",
                "Vizit yo anrejistre nan antre espas kominotè a, chak mwa.",
            ),
        },
    ),
    (
        "partner-network",
        3,
        "entered",
        5,
        20,
        (8, 10, 12),
        {
            "es": (
                "Organizaciones en la red de atención",
                "organizaciones",
                "Organizaciones que comparten un protocolo de atención y derivación.",
            ),
            "en": (
                "Organisations in the service network",
                "organisations",
                "Organisations that share one protocol to serve and refer people.",
            ),
            "fr": (
                "Organisations du réseau d'accueil",
                "organisations",
                "Organisations qui partagent un même protocole d'accueil et d'orientation.",
            ),
            "ht": (
                "Òganizasyon nan rezo sèvis la",
                "òganizasyon",
                "Òganizasyon ki pataje yon sèl pwotokòl pou sèvi ak voye moun bay lòt sèvis.",
            ),
        },
    ),
    (
        "referrals-served",
        3,
        "referrals_served",
        0,
        100,
        (),
        {
            "es": (
                "Derivaciones atendidas",
                "derivaciones",
                "Personas derivadas a otra organización de la red que las atendió.",
            ),
            "en": (
                "Referrals taken up",
                "referrals",
                "People referred to another organisation of the network, which served them.",
            ),
            "fr": (
                "Orientations suivies",
                "orientations",
                "Personnes orientées vers une autre organisation du réseau, qui les a reçues.",
            ),
            "ht": (
                "Referans ki jwenn sèvis",
                "referans",
                "Moun yo voye bay yon lòt òganizasyon nan rezo a, ki te sèvi yo.",
            ),
        },
    ),
]

# (key, planned, actual, status, {language: (title, description, responsible office)})
MILESTONES = [
    (
        "protocol",
        datetime.date(2026, 3, 1),
        datetime.date(2026, 4, 15),
        "done",
        {
            "es": (
                "Protocolo común con las organizaciones aliadas",
                "Un mismo protocolo para atender y derivar a las personas entre servicios.",
                "Secretaría de Inclusión Social",
            ),
            "en": (
                "A shared protocol with partner organisations",
                "One protocol to serve people and refer them between services.",
                "Social Inclusion Department",
            ),
            "fr": (
                "Un protocole commun avec les organisations partenaires",
                "Un même protocole pour accueillir les personnes et les orienter entre services.",
                "Secrétariat à l'inclusion sociale",
            ),
            "ht": (
                "Yon pwotokòl komen ak òganizasyon patnè yo",
                "Yon sèl pwotokòl pou sèvi moun epi voye yo bay lòt sèvis.",
                "Sekretarya Enklizyon Sosyal",
            ),
        },
    ),
    (
        "training",
        datetime.date(2026, 6, 1),
        None,
        "in_progress",
        {
            "es": (
                "Personal municipal formado",
                "Formación del personal de ventanillas y centros de salud sobre los derechos de "
                "las personas en movilidad.",
                "Secretaría de Inclusión Social",
            ),
            "en": (
                "Municipal staff trained",
                "Training for front-desk and health centre staff on the rights of people on the "
                "move.",
                "Social Inclusion Department",
            ),
            "fr": (
                "Personnel municipal formé",
                "Formation du personnel d'accueil et des centres de santé aux droits des "
                "personnes en mobilité.",
                "Secrétariat à l'inclusion sociale",
            ),
            "ht": (
                "Anplwaye minisipalite a resevwa fòmasyon",
                "Fòmasyon pou anplwaye ki resevwa piblik la ak sant sante yo sou dwa moun k ap "
                "deplase.",
                "Sekretarya Enklizyon Sosyal",
            ),
        },
    ),
    (
        "budget",
        datetime.date(2026, 10, 1),
        None,
        "in_progress",
        {
            "es": (
                "Partida propia en el presupuesto municipal",
                "Que el servicio tenga fondos propios cada año y no dependa de proyectos.",
                "Secretaría de Inclusión Social",
            ),
            "en": (
                "Its own line in the city budget",
                "So that the service has its own funds every year and does not depend on projects.",
                "Social Inclusion Department",
            ),
            "fr": (
                "Une ligne propre au budget municipal",
                "Pour que le service ait ses propres fonds chaque année, sans dépendre de projets.",
                "Secrétariat à l'inclusion sociale",
            ),
            "ht": (
                "Yon liy pa li nan bidjè minisipalite a",
                "Pou sèvis la gen pwòp lajan li chak ane, san li pa depann de pwojè.",
                "Sekretarya Enklizyon Sosyal",
            ),
        },
    ),
    (
        "ordinance",
        datetime.date(2027, 3, 1),
        None,
        "planned",
        {
            "es": (
                "Proyecto de ordenanza presentado al Concejo",
                "Un proyecto de ordenanza para que el servicio sea permanente.",
                "Concejo Metropolitano",
            ),
            "en": (
                "Draft ordinance put to the City Council",
                "A draft ordinance to make the service permanent.",
                "Metropolitan Council",
            ),
            "fr": (
                "Projet d'ordonnance présenté au Conseil",
                "Un projet d'ordonnance pour rendre le service permanent.",
                "Conseil métropolitain",
            ),
            "ht": (
                "Pwojè òdonans prezante bay Konsèy la",
                "Yon pwojè òdonans pou sèvis la vin pèmanan.",
                "Konsèy Metwopoliten",
            ),
        },
    ),
    (
        "office",
        datetime.date(2027, 6, 1),
        None,
        "planned",
        {
            "es": (
                "Oficina permanente de movilidad humana",
                "Una oficina con personal propio que siga el Plan después del proyecto.",
                "Secretaría de Inclusión Social",
            ),
            "en": (
                "A permanent human mobility office",
                "An office with its own staff that carries the Plan on after the project.",
                "Social Inclusion Department",
            ),
            "fr": (
                "Un bureau permanent de la mobilité humaine",
                "Un bureau avec son propre personnel qui poursuit le Plan après le projet.",
                "Secrétariat à l'inclusion sociale",
            ),
            "ht": (
                "Yon biwo pèmanan pou mobilite imen",
                "Yon biwo ak pwòp anplwaye li ki kontinye Plan an apre pwojè a.",
                "Sekretarya Enklizyon Sosyal",
            ),
        },
    ),
    (
        "report",
        datetime.date(2027, 9, 1),
        None,
        "planned",
        {
            "es": (
                "Primer informe anual de resultados",
                "Un informe público con los indicadores del Plan y lo que se aprendió.",
                "Secretaría de Inclusión Social",
            ),
            "en": (
                "First annual results report",
                "A public report with the Plan's indicators and what was learnt.",
                "Social Inclusion Department",
            ),
            "fr": (
                "Premier rapport annuel des résultats",
                "Un rapport public avec les indicateurs du Plan et ce que nous avons appris.",
                "Secrétariat à l'inclusion sociale",
            ),
            "ht": (
                "Premye rapò anyèl sou rezilta yo",
                "Yon rapò piblik ak endikatè Plan an ak sa nou aprann.",
                "Sekretarya Enklizyon Sosyal",
            ),
        },
    ),
]
