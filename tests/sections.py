"""The site's sections as tests build them, shared by every test folder (a plugin that
tests/conftest.py loads): the community section, the course index and courses, the guide index
and guides. Each section is built once for a module's tests where they can share a page tree
(tests/module_pages.py), else test by test.
"""

import datetime
import itertools

from django.utils import timezone

import pytest

from community.models import (
    CommunitySpacePage,
    EventIndexPage,
    EventPage,
    FeedbackPage,
    PlanPage,
    ServiceDirectoryPage,
    ServiceProvider,
    YouSaidWeDidPage,
)
from courses.models import CourseIndexPage, CoursePage
from home.demo import translate
from home.models import HomePage
from legal_guides.models import LegalGuideIndexPage, LegalGuidePage
from tests import module_pages

_numbers = itertools.count(1)  # unique slugs and titles for pages made by the factories

INDEX_SLUGS = {"es": "guias", "en": "guides", "fr": "guides-juridiques", "ht": "gid-legal"}
INDEX_TITLES = {
    "es": "Guías legales",
    "en": "Legal guides",
    "fr": "Guides juridiques",
    "ht": "Gid legal",
}


# --- The community section ---------------------------------------------------------------
def _add(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _build_community(home):
    """The Spanish community section: space, events index, services, Tu voz with its two children."""
    space = _add(
        home,
        CommunitySpacePage(
            title="Espacio comunitario",
            slug="comunidad",
            address="Av. 24 de Mayo",
            opening_hours="08:30-17:00",
            show_in_menus=True,
        ),
    )
    events = _add(space, EventIndexPage(title="Eventos", slug="eventos"))
    services = _add(
        home, ServiceDirectoryPage(title="Servicios", slug="servicios", show_in_menus=True)
    )
    voice = _add(home, FeedbackPage(title="Tu voz", slug="tu-voz", show_in_menus=True))
    you_said = _add(voice, YouSaidWeDidPage(title="Lo que hicimos", slug="lo-que-hicimos"))
    plan = _add(voice, PlanPage(title="Plan", slug="plan"))
    return {
        "home": home,
        "space": space,
        "events": events,
        "services": services,
        "voice": voice,
        "you_said": you_said,
        "plan": plan,
    }


def _translate_community(community):
    """English translations of the section pages (/en/community/, /en/community/events/, …); call
    inside captureOnCommitCallbacks(execute=True)."""
    return {
        "space": translate(
            community["space"],
            "en",
            title="Community space",
            slug="community",
            address="Av. 24 de Mayo",
            opening_hours="8:30-17:00",
        ),
        "events": translate(community["events"], "en", title="Events", slug="events"),
        "services": translate(community["services"], "en", title="Services", slug="services"),
        "voice": translate(community["voice"], "en", title="Your voice", slug="your-voice"),
    }


@pytest.fixture(scope="module", autouse=True)
def _module_community(request, _module_home_pages, django_db_blocker):
    """The community section in the module's shared page tree (tests/module_pages.py), with its
    English translations when a test of the module asks for `community_en`."""
    if not _module_home_pages or not module_pages.module_uses(request, "community"):
        return None
    with module_pages.building(django_db_blocker):
        community = _build_community(HomePage.objects.get(pk=_module_home_pages["es"]))
        english = {}
        if module_pages.module_uses(request, "community_en"):
            english = _translate_community(community)
    return module_pages.page_ids(community), module_pages.page_ids(english)


@pytest.fixture
def community(home_pages, _module_community):
    if _module_community:
        return module_pages.fetch(_module_community[0])
    return _build_community(home_pages["es"])


@pytest.fixture
def community_en(community, _module_community, django_capture_on_commit_callbacks):
    if _module_community:
        return module_pages.fetch(_module_community[1])
    with django_capture_on_commit_callbacks(execute=True):
        pages = _translate_community(community)
    for page in pages.values():
        page.refresh_from_db()
    return pages


@pytest.fixture
def make_event(community):
    def _make(days=3, hours=2, parent=None, live=True, **fields):
        start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)
        number = next(_numbers)
        defaults = {
            "title": f"Evento {number}",
            "slug": f"evento-{number}",
            "summary": "Un taller para todas y todos.",
            "start": start,
            "end": start + datetime.timedelta(hours=hours),
            "event_type": "workshop",
        }
        defaults.update(fields)
        topics = defaults.pop("topics", [])
        event = EventPage(**defaults)
        (parent or community["events"]).add_child(instance=event)
        if topics:
            event.topics.set(topics)
        revision = event.save_revision()
        if live:
            revision.publish()
        else:
            EventPage.objects.filter(pk=event.pk).update(live=False)
        event.refresh_from_db()
        return event

    return _make


@pytest.fixture
def make_service(locales):
    def _make(**fields):
        number = next(_numbers)
        topics = fields.pop("topics", [])
        defaults = {
            "locale": locales["es"],
            "name": f"Servicio {number}",
            "summary": "Ayuda gratuita.",
            "languages": ",es,",
            "is_free": True,
            "no_documents_needed": False,
            "last_verified": timezone.localdate(),
        }
        defaults.update(fields)
        service = ServiceProvider.objects.create(**defaults)
        if topics:
            service.topics.set(topics)
            service.save()  # a ParentalManyToManyField is written on save
        return service

    return _make


# --- Courses ---------------------------------------------------------------------------


