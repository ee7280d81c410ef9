"""Demo courses for `seed_demo`: the course index and six courses in four languages.

Dates are relative to the day of the first seed so that each course shows its intended state
(open, full with a waitlist, closed, online, evening, starting next month).
"""

import datetime

from django.utils import timezone

from home.demo import child_page, translate_all
from home.models import HomePage, Topic

from .models import CourseIndexPage, CoursePage, CourseSession, Enrolment

INDEX = {
    "es": {
        "title": "Cursos gratuitos",
        "slug": "cursos",
        "intro": "Aprende un oficio o un idioma. Todos los cursos son gratuitos y abiertos a todas las personas, sin importar su situación migratoria.",
    },
    "en": {
        "title": "Free courses",
        "slug": "courses",
        "intro": "Learn a trade or a language. Every course is free and open to everyone, whatever their immigration status.",
    },
    "fr": {
        "title": "Formations gratuites",
        "slug": "formations",
        "intro": "Apprenez un métier ou une langue. Toutes les formations sont gratuites et ouvertes à tous, quelle que soit la situation migratoire.",
    },
    "ht": {
        "title": "Kou gratis",
        "slug": "kou",
        "intro": "Aprann yon metye oswa yon lang. Tout kou yo gratis epi louvri pou tout moun, kèlkeswa sitiyasyon imigrasyon yo.",
    },
}


def _text(summary, description, outcomes, requirements, schedule):
    return {
        "summary": summary,
        "description": f"<p>{description}</p>",
        "learning_outcomes": "<ul>" + "".join(f"<li>{item}</li>" for item in outcomes) + "</ul>",
        "requirements": f"<p>{requirements}</p>",
        "schedule": schedule,
    }


