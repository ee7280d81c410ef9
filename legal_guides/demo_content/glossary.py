"""Demo glossary: words the demo guides use, explained plainly in four languages.

Each entry: the term, the other words that mean it (plurals, synonyms; the guides link the first
one they use), and an explanation. The explanations say what a word means; they state no rule,
fee or deadline that the guides do not already say. Other forms are filled in every language or
in none (wagtail-localize translates field by field).
"""

GLOSSARY_PAGE = {
    "es": {
        "title": "Glosario",
        "slug": "glosario",
        "intro": "<p>Palabras de trámites y de leyes, explicadas con palabras sencillas.</p>",
    },
    "en": {
        "title": "Glossary",
        "slug": "glossary",
        "intro": "<p>Words from laws and paperwork, explained in plain language.</p>",
    },
    "fr": {
        "title": "Glossaire",
        "slug": "glossaire",
        "intro": "<p>Les mots des lois et des démarches, expliqués simplement.</p>",
    },
    "ht": {
        "title": "Glosè",
        "slug": "glose",
        "intro": "<p>Mo nan lwa ak nan demach yo, esplike ak mo senp.</p>",
    },
}

# (term, other forms, explanation) per language.
TERMS = [
    {
        "es": (
            "asilo",
            "",
            "Protección que un país da a una persona que huyó porque su vida, su seguridad o su libertad estaban en peligro.",
        ),
        "en": (
            "asylum",
            "",
            "Protection a country gives to a person who fled because their life, safety or freedom were in danger.",
        ),
        "fr": (
            "asile",
            "",
            "Protection qu'un pays donne à une personne qui a fui parce que sa vie, sa sécurité ou sa liberté étaient en danger.",
        ),
        "ht": (
            "azil",
            "",
            "Pwoteksyon yon peyi bay yon moun ki te kouri kite peyi l paske lavi l, sekirite l oswa libète l te an danje.",
        ),
    },
    {
        "es": (
            "refugio",
            "persona refugiada, refugiado, refugiada",
            "Protección para una persona que no puede volver a su país porque allí corre peligro. La persona que la recibe es una persona refugiada.",
        ),
        "en": (
            "refugee status",
            "refugee, refuge",
            "Protection for a person who cannot go back to their country because they are in danger there. The person who has it is a refugee.",
        ),
        "fr": (
            "statut de réfugié",
            "réfugié, réfugiée, refuge",
            "Protection pour une personne qui ne peut pas retourner dans son pays parce qu'elle y est en danger. Cette personne est réfugiée.",
        ),
        "ht": (
            "estati refijye",
            "refijye, refij",
            "Pwoteksyon pou yon moun ki pa ka tounen nan peyi l paske li an danje la. Moun ki resevwa l la se yon refijye.",
        ),
    },
    {
        "es": (
            "protección internacional",
            "",
            "Nombre común del asilo y del refugio: la protección que da otro país cuando el tuyo no puede o no quiere protegerte.",
        ),
        "en": (
            "international protection",
            "",
            "The common name for asylum and refugee status: protection from another country when your own cannot or will not protect you.",
        ),
        "fr": (
            "protection internationale",
            "",
            "Le nom commun de l'asile et du statut de réfugié : la protection d'un autre pays quand le tien ne peut pas ou ne veut pas te protéger.",
        ),
        "ht": (
            "pwoteksyon entènasyonal",
            "",
            "Non jeneral pou azil ak estati refijye: pwoteksyon yon lòt peyi bay lè pa w la pa ka oswa pa vle pwoteje w.",
        ),
    },
    {
        "es": (
            "no devolución",
            "",
            "Regla que prohíbe enviar a una persona a un país donde su vida, su libertad, su seguridad o su integridad estén en peligro.",
        ),
        "en": (
            "non-refoulement",
            "",
            "A rule that forbids sending a person to a country where their life, freedom, safety or integrity are in danger.",
        ),
        "fr": (
            "non-refoulement",
            "",
            "Une règle qui interdit d'envoyer une personne dans un pays où sa vie, sa liberté, sa sécurité ou son intégrité sont en danger.",
        ),
        "ht": (
            "pa voye moun tounen",
            "",
            "Yon règ ki entèdi voye yon moun nan yon peyi kote lavi l, libète l, sekirite l oswa entegrite l an danje.",
        ),
    },
    {
        "es": (
            "solicitud",
            "solicitudes, solicitante",
            "El pedido que presentas por escrito ante una oficina pública. Quien la presenta es la persona solicitante.",
        ),
        "en": (
            "application",
            "applications, apply",
            "The request you hand in, in writing, to a public office.",
        ),
        "fr": (
            "demande",
            "demandes, demandeur",
            "La requête que tu présentes par écrit à un bureau public. La personne qui la présente est le demandeur.",
        ),
        "ht": (
            "demann",
            "demann yo",
            "Sa ou mande alekri nan yon biwo leta.",
        ),
    },
    {
        "es": (
            "entrevista",
            "entrevistas",
            "Conversación con una persona de la oficina que estudia tu caso. Te pregunta qué te pasó; puedes pedir un intérprete.",
        ),
        "en": (
            "interview",
            "interviews",
            "A conversation with someone from the office that studies your case. They ask what happened to you; you can ask for an interpreter.",
        ),
        "fr": (
            "entretien",
            "entretiens",
            "Une conversation avec une personne du bureau qui étudie ton dossier. Elle te demande ce qui t'est arrivé ; tu peux demander un interprète.",
        ),
        "ht": (
            "antretyen",
            "entrevi",
            "Yon konvèsasyon ak yon moun nan biwo ki etidye dosye w la. Li mande w sa k te rive w; ou ka mande yon entèprèt.",
        ),
    },
    {
        "es": (
            "intérprete",
            "intérpretes",
            "Persona que traduce de palabra lo que dices y lo que te dicen, para que entiendas y te entiendan.",
        ),
        "en": (
            "interpreter",
            "interpreters",
            "A person who translates out loud what you say and what you are told, so that you understand and are understood.",
        ),
        "fr": (
            "interprète",
            "interprètes",
            "Une personne qui traduit à voix haute ce que tu dis et ce qu'on te dit, pour que tu comprennes et qu'on te comprenne.",
        ),
        "ht": (
            "entèprèt",
            "entèprèt yo",
            "Yon moun ki tradui ak bouch sa ou di ak sa yo di w, pou ou konprann e pou yo konprann ou.",
        ),
    },
    {
        "es": (
            "pasaporte",
            "pasaportes",
            "Documento de tu país que dice quién eres y sirve para viajar a otros países.",
        ),
        "en": (
            "passport",
            "passports",
            "A document from your country that says who you are and lets you travel to other countries.",
        ),
        "fr": (
            "passeport",
            "passeports",
            "Un document de ton pays qui dit qui tu es et qui sert à voyager dans d'autres pays.",
        ),
        "ht": (
            "paspò",
            "paspò yo",
            "Yon dokiman peyi w ki di kiyès ou ye epi ki sèvi pou vwayaje nan lòt peyi.",
        ),
    },
    {
        "es": (
            "documento de identidad",
            "documentos de identidad",
            "Cualquier papel oficial con tu nombre y tu foto que dice quién eres, como una cédula o un pasaporte.",
        ),
        "en": (
            "identity document",
            "identity documents, ID",
            "Any official paper with your name and photo that says who you are, such as an identity card or a passport.",
        ),
        "fr": (
            "pièce d'identité",
            "pièces d'identité, document d'identité",
            "Tout papier officiel avec ton nom et ta photo qui dit qui tu es, comme une carte d'identité ou un passeport.",
        ),
        "ht": (
            "pyès idantite",
            "dokiman idantite",
            "Nenpòt papye ofisyèl ki gen non w ak foto w ki di kiyès ou ye, tankou yon kat idantite oswa yon paspò.",
        ),
    },
    {
        "es": (
            "visa",
            "visas, visado",
            "Permiso que da un país para entrar o quedarse en él por un motivo y un tiempo.",
        ),
        "en": (
            "visa",
            "visas",
            "Permission a country gives you to enter it or to stay there, for a reason and for a time.",
        ),
        "fr": (
            "visa",
            "visas",
            "L'autorisation qu'un pays te donne d'y entrer ou d'y rester, pour une raison et pour un temps.",
        ),
        "ht": (
            "viza",
            "viza yo",
            "Pèmisyon yon peyi ba w pou antre ladan l oswa pou rete ladan l, pou yon rezon ak pou yon tan.",
        ),
    },
    {
        "es": (
            "trámite",
            "trámites",
            "Los pasos que hay que dar en una oficina pública para pedir u obtener algo.",
        ),
        "en": (
            "procedure",
            "procedures, paperwork",
            "The steps to take at a public office to ask for or obtain something.",
        ),
        "fr": (
            "démarche",
            "démarches",
            "Les étapes à suivre dans un bureau public pour demander ou obtenir quelque chose.",
        ),
        "ht": (
            "demach",
            "demach yo",
            "Etap pou fè nan yon biwo leta pou mande oswa jwenn yon bagay.",
        ),
    },
    {
        "es": (
            "Constitución",
            "Constitución de la República",
            "La ley más alta del Ecuador. Dice qué derechos tiene cada persona en el país y cómo se organiza el Estado.",
        ),
        "en": (
            "Constitution",
            "Ecuador's Constitution",
            "Ecuador's highest law. It says what rights every person in the country has and how the State is organised.",
        ),
        "fr": (
            "Constitution",
            "Constitution de l'Équateur",
            "La loi la plus haute de l'Équateur. Elle dit quels droits a chaque personne dans le pays et comment l'État est organisé.",
        ),
        "ht": (
            "Konstitisyon",
            "Konstitisyon Ekwatè a",
            "Lwa ki pi wo nan Ekwatè. Li di ki dwa chak moun genyen nan peyi a ak kijan Leta òganize.",
        ),
    },
    {
        "es": (
            "situación irregular",
            "sin papeles",
            "Estar en un país sin un permiso vigente para estar en él. No quita tus derechos humanos.",
        ),
        "en": (
            "irregular status",
            "without papers",
            "Being in a country without a valid permission to be there. It does not take away your human rights.",
        ),
        "fr": (
            "situation irrégulière",
            "sans papiers",
            "Être dans un pays sans autorisation valable d'y être. Cela n'enlève pas tes droits humains.",
        ),
        "ht": (
            "sitiyasyon iregilye",
            "san papye",
            "Lè ou nan yon peyi san yon pèmisyon ki valab pou ou la. Sa pa wete dwa moun ou genyen.",
        ),
    },
    {
        "es": (
            "sanción penal",
            "sanciones penales, castigar penalmente",
            "Un castigo que decide un juez por un delito, como una multa o la cárcel.",
        ),
        "en": (
            "criminal penalty",
            "criminally punished, criminal penalties",
            "A punishment a judge decides for a crime, such as a fine or prison.",
        ),
        "fr": (
            "sanction pénale",
            "sanctions pénales, puni pénalement",
            "Une punition qu'un juge décide pour un délit, comme une amende ou la prison.",
        ),
        "ht": (
            "sanksyon penal",
            "pini w devan lajistis",
            "Yon pinisyon yon jij deside pou yon krim, tankou yon amann oswa prizon.",
        ),
    },
    {
        "es": (
            "denuncia",
            "denuncias, denunciar",
            "Contar a una autoridad, de palabra o por escrito, un delito o un abuso para que lo investigue.",
        ),
        "en": (
            "report",
            "reports, complaint, report it",
            "Telling an authority, in person or in writing, about a crime or an abuse so that it investigates.",
        ),
        "fr": (
            "plainte",
            "plaintes, porter plainte",
            "Dire à une autorité, à l'oral ou par écrit, qu'il y a eu un délit ou un abus pour qu'elle enquête.",
        ),
        "ht": (
            "plent",
            "pote plent",
            "Di yon otorite, ak bouch oswa alekri, gen yon krim oswa yon abi pou li fè ankèt.",
        ),
    },
    {
        "es": (
            "Fiscalía",
            "Fiscalía General del Estado",
            "La institución pública que investiga los delitos y recibe denuncias.",
        ),
        "en": (
            "Prosecutor's Office",
            "public prosecutor",
            "The public institution that investigates crimes and takes reports of them.",
        ),
        "fr": (
            "parquet",
            "Fiscalía",
            "L'institution publique qui enquête sur les délits et reçoit les plaintes (en Équateur : la Fiscalía).",
        ),
        "ht": (
            "Fiskali",
            "Fiscalía",
            "Enstitisyon leta ki fè ankèt sou krim epi ki resevwa plent (nan Ekwatè: Fiscalía).",
        ),
    },
    {
        "es": (
            "Defensoría del Pueblo",
            "Defensoría",
            "Institución pública que protege los derechos de las personas y recibe quejas contra abusos, también de otras instituciones.",
        ),
        "en": (
            "Ombudsman's Office",
            "Ombudsman, Defensoría del Pueblo",
            "A public institution that protects people's rights and takes complaints about abuses, including by other institutions.",
        ),
        "fr": (
            "Défenseur du peuple",
            "Defensoría del Pueblo",
            "Une institution publique qui protège les droits des personnes et reçoit les plaintes contre les abus, y compris d'autres institutions.",
        ),
        "ht": (
            "Defansè Pèp la",
            "Defensoría del Pueblo",
            "Yon enstitisyon leta ki pwoteje dwa moun epi ki resevwa plent sou abi, menm lè se lòt enstitisyon ki fè l.",
        ),
    },
    {
        "es": (
            "discriminación",
            "discriminar, discriminado, discriminada",
            "Tratar peor a una persona por quién es: su nacionalidad, su color de piel, su sexo u otra razón así.",
        ),
        "en": (
            "discrimination",
            "discriminate, discriminated",
            "Treating a person worse because of who they are: their nationality, skin colour, sex or another reason like that.",
        ),
        "fr": (
            "discrimination",
            "discriminer, discriminé, discriminée",
            "Traiter une personne plus mal à cause de ce qu'elle est : sa nationalité, sa couleur de peau, son sexe ou une autre raison de ce genre.",
        ),
        "ht": (
            "diskriminasyon",
            "diskrimine",
            "Trete yon moun pi mal akoz kiyès li ye: nasyonalite l, koulè po l, sèks li oswa yon lòt rezon konsa.",
        ),
    },
    {
        "es": (
            "xenofobia",
            "xenófobo",
            "Rechazo u odio hacia las personas de otro país.",
        ),
        "en": (
            "xenophobia",
            "xenophobic",
            "Rejection or hatred of people from another country.",
        ),
        "fr": (
            "xénophobie",
            "xénophobe",
            "Le rejet ou la haine des personnes d'un autre pays.",
        ),
        "ht": (
            "ksenofobi",
            "ksenofòb",
            "Lè yo rejte oswa rayi moun ki soti nan yon lòt peyi.",
        ),
    },
    {
        "es": (
            "Ministerio de Relaciones Exteriores y Movilidad Humana",
            "Cancillería",
            "El ministerio del Ecuador que se ocupa de visas, asilo y refugio, y de las personas extranjeras en el país.",
        ),
        "en": (
            "Ministry of Foreign Affairs and Human Mobility",
            "Foreign Ministry",
            "Ecuador's ministry in charge of visas, asylum and refugee status, and of foreign nationals in the country.",
        ),
        "fr": (
            "ministère des Affaires étrangères et de la Mobilité humaine",
            "Cancillería",
            "Le ministère de l'Équateur chargé des visas, de l'asile et du statut de réfugié, et des étrangers dans le pays.",
        ),
        "ht": (
            "Ministè Relasyon Etranjè ak Mobilite Imen",
            "Cancillería",
            "Ministè Ekwatè ki okipe viza, azil ak estati refijye, ak moun etranje ki nan peyi a.",
        ),
    },
    {
        "es": (
            "movilidad humana",
            "personas en movilidad",
            "Todo movimiento de personas de un lugar a otro: quienes migran, quienes piden refugio y quienes vuelven.",
        ),
        "en": (
            "human mobility",
            "people on the move",
            "Every movement of people from one place to another: migrants, people seeking refuge and people who return.",
        ),
        "fr": (
            "mobilité humaine",
            "personnes en mobilité",
            "Tout déplacement de personnes d'un endroit à un autre : celles qui migrent, qui demandent refuge ou qui reviennent.",
        ),
        "ht": (
            "mobilite imen",
            "moun k ap deplase",
            "Tout deplasman moun soti yon kote al yon lòt: moun k ap imigre, moun k ap mande refij ak moun k ap tounen.",
        ),
    },
    {
        "es": (
            "centro de salud",
            "centros de salud, subcentro de salud",
            "Lugar público de atención médica del barrio, para consultas y controles.",
        ),
        "en": (
            "health centre",
            "health centres, health center",
            "A public neighbourhood clinic, for check-ups and visits to a doctor.",
        ),
        "fr": (
            "centre de santé",
            "centres de santé",
            "Un lieu public de soins du quartier, pour les consultations et les contrôles.",
        ),
        "ht": (
            "sant sante",
            "sant sante yo",
            "Yon kote leta nan katye a kote ou ka wè doktè pou konsiltasyon ak kontwòl.",
        ),
    },
    {
        "es": (
            "emergencia",
            "emergencias, urgencias",
            "Un problema de salud grave que necesita atención enseguida.",
        ),
        "en": (
            "emergency",
            "emergencies, A&E",
            "A serious health problem that needs care right away.",
        ),
        "fr": (
            "urgence",
            "urgences",
            "Un problème de santé grave qui doit être soigné tout de suite.",
        ),
        "ht": (
            "ijans",
            "sal ijans",
            "Yon pwoblèm sante grav ki bezwen swen touswit.",
        ),
    },
    {
        "es": (
            "residencia",
            "residencias, residente",
            "Permiso para vivir en un país por un tiempo o de forma permanente.",
        ),
        "en": (
            "residence",
            "residence permit, resident",
            "Permission to live in a country for a time or for good.",
        ),
        "fr": (
            "résidence",
            "titre de séjour, résident",
            "L'autorisation de vivre dans un pays pour un temps ou pour toujours.",
        ),
        "ht": (
            "rezidans",
            "rezidan",
            "Pèmisyon pou viv nan yon peyi pou yon tan oswa pou toutan.",
        ),
    },
    {
        "es": (
            "matrícula",
            "matricular, matricularse",
            "Inscribir a una niña o un niño en una escuela o colegio.",
        ),
        "en": (
            "enrolment",
            "enrol, enrollment",
            "Signing a child up at a school.",
        ),
        "fr": (
            "inscription scolaire",
            "inscrire, inscription",
            "Inscrire un enfant dans une école.",
        ),
        "ht": (
            "enskripsyon",
            "enskri",
            "Enskri yon pitit nan yon lekòl.",
        ),
    },
    {
        "es": (
            "prueba",
            "pruebas",
            "Algo que muestra que lo que cuentas pasó: un documento, una foto, un mensaje, una noticia o un testigo.",
        ),
        "en": (
            "evidence",
            "proof",
            "Something that shows that what you say happened: a document, a photo, a message, a news story or a witness.",
        ),
        "fr": (
            "preuve",
            "preuves",
            "Ce qui montre que ce que tu racontes est arrivé : un document, une photo, un message, un article ou un témoin.",
        ),
        "ht": (
            "prèv",
            "prèv yo",
            "Yon bagay ki montre sa ou rakonte a te rive vre: yon dokiman, yon foto, yon mesaj, yon nouvèl oswa yon temwen.",
        ),
    },
    {
        "es": (
            "cita",
            "citas, turno",
            "Día y hora que te da una oficina para atenderte.",
        ),
        "en": (
            "appointment",
            "appointments",
            "The day and time an office gives you to see you.",
        ),
        "fr": (
            "rendez-vous",
            "convocation",
            "Le jour et l'heure qu'un bureau te donne pour te recevoir.",
        ),
        "ht": (
            "randevou",
            "randevou yo",
            "Jou ak lè yon biwo ba w pou yo resevwa w.",
        ),
    },
    {
        "es": (
            "asesoría legal gratuita",
            "orientación gratuita, asesoría legal",
            "Ayuda sin costo de una persona que conoce las leyes, para entender tu caso y qué puedes hacer.",
        ),
        "en": (
            "free legal advice",
            "legal advice, free advice",
            "Help at no cost from someone who knows the law, to understand your case and what you can do.",
        ),
        "fr": (
            "conseil juridique gratuit",
            "conseil juridique, conseils gratuits",
            "Une aide sans frais d'une personne qui connaît les lois, pour comprendre ton cas et ce que tu peux faire.",
        ),
        "ht": (
            "konsèy legal gratis",
            "konsèy gratis",
            "Èd san lajan yon moun ki konnen lwa yo ba w, pou konprann ka w ak sa ou ka fè.",
        ),
    },
]
