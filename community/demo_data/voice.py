# Raw Tu voz messages (private: never translated or published). (language, topic slug, message, status, forwarded to)
FEEDBACK = [
    (
        "es",
        "salud",
        "En el centro de salud me dijeron que sin cédula no me atendían.",
        "included",
        "Secretaría de Salud",
    ),
    (
        "ht",
        "trabajo",
        "Mwen pa jwenn travay paske mwen pa pale panyòl byen. Èske gen kou?",
        "answered",
        "FUDELA",
    ),
    (
        "es",
        "educacion",
        "Mi hija no consigue cupo en la escuela del barrio.",
        "forwarded",
        "Distrito Educativo Centro",
    ),
    ("fr", "vivienda", "Les propriétaires demandent trois mois de garantie.", "in_review", ""),
    (
        "es",
        None,
        "Sería bueno tener los talleres los sábados, entre semana trabajo.",
        "received",
        "",
    ),
]

# Public "You said, we did" entries: key, topic, status, people, days ago, public, feedback indexes, texts
RESPONSES = [
    (
        "salud-cedula",
        "salud",
        "included",
        23,
        30,
        True,
        [0],
        {
            "es": (
                "Algunos centros de salud pedían cédula para atender.",
                "La Secretaría de Salud recordó por escrito a todos los centros que la atención es universal. La acción 2.1 del Plan forma al personal.",
            ),
            "en": (
                "Some health centres asked for an ID card before treating people.",
                "The Health Department reminded every centre in writing that care is universal. Action 2.1 of the Plan trains the staff.",
            ),
            "fr": (
                "Certains centres de santé exigeaient une carte d'identité pour soigner.",
                "Le secrétariat à la Santé a rappelé par écrit à tous les centres que les soins sont universels. L'action 2.1 du Plan forme le personnel.",
            ),
            "ht": (
                "Kèk sant sante te mande kat idantite anvan yo bay swen.",
                "Sekretarya Sante a raple tout sant yo alekri ke swen se pou tout moun. Aksyon 2.1 nan Plan an fòme anplwaye yo.",
            ),
        },
    ),
    (
        "clases-espanol",
        "trabajo",
        "answered",
        12,
        20,
        True,
        [1],
        {
            "es": (
                "Hacen falta clases de español para conseguir trabajo.",
                "Abrimos un curso gratuito de español para el trabajo, con horario de noche, en el espacio comunitario.",
            ),
            "en": (
                "Spanish classes are needed to find work.",
                "We opened a free Spanish-for-work course, in the evenings, at the community space.",
            ),
            "fr": (
                "Il faut des cours d'espagnol pour trouver du travail.",
                "Nous avons ouvert un cours gratuit d'espagnol pour le travail, le soir, à l'espace communautaire.",
            ),
            "ht": (
                "Nou bezwen kou panyòl pou jwenn travay.",
                "Nou louvri yon kou panyòl pou travay gratis, nan aswè, nan espas kominotè a.",
            ),
        },
    ),
    (
        "talleres-sabado",
        None,
        "in_progress",
        8,
        7,
        True,
        [4],
        {
            "es": (
                "Los talleres entre semana no sirven a quien trabaja.",
                "Desde el próximo mes, uno de cada dos talleres participativos será en sábado.",
            ),
            "en": (
                "Weekday workshops do not suit people who work.",
                "From next month, every other participatory workshop will be on a Saturday.",
            ),
            "fr": (
                "Les ateliers en semaine ne conviennent pas à ceux qui travaillent.",
                "Dès le mois prochain, un atelier participatif sur deux aura lieu le samedi.",
            ),
            "ht": (
                "Atelye nan semèn pa bon pou moun ki travay.",
                "Apati mwa pwochen, youn sou de atelye patisipatif ap fèt jou samdi.",
            ),
        },
    ),
    (
        "cupos-escuela",
        "educacion",
        "in_progress",
        5,
        3,
        False,
        [2],
        {
            "es": (
                "Faltan cupos escolares en el Centro Histórico.",
                "En revisión con el Distrito Educativo.",
            ),
            "en": (
                "There are not enough school places in the Historic Centre.",
                "Under review with the Education District.",
            ),
            "fr": (
                "Il manque des places à l'école dans le centre historique.",
                "En cours d'examen avec le district éducatif.",
            ),
            "ht": (
                "Pa gen ase plas lekòl nan Sant Istorik la.",
                "N ap egzamine sa ak Distri Edikasyon an.",
            ),
        },
    ),
]