# slug, settings (relative days), topics, texts per language
COURSES = [
    (
        "barista",
        {
            "start": 21,
            "weeks": 6,
            "opens": -7,
            "closes": 18,
            "capacity": 15,
            "slot": "morning",
            "times": ("09:00", "12:00"),
            "modality": "in_person",
            "certificate": True,
            "seed": 4,
            "language": "es",
        },
        ["trabajo"],
        {
            "es": (
                "Barista profesional",
                _text(
                    "Prepara café de especialidad y consigue trabajo en cafeterías.",
                    "Un curso práctico en la cafetería escuela del espacio comunitario.",
                    [
                        "Preparar espresso, capuchino y métodos filtrados",
                        "Atender a clientes y manejar la caja",
                        "Higiene y seguridad alimentaria",
                    ],
                    "Ninguno. Solo ganas de aprender.",
                    "Lunes, miércoles y viernes",
                ),
            ),
            "en": (
                "Professional barista",
                _text(
                    "Make speciality coffee and find work in coffee shops.",
                    "A hands-on course in the community space's training café.",
                    [
                        "Make espresso, cappuccino and filter coffee",
                        "Serve customers and handle the till",
                        "Food hygiene and safety",
                    ],
                    "None. Just the wish to learn.",
                    "Mondays, Wednesdays and Fridays",
                ),
            ),
            "fr": (
                "Barista professionnel",
                _text(
                    "Préparez du café de spécialité et trouvez un emploi en café.",
                    "Une formation pratique dans le café-école de l'espace communautaire.",
                    [
                        "Préparer expresso, cappuccino et café filtre",
                        "Servir la clientèle et tenir la caisse",
                        "Hygiène et sécurité alimentaire",
                    ],
                    "Aucun. Seulement l'envie d'apprendre.",
                    "Lundi, mercredi et vendredi",
                ),
            ),
            "ht": (
                "Barista pwofesyonèl",
                _text(
                    "Prepare bon kafe epi jwenn travay nan kafe.",
                    "Yon kou pratik nan kafe lekòl espas kominotè a.",
                    [
                        "Prepare espresso, kapuchino ak kafe filtre",
                        "Sèvi kliyan epi jere kès la",
                        "Ijyèn ak sekirite manje",
                    ],
                    "Anyen. Se sèlman anvi aprann.",
                    "Lendi, mèkredi ak vandredi",
                ),
            ),
        },
    ),
    (
        "cocina-ecuatoriana",
        {
            "start": 10,
            "weeks": 8,
            "opens": -14,
            "closes": 8,
            "capacity": 8,
            "slot": "afternoon",
            "times": ("14:00", "17:00"),
            "modality": "in_person",
            "certificate": True,
            "seed": 11,
            "language": "es",
        },
        ["trabajo"],
        {
            "es": (
                "Cocina ecuatoriana para emprender",
                _text(
                    "Aprende platos típicos y cómo venderlos.",
                    "Cocinamos juntos los platos más pedidos de Quito y calculamos costos y precios.",
                    [
                        "Preparar locro, llapingachos y encebollado",
                        "Calcular costos y precios de venta",
                        "Permisos para vender comida",
                    ],
                    "Traer ropa cómoda. Los ingredientes son gratuitos.",
                    "Martes y jueves",
                ),
            ),
            "en": (
                "Ecuadorian cooking for small businesses",
                _text(
                    "Learn typical dishes and how to sell them.",
                    "We cook Quito's favourite dishes together and work out costs and prices.",
                    [
                        "Cook locro, llapingachos and encebollado",
                        "Work out costs and selling prices",
                        "Permits to sell food",
                    ],
                    "Bring comfortable clothes. Ingredients are free.",
                    "Tuesdays and Thursdays",
                ),
            ),
            "fr": (
                "Cuisine équatorienne pour entreprendre",
                _text(
                    "Apprenez des plats typiques et comment les vendre.",
                    "Nous cuisinons ensemble les plats préférés de Quito et calculons coûts et prix.",
                    [
                        "Préparer locro, llapingachos et encebollado",
                        "Calculer coûts et prix de vente",
                        "Autorisations pour vendre de la nourriture",
                    ],
                    "Venir en tenue confortable. Les ingrédients sont gratuits.",
                    "Mardi et jeudi",
                ),
            ),
            "ht": (
                "Kwizin ekwadoryen pou fè biznis",
                _text(
                    "Aprann plat tipik epi kijan pou vann yo.",
                    "Nou kwit ansanm plat moun Quito pi renmen yo epi nou kalkile pri yo.",
                    [
                        "Kwit locro, llapingachos ak encebollado",
                        "Kalkile sa sa koute ak pri pou vann",
                        "Pèmi pou vann manje",
                    ],
                    "Pote rad ki alèz. Engredyan yo gratis.",
                    "Madi ak jedi",
                ),
            ),
        },
    ),
    (
        "computacion-basica",
        {
            "start": 4,
            "weeks": 4,
            "opens": -20,
            "closes": -1,
            "capacity": 20,
            "slot": "afternoon",
            "times": ("15:00", "17:00"),
            "modality": "in_person",
            "certificate": False,
            "seed": 6,
            "language": "es",
        },
        ["educacion"],
        {
            "es": (
                "Computación básica",
                _text(
                    "Usa la computadora, el correo y el teléfono para trámites.",
                    "Para personas que nunca usaron una computadora o quieren perder el miedo.",
                    [
                        "Escribir y guardar documentos",
                        "Crear y usar un correo electrónico",
                        "Hacer trámites en línea con seguridad",
                    ],
                    "Ninguno.",
                    "Lunes y miércoles",
                ),
            ),
            "en": (
                "Basic computing",
                _text(
                    "Use a computer, email and your phone for paperwork.",
                    "For people who have never used a computer or want to lose their fear of it.",
                    [
                        "Write and save documents",
                        "Create and use an email account",
                        "Do paperwork online safely",
                    ],
                    "None.",
                    "Mondays and Wednesdays",
                ),
            ),
            "fr": (
                "Informatique de base",
                _text(
                    "Utilisez l'ordinateur, l'e-mail et le téléphone pour vos démarches.",
                    "Pour les personnes qui n'ont jamais utilisé d'ordinateur ou veulent perdre leur peur.",
                    [
                        "Écrire et enregistrer des documents",
                        "Créer et utiliser une adresse e-mail",
                        "Faire des démarches en ligne en sécurité",
                    ],
                    "Aucun.",
                    "Lundi et mercredi",
                ),
            ),
            "ht": (
                "Enfòmatik debaz",
                _text(
                    "Sèvi ak òdinatè, imèl ak telefòn pou fè demach.",
                    "Pou moun ki pa janm sèvi ak òdinatè oswa ki vle pa pè ankò.",
                    [
                        "Ekri epi anrejistre dokiman",
                        "Kreye epi sèvi ak yon imèl",
                        "Fè demach sou entènèt san danje",
                    ],
                    "Anyen.",
                    "Lendi ak mèkredi",
                ),
            ),
        },
    ),
    (
        "emprendimiento-digital",
        {
            "start": 14,
            "weeks": 5,
            "opens": -5,
            "closes": 12,
            "capacity": 40,
            "slot": "weekend",
            "times": ("10:00", "12:00"),
            "modality": "online",
            "certificate": True,
            "seed": 2,
            "language": "es",
        },
        ["trabajo"],
        {
            "es": (
                "Emprendimiento digital en línea",
                _text(
                    "Vende por redes sociales y WhatsApp Business.",
                    "Curso en línea por videollamada. Puedes conectarte desde el teléfono.",
                    [
                        "Crear un catálogo en WhatsApp Business",
                        "Fotografiar tus productos con el teléfono",
                        "Llevar cuentas simples",
                    ],
                    "Un teléfono con internet.",
                    "Sábados",
                ),
            ),
            "en": (
                "Online digital entrepreneurship",
                _text(
                    "Sell through social media and WhatsApp Business.",
                    "An online course by video call. You can join from your phone.",
                    [
                        "Build a catalogue in WhatsApp Business",
                        "Photograph your products with your phone",
                        "Keep simple accounts",
                    ],
                    "A phone with internet access.",
                    "Saturdays",
                ),
            ),
            "fr": (
                "Entrepreneuriat numérique en ligne",
                _text(
                    "Vendez sur les réseaux sociaux et WhatsApp Business.",
                    "Une formation en ligne par visioconférence. Vous pouvez la suivre sur votre téléphone.",
                    [
                        "Créer un catalogue sur WhatsApp Business",
                        "Photographier vos produits avec le téléphone",
                        "Tenir des comptes simples",
                    ],
                    "Un téléphone avec internet.",
                    "Samedi",
                ),
            ),
            "ht": (
                "Antreprenarya dijital sou entènèt",
                _text(
                    "Vann sou rezo sosyal ak WhatsApp Business.",
                    "Yon kou sou entènèt pa apèl videyo. Ou ka swiv li sou telefòn ou.",
                    [
                        "Kreye yon katalòg sou WhatsApp Business",
                        "Fè foto pwodwi ou ak telefòn",
                        "Kenbe kont ki senp",
                    ],
                    "Yon telefòn ki gen entènèt.",
                    "Samdi",
                ),
            ),
        },
    ),
    (
        "espanol-para-todos",
        {
            "start": 7,
            "weeks": 10,
            "opens": -10,
            "closes": 6,
            "capacity": 25,
            "slot": "evening",
            "times": ("18:30", "20:30"),
            "modality": "in_person",
            "certificate": True,
            "seed": 9,
            "language": "es",
        },
        ["educacion"],
        {
            "es": (
                "Español para personas no hispanohablantes",
                _text(
                    "Español práctico para la vida diaria y el trabajo.",
                    "Clases por la noche para quienes trabajan de día. Ideal si hablas creole, francés o inglés.",
                    [
                        "Presentarte y pedir información",
                        "Entender citas médicas y trámites",
                        "Hablar en una entrevista de trabajo",
                    ],
                    "Ninguno.",
                    "Martes y jueves por la noche",
                ),
            ),
            "en": (
                "Spanish for non-Spanish speakers",
                _text(
                    "Practical Spanish for daily life and work.",
                    "Evening classes for people who work during the day. Ideal if you speak Creole, French or English.",
                    [
                        "Introduce yourself and ask for information",
                        "Understand medical appointments and paperwork",
                        "Speak at a job interview",
                    ],
                    "None.",
                    "Tuesday and Thursday evenings",
                ),
            ),
            "fr": (
                "Espagnol pour non-hispanophones",
                _text(
                    "De l'espagnol pratique pour la vie quotidienne et le travail.",
                    "Des cours le soir pour celles et ceux qui travaillent la journée. Idéal si vous parlez créole, français ou anglais.",
                    [
                        "Vous présenter et demander des informations",
                        "Comprendre les rendez-vous médicaux et les démarches",
                        "Parler lors d'un entretien d'embauche",
                    ],
                    "Aucun.",
                    "Mardi et jeudi soir",
                ),
            ),
            "ht": (
                "Panyòl pou moun ki pa pale panyòl",
                _text(
                    "Panyòl pratik pou lavi chak jou ak travay.",
                    "Kou nan aswè pou moun ki travay lajounen. Bon pou ou si ou pale kreyòl, franse oswa angle.",
                    [
                        "Prezante tèt ou epi mande enfòmasyon",
                        "Konprann randevou doktè ak demach",
                        "Pale nan yon entèvyou travay",
                    ],
                    "Anyen.",
                    "Madi ak jedi nan aswè",
                ),
            ),
        },
    ),
    (
        "electricidad-domiciliaria",
        {
            "start": 35,
            "weeks": 8,
            "opens": -2,
            "closes": 32,
            "capacity": 18,
            "slot": "morning",
            "times": ("08:30", "11:30"),
            "modality": "in_person",
            "certificate": True,
            "seed": 0,
            "language": "es",
            "address": "Centro de Formación Municipal, Av. Pichincha y Montúfar",
        },
        ["trabajo", "vivienda"],
        {
            "es": (
                "Electricidad domiciliaria",
                _text(
                    "Instalaciones eléctricas seguras en casas y locales.",
                    "Curso práctico con herramientas y materiales incluidos.",
                    [
                        "Leer un plano eléctrico sencillo",
                        "Instalar tomacorrientes e iluminación",
                        "Trabajar con seguridad",
                    ],
                    "Saber sumar y restar.",
                    "Lunes a jueves",
                ),
            ),
            "en": (
                "Home electrical installation",
                _text(
                    "Safe electrical installations in homes and shops.",
                    "A hands-on course with tools and materials included.",
                    ["Read a simple wiring plan", "Install sockets and lighting", "Work safely"],
                    "Basic adding and subtracting.",
                    "Monday to Thursday",
                ),
            ),
            "fr": (
                "Électricité domestique",
                _text(
                    "Des installations électriques sûres dans les maisons et les commerces.",
                    "Une formation pratique, outils et matériel compris.",
                    [
                        "Lire un plan électrique simple",
                        "Installer prises et éclairage",
                        "Travailler en sécurité",
                    ],
                    "Savoir additionner et soustraire.",
                    "Du lundi au jeudi",
                ),
            ),
            "ht": (
                "Elektrisite lakay",
                _text(
                    "Enstalasyon elektrik san danje nan kay ak nan boutik.",
                    "Yon kou pratik, zouti ak materyèl yo enkli.",
                    ["Li yon plan elektrik ki senp", "Enstale priz ak limyè", "Travay san danje"],
                    "Konn fè adisyon ak soustraksyon.",
                    "Lendi rive jedi",
                ),
            ),
        },
    ),
]