def _build_course_index(home_page):
    index = CourseIndexPage(
        title="Cursos gratuitos", slug="cursos", show_in_menus=True, locale=home_page.locale
    )
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture(scope="module", autouse=True)
def _module_course_index(request, _module_home_pages, django_db_blocker):
    """The Spanish course index in the module's shared page tree (tests/module_pages.py)."""
    if not _module_home_pages or not module_pages.module_uses(request, "course_index"):
        return None
    with module_pages.building(django_db_blocker):
        home = HomePage.objects.get(pk=_module_home_pages["es"])
        return _build_course_index(home).pk


@pytest.fixture
def course_index(home_page, _module_course_index):
    if _module_course_index:
        return CourseIndexPage.objects.get(pk=_module_course_index)
    return _build_course_index(home_page)


@pytest.fixture
def make_course(course_index):
    """make_course(capacity=5, opens=-1, closes=10, start=14, **fields) → a live Spanish course."""

    def _make(capacity=5, opens=-1, closes=10, start=14, weeks=4, **fields):
        day = timezone.localdate()
        number = next(_numbers)
        values = {
            "title": f"Curso {number}",
            "slug": f"curso-{number}",
            "summary": "Un curso gratuito.",
            "description": "<p>Descripción.</p>",
            "schedule": "Lunes y miércoles",
            "session_start": datetime.time(9),
            "session_end": datetime.time(12),
            "time_slot": "morning",
            "start_date": day + datetime.timedelta(days=start),
            "end_date": day + datetime.timedelta(days=start + 7 * weeks),
            "enrolment_opens": day + datetime.timedelta(days=opens),
            "enrolment_closes": day + datetime.timedelta(days=closes),
            "capacity": capacity,
            "locale": course_index.locale,
        }
        values.update(fields)
        course = CoursePage(**values)
        course_index.add_child(instance=course)
        course.save_revision().publish()
        return course

    return _make


@pytest.fixture
def course(make_course):
    return make_course(capacity=2)


# --- Legal guides ----------------------------------------------------------------------
def _build_guide_index(home_page):
    index = LegalGuideIndexPage(
        title=INDEX_TITLES["es"],
        slug="guias",
        show_in_menus=True,
        intro="<p>Guías en lenguaje sencillo.</p>",
    )
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


def _translate_guide_index(index):
    """The index in en, fr and ht (call inside captureOnCommitCallbacks(execute=True))."""
    return {
        code: translate(
            index,
            code,
            title=INDEX_TITLES[code],
            slug=INDEX_SLUGS[code],
            intro=f"<p>Intro {code}</p>",
        )
        for code in ("en", "fr", "ht")
    }


@pytest.fixture(scope="module", autouse=True)
def _module_guide_indexes(request, _module_home_pages, django_db_blocker):
    """The guide index in the module's shared page tree (tests/module_pages.py), translated too
    when a test of the module asks for `guide_indexes`."""
    if not _module_home_pages or not module_pages.module_uses(request, "guide_index"):
        return None
    with module_pages.building(django_db_blocker):
        index = _build_guide_index(HomePage.objects.get(pk=_module_home_pages["es"]))
        indexes = {"es": index}
        if module_pages.module_uses(request, "guide_indexes"):
            indexes.update(_translate_guide_index(index))
    return module_pages.page_ids(indexes)


@pytest.fixture
def guide_index(home_page, _module_guide_indexes):
    if _module_guide_indexes:
        return LegalGuideIndexPage.objects.get(pk=_module_guide_indexes["es"])
    return _build_guide_index(home_page)


@pytest.fixture
def guide_indexes(
    home_pages, guide_index, _module_guide_indexes, django_capture_on_commit_callbacks
):
    if _module_guide_indexes:
        return module_pages.fetch(_module_guide_indexes)
    with django_capture_on_commit_callbacks(execute=True):
        indexes = {"es": guide_index, **_translate_guide_index(guide_index)}
    for index in indexes.values():
        index.refresh_from_db()
    return indexes


@pytest.fixture
def make_guide(guide_index):
    """make_guide(slug, title=..., topics=[...], body=[...], next_review_due=..., parent=...)."""

    def _make(slug, title=None, topics=(), body=None, parent=None, **fields):
        today = timezone.localdate()
        guide = LegalGuidePage(
            title=title or slug.replace("-", " ").capitalize(),
            slug=slug,
            summary=fields.pop("summary", f"Resumen de {slug}."),
            audience=fields.pop("audience", "Personas migrantes."),
            body=body if body is not None else [{"type": "paragraph", "value": "<p>Texto.</p>"}],
            legal_basis=fields.pop(
                "legal_basis",
                [
                    {
                        "type": "reference",
                        "value": {
                            "instrument": "Constitución de la República del Ecuador (2008)",
                            "article": "art. 41",
                            "summary": "Asilo y refugio.",
                            "url": "https://www.asambleanacional.gob.ec/",
                        },
                    }
                ],
            ),
            reviewed_by=fields.pop("reviewed_by", "Equipo jurídico"),
            last_reviewed=fields.pop("last_reviewed", today - datetime.timedelta(days=30)),
            next_review_due=fields.pop("next_review_due", today + datetime.timedelta(days=150)),
            **fields,
        )
        (parent or guide_index).add_child(instance=guide)
        guide.topics.set(list(topics))
        guide.save_revision().publish()
        guide.refresh_from_db()
        return guide

    return _make
