"""Demo content owned by the foundation: locales, home pages, privacy notice, footer, topics, users."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page, Site

from .demo import child_page, ensure_locales, page_at, translate, translate_all
from .models import (
    ContactDetails,
    HomePage,
    SiteSettings,
    StaffProfile,
    StandardPage,
    Topic,
    UrgentNotice,
)

HOME = {
    "es": {
        "title": "Inicio",
        "slug": "inicio",
        "welcome": "Bienvenida y bienvenido a Quito",
        "intro": "<p>Información gratuita y en tu idioma sobre tus derechos, cursos, actividades y "
        "servicios para personas migrantes, refugiadas y solicitantes de asilo.</p>",
        "tasks_heading": "Necesito ayuda con…",
    },
    "en": {
        "title": "Home",
        "slug": "home",
        "welcome": "Welcome to Quito",
        "intro": "<p>Free information in your language about your rights, courses, activities and "
        "services for migrants, refugees and asylum seekers.</p>",
        "tasks_heading": "I need help with…",
    },
    "fr": {
        "title": "Accueil",
        "slug": "accueil",
        "welcome": "Bienvenue à Quito",
        "intro": "<p>Des informations gratuites et dans votre langue sur vos droits, les formations, "
        "les activités et les services pour les personnes migrantes, réfugiées et demandeuses "
        "d'asile.</p>",
        "tasks_heading": "J'ai besoin d'aide pour…",
    },
    "ht": {
        "title": "Akèy",
        "slug": "akey",
        "welcome": "Byenveni nan Quito",
        "intro": "<p>Enfòmasyon gratis nan lang ou sou dwa ou, kou, aktivite ak sèvis pou moun ki "
        "imigre, refijye ak moun k ap mande azil.</p>",
        "tasks_heading": "Mwen bezwen èd pou…",
    },
}

PRIVACY = {
    "es": {
        "title": "Aviso de privacidad",
        "slug": "privacidad",
        "intro": "Qué datos pedimos, para qué y cuánto tiempo los guardamos.",
        "body": "<h2>Lo que pedimos</h2>"
        "<p>Para inscribirte en un curso solo necesitamos tu nombre y un teléfono o correo. Todo lo "
        "demás es opcional. Nunca te preguntamos por tu situación migratoria.</p>"
        "<h2>Para qué</h2>"
        "<p>Usamos tus datos solo para darte el servicio que pediste y para contarte cambios.</p>"
        "<h2>Cuánto tiempo</h2>"
        "<p>Borramos tus datos personales un año después de que termine tu curso. Solo guardamos "
        "cifras sin nombres.</p>"
        "<h2>Tus derechos</h2>"
        "<p>Puedes pedirnos ver, corregir o borrar tus datos en el espacio comunitario o por "
        "teléfono.</p>",
    },
    "en": {
        "title": "Privacy notice",
        "slug": "privacy",
        "intro": "What data we ask for, why, and how long we keep it.",
        "body": "<h2>What we ask for</h2>"
        "<p>To enrol in a course we only need your name and a phone number or email. Everything "
        "else is optional. We never ask about your immigration status.</p>"
        "<h2>Why</h2>"
        "<p>We use your data only to give you the service you asked for and to tell you about "
        "changes.</p>"
        "<h2>How long</h2>"
        "<p>We delete your personal data one year after your course ends. We keep only figures "
        "without names.</p>"
        "<h2>Your rights</h2>"
        "<p>You can ask us to see, correct or delete your data at the community space or by "
        "phone.</p>",
    },
    "fr": {
        "title": "Politique de confidentialité",
        "slug": "confidentialite",
        "intro": "Les données que nous demandons, pourquoi, et combien de temps nous les gardons.",
        "body": "<h2>Ce que nous demandons</h2>"
        "<p>Pour vous inscrire à une formation, il suffit de votre nom et d'un téléphone ou d'un "
        "e-mail. Tout le reste est facultatif. Nous ne demandons jamais votre situation "
        "migratoire.</p>"
        "<h2>Pourquoi</h2>"
        "<p>Nous utilisons vos données uniquement pour vous rendre le service demandé et vous "
        "prévenir des changements.</p>"
        "<h2>Combien de temps</h2>"
        "<p>Nous effaçons vos données personnelles un an après la fin de votre formation. Nous ne "
        "gardons que des chiffres sans noms.</p>"
        "<h2>Vos droits</h2>"
        "<p>Vous pouvez demander à voir, corriger ou effacer vos données à l'espace communautaire "
        "ou par téléphone.</p>",
    },
    "ht": {
        "title": "Avi sou vi prive",
        "slug": "vi-prive",
        "intro": "Ki done nou mande, poukisa, ak konbyen tan nou kenbe yo.",
        "body": "<h2>Sa nou mande</h2>"
        "<p>Pou enskri nan yon kou, nou bezwen sèlman non ou ak yon nimewo telefòn oswa yon imèl. "
        "Tout lòt bagay se si ou vle. Nou pa janm mande w sou sitiyasyon imigrasyon ou.</p>"
        "<h2>Poukisa</h2>"
        "<p>Nou itilize done ou sèlman pou ba ou sèvis ou mande a epi pou di w si gen chanjman.</p>"
        "<h2>Konbyen tan</h2>"
        "<p>Nou efase done pèsonèl ou yon ane apre kou ou a fini. Nou kenbe sèlman chif san non.</p>"
        "<h2>Dwa ou</h2>"
        "<p>Ou ka mande nou wè, korije oswa efase done ou nan espas kominotè a oswa pa "
        "telefòn.</p>",
    },
}

CONTACT = {
    "es": {
        "address": "Espacio Comunitario de Movilidad Humana, Av. 24 de Mayo y García Moreno, Centro Histórico, Quito",
        "opening_hours": "Lunes a viernes, 08:30 a 17:00",
    },
    "en": {
        "address": "Human Mobility Community Space, Av. 24 de Mayo and García Moreno, Historic Centre, Quito",
        "opening_hours": "Monday to Friday, 8:30 am to 5:00 pm",
    },
    "fr": {
        "address": "Espace communautaire de mobilité humaine, Av. 24 de Mayo et García Moreno, centre historique, Quito",
        "opening_hours": "Du lundi au vendredi, de 8 h 30 à 17 h",
    },
    "ht": {
        "address": "Espas Kominotè Mobilite Imen, Av. 24 de Mayo ak García Moreno, Sant Istorik, Quito",
        "opening_hours": "Lendi rive vandredi, 8:30 a.m. rive 5:00 p.m.",
    },
}

NOTICE = {
    "es": {
        "title": "Todo es gratis.",
        "message": "Nadie puede cobrarte por nuestros servicios ni pedirte papeles para atenderte.",
        "link_text": "",
    },
    "en": {
        "title": "Everything is free.",
        "message": "No one may charge you for our services or ask for your papers before helping you.",
        "link_text": "",
    },
    "fr": {
        "title": "Tout est gratuit.",
        "message": "Personne ne peut vous faire payer nos services ni exiger vos papiers pour vous recevoir.",
        "link_text": "",
    },
    "ht": {
        "title": "Tout bagay gratis.",
        "message": "Pèsonn pa ka fè w peye pou sèvis nou yo ni mande w papye anvan yo ede w.",
        "link_text": "",
    },
}

# (slug, icon, {language: (name, description)})
TOPICS = [
    (
        "asilo",
        "asylum",
        {
            "es": ("Asilo y refugio", "Cómo pedir protección internacional y qué derechos tienes."),
            "en": (
                "Asylum and refugee status",
                "How to ask for international protection and what your rights are.",
            ),
            "fr": (
                "Asile et statut de réfugié",
                "Comment demander une protection internationale et quels sont vos droits.",
            ),
            "ht": (
                "Azil ak estati refijye",
                "Kijan pou mande pwoteksyon entènasyonal ak ki dwa ou genyen.",
            ),
        },
    ),
    (
        "visas",
        "visa",
        {
            "es": (
                "Visas y regularización",
                "Tipos de visa, requisitos y cómo regularizar tu situación.",
            ),
            "en": (
                "Visas and regularisation",
                "Types of visa, requirements and how to regularise your status.",
            ),
            "fr": (
                "Visas et régularisation",
                "Types de visa, conditions et comment régulariser votre situation.",
            ),
            "ht": (
                "Viza ak regilarizasyon",
                "Kalite viza, kondisyon ak kijan pou regilarize sitiyasyon ou.",
            ),
        },
    ),
    (
        "trabajo",
        "work",
        {
            "es": (
                "Trabajo y derechos laborales",
                "Tu derecho a un trabajo digno, salario y seguridad social.",
            ),
            "en": (
                "Work and labour rights",
                "Your right to decent work, wages and social security.",
            ),
            "fr": (
                "Travail et droits du travail",
                "Votre droit à un travail digne, au salaire et à la sécurité sociale.",
            ),
            "ht": ("Travay ak dwa travayè", "Dwa ou a yon travay diy, salè ak sekirite sosyal."),
        },
    ),
    (
        "salud",
        "health",
        {
            "es": ("Salud", "Atención gratuita en la red pública de salud."),
            "en": ("Health care", "Free care in the public health network."),
            "fr": ("Santé", "Soins gratuits dans le réseau public de santé."),
            "ht": ("Sante", "Swen gratis nan rezo sante piblik la."),
        },
    ),
    (
        "educacion",
        "education",
        {
            "es": ("Educación", "Matricular a tus hijos en la escuela y seguir estudiando."),
            "en": ("Education", "Enrolling your children in school and continuing your studies."),
            "fr": ("Éducation", "Inscrire vos enfants à l'école et poursuivre vos études."),
            "ht": ("Edikasyon", "Enskri pitit ou lekòl epi kontinye etidye."),
        },
    ),
    (
        "vivienda",
        "housing",
        {
            "es": ("Vivienda", "Alquilar con seguridad y conocer tus derechos como inquilino."),
            "en": ("Housing", "Renting safely and knowing your rights as a tenant."),
            "fr": ("Logement", "Louer en toute sécurité et connaître vos droits de locataire."),
            "ht": ("Lojman", "Lwe kay san danje epi konnen dwa ou kòm lokatè."),
        },
    ),
    (
        "discriminacion",
        "report",
        {
            "es": ("Denunciar discriminación y violencia", "Dónde denunciar y pedir protección."),
            "en": (
                "Reporting discrimination and violence",
                "Where to report and ask for protection.",
            ),
            "fr": (
                "Signaler discriminations et violences",
                "Où porter plainte et demander une protection.",
            ),
            "ht": (
                "Denonse diskriminasyon ak vyolans",
                "Ki kote pou denonse epi mande pwoteksyon.",
            ),
        },
    ),
]

# (URL path in Spanish, icon, {language: (title, description)})
HOME_TASKS = [
    (
        "guias",
        "guide",
        {
            "es": (
                "Mis derechos y trámites",
                "Guías claras sobre asilo, visas, trabajo, salud y escuela",
            ),
            "en": (
                "My rights and paperwork",
                "Clear guides on asylum, visas, work, health and school",
            ),
            "fr": (
                "Mes droits et démarches",
                "Des guides clairs sur l'asile, les visas, le travail, la santé et l'école",
            ),
            "ht": ("Dwa mwen ak demach yo", "Gid klè sou azil, viza, travay, sante ak lekòl"),
        },
    ),
    (
        "cursos",
        "course",
        {
            "es": ("Cursos gratuitos", "Aprende un oficio e inscríbete desde tu teléfono"),
            "en": ("Free courses", "Learn a trade and enrol from your phone"),
            "fr": (
                "Formations gratuites",
                "Apprenez un métier et inscrivez-vous depuis votre téléphone",
            ),
            "ht": ("Kou gratis", "Aprann yon metye epi enskri sou telefòn ou"),
        },
    ),
    (
        "comunidad/eventos",
        "calendar",
        {
            "es": ("Actividades y talleres", "Talleres participativos, cultura y grupos de apoyo"),
            "en": (
                "Activities and workshops",
                "Participatory workshops, culture and support groups",
            ),
            "fr": (
                "Activités et ateliers",
                "Ateliers participatifs, culture et groupes de soutien",
            ),
            "ht": ("Aktivite ak atelye", "Atelye patisipatif, kilti ak gwoup sipò"),
        },
    ),
    (
        "servicios",
        "services",
        {
            "es": ("Dónde me ayudan", "Organizaciones que ayudan, también sin papeles"),
            "en": ("Where I can get help", "Organisations that help, also without papers"),
            "fr": ("Où trouver de l'aide", "Des organisations qui aident, même sans papiers"),
            "ht": ("Ki kote yo ka ede m", "Òganizasyon ki ede, menm san papye"),
        },
    ),
    (
        "tu-voz",
        "voice",
        {
            "es": ("Tu voz", "Cuéntanos qué necesitas y mira lo que hicimos"),
            "en": ("Your voice", "Tell us what you need and see what we did"),
            "fr": (
                "Votre voix",
                "Dites-nous ce dont vous avez besoin et voyez ce que nous avons fait",
            ),
            "ht": ("Vwa ou", "Di nou sa ou bezwen epi gade sa nou fè"),
        },
    ),
]

DEMO_USERS = [
    # username, password, superuser, groups
    ("admin", "demo-admin-2026", True, []),
    ("editor", "demo-editor-2026", False, ["Editors", "Moderators", "Community editors"]),
    ("partner", "demo-partner-2026", False, ["Partners"]),
    ("coordinator", "demo-coordinator-2026", False, ["Course coordinators"]),
    ("legal", "demo-legal-2026", False, ["Legal reviewers"]),
    ("adviser", "demo-adviser-2026", False, ["Legal advisers"]),
]
# What approved guides show as "Reviewed by" (a role, never a name), set in Account → Profile.
DEMO_REVIEW_ROLES = {"legal": "Asesoría legal, Municipio de Quito"}


def seed(command):
    locales = ensure_locales()
    home = _seed_home(command, locales)
    privacy = child_page(home, StandardPage, PRIVACY["es"]["slug"], **_without_slug(PRIVACY["es"]))
    translate_all(privacy, {code: PRIVACY[code] for code in ("en", "fr", "ht")})

    contact = ContactDetails.objects.filter(locale=locales["es"]).first()
    if contact is None:
        contact = ContactDetails.objects.create(
            locale=locales["es"],
            phone="+593 2 398 9000",
            whatsapp="593 99 000 0000",
            email="movilidadhumana@quito.gob.ec",
            map_url="https://www.openstreetmap.org/?mlat=-0.2226&mlon=-78.5137#map=18/-0.2226/-78.5137",
            **CONTACT["es"],
        )
    translate_all(contact, {code: CONTACT[code] for code in ("en", "fr", "ht")})

    notice = UrgentNotice.objects.filter(locale=locales["es"]).first()
    if notice is None:
        notice = UrgentNotice.objects.create(locale=locales["es"], level="info", **NOTICE["es"])
    translate_all(notice, {code: NOTICE[code] for code in ("en", "fr", "ht")})

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if site_settings.pk is None or site_settings.urgent_notice_id is None:
        site_settings.urgent_notice = notice
        site_settings.privacy_page = privacy
        site_settings.save()

    for order, (slug, icon, names) in enumerate(TOPICS):
        topic = Topic.objects.filter(locale=locales["es"], slug=slug).first()
        if topic is None:
            name, description = names["es"]
            topic = Topic.objects.create(
                locale=locales["es"],
                slug=slug,
                icon=icon,
                sort_order=order,
                name=name,
                description=description,
            )
        translate_all(
            topic,
            {
                code: {"name": names[code][0], "description": names[code][1]}
                for code in ("en", "fr", "ht")
            },
        )
    command.log("home pages, privacy notice, footer, notice and topics")


def _without_slug(fields):
    return {key: value for key, value in fields.items() if key != "slug"}


def _seed_home(command, locales):
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locales["es"]).first()
    if home is None:
        # Wagtail's migrations create a placeholder "Welcome" page; the real home replaces it.
        for placeholder in root.get_children().filter(content_type__model="page"):
            Site.objects.filter(root_page=placeholder).update(root_page=root)
            placeholder.delete()
        home = HomePage(locale=locales["es"], slug="inicio", **_without_slug(HOME["es"]))
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.hostname, site.port, site.site_name = "127.0.0.1", 8000, "Movilidad Humana Quito"
        site.save()
    translate_all(home, {code: _home_fields(code) for code in ("en", "fr", "ht")})
    return home


def _home_fields(code, task_links=None):
    fields = dict(HOME[code])
    if task_links is not None:
        fields["task_links"] = task_links
    return fields


def link_home_tasks(command):
    """Fill the home page's task links once the section pages exist (idempotent)."""
    home = HomePage.objects.filter(locale__language_code="es").first()
    if home is None or home.task_links:
        return
    sections = [(page_at(path), icon, texts) for path, icon, texts in HOME_TASKS]
    sections = [(page, icon, texts) for page, icon, texts in sections if page is not None]
    if not sections:
        return

    def links(code):
        return [
            (
                "task",
                {
                    "page": page,
                    "title": texts[code][0],
                    "description": texts[code][1],
                    "icon": icon,
                },
            )
            for page, icon, texts in sections
        ]

    home.task_links = links("es")
    home.save_revision().publish()
    for code in ("en", "fr", "ht"):
        translate(home, code, update=True, **_home_fields(code, links(code)))
    command.log(f"home task links: {len(sections)}")


def seed_users(command):
    User = get_user_model()
    for username, password, is_superuser, groups in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "is_staff": True,
                "is_superuser": is_superuser,
            },
        )
        if created:
            user.set_password(password)
            user.save()
        user.groups.add(*Group.objects.filter(name__in=groups))
        if username in DEMO_REVIEW_ROLES:
            StaffProfile.objects.get_or_create(
                user=user, defaults={"review_role": DEMO_REVIEW_ROLES[username]}
            )
        command.stdout.write(f"  login: {username:<12} password: {password}")