ADDRESS_TRANSLATIONS = {
    "es": "Centro de Formación Municipal, Av. Pichincha y Montúfar",
    "en": "Municipal Training Centre, Av. Pichincha and Montúfar",
    "fr": "Centre municipal de formation, Av. Pichincha et Montúfar",
    "ht": "Sant Fòmasyon Minisipal, Av. Pichincha ak Montúfar",
}

DEMO_PEOPLE = [
    "Ana Pérez",
    "Luis Gómez",
    "Marie Joseph",
    "Carlos Rivas",
    "Yolanda Díaz",
    "Jean Pierre",
    "Rosa Mendoza",
    "Pedro Salas",
    "Daniela Torres",
    "Fabiola Charles",
    "Jorge Castillo",
    "Lucía Paredes",
]


# The weekdays each course meets on (Monday is 0), as its schedule says: one session a day.
SESSION_WEEKDAYS = {
    "barista": (0, 2, 4),
    "cocina-ecuatoriana": (1, 3),
    "computacion-basica": (0, 2),
    "emprendimiento-digital": (5,),
    "espanol-para-todos": (1, 3),
    "electricidad-domiciliaria": (0, 1, 2, 3),
}


def _sessions(course, weekdays):
    """The course's dated sessions, from its first to its last day, at its usual hours."""
    day, sessions = course.start_date, []
    while day <= course.end_date:
        if day.weekday() in weekdays:
            sessions.append(
                CourseSession(
                    date=day, start_time=course.session_start, end_time=course.session_end
                )
            )
        day += datetime.timedelta(days=1)
    return sessions