# Plan: objectives and their actions. Action: (number, status, progress, workshops, responses, texts)
PLAN = [
    (
        1,
        {
            "es": (
                "Información y participación",
                "Que toda persona en movilidad conozca sus derechos y pueda opinar sobre la ciudad.",
            ),
            "en": (
                "Information and participation",
                "Everyone on the move knows their rights and can have a say about the city.",
            ),
            "fr": (
                "Information et participation",
                "Que chaque personne en mobilité connaisse ses droits et puisse donner son avis sur la ville.",
            ),
            "ht": (
                "Enfòmasyon ak patisipasyon",
                "Pou chak moun k ap deplase konnen dwa li epi ka bay opinyon sou vil la.",
            ),
        },
        [
            (
                1,
                "done",
                100,
                ["barrio"],
                ["talleres-sabado"],
                {
                    "es": (
                        "Canal permanente Tu voz",
                        "Formulario en línea y buzón en el espacio comunitario, con respuesta pública.",
                        "Secretaría de Inclusión Social",
                    ),
                    "en": (
                        "Permanent Your voice channel",
                        "Online form and a box at the community space, with a public answer.",
                        "Social Inclusion Department",
                    ),
                    "fr": (
                        "Canal permanent Votre voix",
                        "Formulaire en ligne et boîte à l'espace communautaire, avec réponse publique.",
                        "Secrétariat à l'Inclusion sociale",
                    ),
                    "ht": (
                        "Kanal pèmanan Vwa ou",
                        "Fòmilè sou entènèt ak yon bwat nan espas kominotè a, ak repons piblik.",
                        "Sekretarya Enklizyon Sosyal",
                    ),
                },
            ),
            (
                2,
                "in_progress",
                60,
                [],
                [],
                {
                    "es": (
                        "Guías de derechos en cuatro idiomas",
                        "Guías en español, inglés, francés y creole haitiano.",
                        "FUDELA",
                    ),
                    "en": (
                        "Rights guides in four languages",
                        "Guides in Spanish, English, French and Haitian Creole.",
                        "FUDELA",
                    ),
                    "fr": (
                        "Guides des droits en quatre langues",
                        "Guides en espagnol, anglais, français et créole haïtien.",
                        "FUDELA",
                    ),
                    "ht": (
                        "Gid sou dwa nan kat lang",
                        "Gid an panyòl, angle, franse ak kreyòl ayisyen.",
                        "FUDELA",
                    ),
                },
            ),
        ],
    ),
    (
        2,
        {
            "es": ("Salud y trabajo", "Acceso sin barreras a la salud pública y al empleo digno."),
            "en": ("Health and work", "Barrier-free access to public health care and decent work."),
            "fr": (
                "Santé et travail",
                "Un accès sans obstacles à la santé publique et à un emploi digne.",
            ),
            "ht": ("Sante ak travay", "Aksè san baryè nan sante piblik ak travay diy."),
        },
        [
            (
                1,
                "in_progress",
                45,
                ["salud-barrios"],
                ["salud-cedula"],
                {
                    "es": (
                        "Formación del personal de salud",
                        "Capacitar a 300 funcionarios en atención sin discriminación.",
                        "Secretaría de Salud",
                    ),
                    "en": (
                        "Training health staff",
                        "Train 300 staff in non-discriminatory care.",
                        "Health Department",
                    ),
                    "fr": (
                        "Formation du personnel de santé",
                        "Former 300 agents à un accueil sans discrimination.",
                        "Secrétariat à la Santé",
                    ),
                    "ht": (
                        "Fòmasyon anplwaye sante",
                        "Fòme 300 anplwaye pou bay swen san diskriminasyon.",
                        "Sekretarya Sante",
                    ),
                },
            ),
            (
                2,
                "planned",
                0,
                ["trabajo-digno"],
                ["clases-espanol"],
                {
                    "es": (
                        "Bolsa de empleo inclusiva",
                        "Acuerdos con empresas para contratar a personas en movilidad.",
                        "ConQuito",
                    ),
                    "en": (
                        "Inclusive job board",
                        "Agreements with companies to hire people on the move.",
                        "ConQuito",
                    ),
                    "fr": (
                        "Bourse de l'emploi inclusive",
                        "Accords avec des entreprises pour embaucher des personnes en mobilité.",
                        "ConQuito",
                    ),
                    "ht": (
                        "Biwo travay enklizif",
                        "Akò ak konpayi pou anplwaye moun k ap deplase.",
                        "ConQuito",
                    ),
                },
            ),
        ],
    ),
    (
        3,
        {
            "es": ("Educación y convivencia", "Escuelas y barrios que acogen sin discriminación."),
            "en": (
                "Education and living together",
                "Schools and neighbourhoods that welcome without discrimination.",
            ),
            "fr": (
                "Éducation et vivre-ensemble",
                "Des écoles et des quartiers accueillants, sans discrimination.",
            ),
            "ht": ("Edikasyon ak viv ansanm", "Lekòl ak katye ki resevwa moun san diskriminasyon."),
        },
        [
            (
                1,
                "in_progress",
                30,
                ["escuelas"],
                [],
                {
                    "es": (
                        "Escuelas sin discriminación",
                        "Protocolo de acogida para estudiantes migrantes en 40 escuelas.",
                        "Secretaría de Educación",
                    ),
                    "en": (
                        "Schools without discrimination",
                        "A welcome protocol for migrant pupils in 40 schools.",
                        "Education Department",
                    ),
                    "fr": (
                        "Écoles sans discrimination",
                        "Un protocole d'accueil des élèves migrants dans 40 écoles.",
                        "Secrétariat à l'Éducation",
                    ),
                    "ht": (
                        "Lekòl san diskriminasyon",
                        "Yon pwotokòl akèy pou elèv imigre nan 40 lekòl.",
                        "Sekretarya Edikasyon",
                    ),
                },
            ),
            (
                2,
                "done",
                100,
                [],
                [],
                {
                    "es": (
                        "Espacio comunitario abierto",
                        "Un espacio gratuito en el Centro Histórico para talleres y encuentros.",
                        "Municipio de Quito",
                    ),
                    "en": (
                        "Community space open",
                        "A free space in the Historic Centre for workshops and gatherings.",
                        "Municipality of Quito",
                    ),
                    "fr": (
                        "Espace communautaire ouvert",
                        "Un espace gratuit dans le centre historique pour des ateliers et des rencontres.",
                        "Municipalité de Quito",
                    ),
                    "ht": (
                        "Espas kominotè louvri",
                        "Yon espas gratis nan Sant Istorik la pou atelye ak rankont.",
                        "Minisipalite Quito",
                    ),
                },
            ),
        ],
    ),
]