def seed(command):
    home = HomePage.objects.filter(locale__language_code="es").first()
    if home is None:
        command.log("courses: no Spanish home page, skipped")
        return
    index = child_page(
        home, CourseIndexPage, "cursos", show_in_menus=True, **_without_slug(INDEX["es"])
    )
    translate_all(index, {code: INDEX[code] for code in ("en", "fr", "ht")})
    provider = _provider()
    created = 0
    for slug, conf, topic_slugs, texts in COURSES:
        existed = index.get_children().filter(slug=slug).exists()
        course = child_page(index, CoursePage, slug, **_course_fields(conf, texts["es"], provider))
        new_sessions = not course.sessions.exists()
        if new_sessions:
            course.sessions = _sessions(course, SESSION_WEEKDAYS[slug])
        if not existed:
            course.topics.set(Topic.objects.filter(locale=index.locale, slug__in=topic_slugs))
        if new_sessions or not existed:
            course.save_revision().publish()
            created += not existed
        translate_all(
            course,
            {
                code: _translated_fields(course, texts[code], conf, code)
                for code in ("en", "fr", "ht")
            },
            update=new_sessions and existed,  # translations get the sessions too
        )
        _seed_enrolments(course, conf["seed"])
    command.log(f"courses: index at /es/cursos/, {len(COURSES)} courses ({created} new)")


def _without_slug(fields):
    return {key: value for key, value in fields.items() if key != "slug"}


def _provider():
    """FUDELA, created exactly as the community seed creates it (whichever seed runs first)."""
    from community.demo_data.partners import PARTNERS
    from community.models import PartnerOrganisation

    website, email, phone, topic_slugs, texts = PARTNERS["fudela"]
    name, description = texts["es"]
    partner = PartnerOrganisation.objects.filter(locale__language_code="es", name=name).first()
    if partner is None:
        partner = PartnerOrganisation(
            locale=page_locale("es"),
            name=name,
            description=description,
            website=website,
            contact_email=email,
            contact_phone=phone,
        )
        partner.save()
        partner.topics.set(Topic.objects.filter(locale=partner.locale, slug__in=topic_slugs))
        partner.save()
    translate_all(
        partner,
        {
            code: {"name": texts[code][0], "description": texts[code][1]}
            for code in ("en", "fr", "ht")
        },
    )
    return partner


def page_locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def _course_fields(conf, text, provider):
    (title, fields) = text
    day = timezone.localdate()
    start = day + datetime.timedelta(days=conf["start"])
    return {
        "title": title,
        **fields,
        "certificate": conf["certificate"],
        "start_date": start,
        "end_date": start + datetime.timedelta(weeks=conf["weeks"]),
        "session_start": datetime.time.fromisoformat(conf["times"][0]),
        "session_end": datetime.time.fromisoformat(conf["times"][1]),
        "time_slot": conf["slot"],
        "modality": conf["modality"],
        "at_community_space": "address" not in conf and conf["modality"] == "in_person",
        "address": conf.get("address", ""),
        "instruction_language": conf["language"],
        "provider": provider,
        "capacity": conf["capacity"],
        "enrolment_opens": day + datetime.timedelta(days=conf["opens"]),
        "enrolment_closes": day + datetime.timedelta(days=conf["closes"]),
    }


def _translated_fields(course, text, conf, code):
    title, fields = text
    translated = {"title": title, "slug": _slugify(title), **fields}
    if conf.get("address"):
        translated["address"] = ADDRESS_TRANSLATIONS[code]
    return translated


def _slugify(text):
    from django.utils.text import slugify

    return slugify(text)[:60]


def _seed_enrolments(course, count):
    """Fictitious people (phone only, so no email is sent) filling seats and the waitlist."""
    from .services import cancel, enrol

    if count == 0 or Enrolment.objects.filter(course=course).exists():
        return
    for number in range(count):
        name = DEMO_PEOPLE[number % len(DEMO_PEOPLE)]
        person = Enrolment(
            full_name=name,
            phone=f"099 000 {number:04d}",
            preferred_channel="whatsapp",
            nationality=["VE", "CO", "HT", "EC"][number % 4],
            gender=["woman", "man"][number % 2],
            birth_year=1975 + number,
        )
        language = "ht" if person.nationality == "HT" else "es"
        enrol(course, person, language, check_dates=False)
    # A full course where someone cancelled: the first person waiting holds a seat offer (and,
    # with no SMS or WhatsApp configured, is on the coordinators' call list with the others).
    first = Enrolment.objects.filter(course=course, status="confirmed").order_by("queue_number")
    if Enrolment.objects.filter(course=course, status="waitlisted").exists():
        cancel(first.first())
