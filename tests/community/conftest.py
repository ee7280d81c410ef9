"""Fixtures for the community section: its pages in Spanish (plus translations where a test needs them)."""

import datetime
import itertools

from django.utils import timezone

import pytest

from community.models import (
    CommunitySpacePage,
    EventIndexPage,
    EventPage,
    FeedbackPage,
    PartnerOrganisation,
    PlanPage,
    ServiceDirectoryPage,
    ServiceProvider,
    YouSaidWeDidPage,
)
from home.models import Topic

_counter = itertools.count(1)


def _add(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def topics(locales):
    return {
        slug: Topic.objects.create(locale=locales["es"], slug=slug, name=name, icon="info")
        for slug, name in [("salud", "Salud"), ("trabajo", "Trabajo"), ("asilo", "Asilo")]
    }


@pytest.fixture
def community(home_pages):
    """The Spanish community section: space, events index, services, Tu voz with its two children."""
    home = home_pages["es"]
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


@pytest.fixture
def community_en(community, translate_page):
    """English translations of the section pages (/en/community/, /en/community/events/, …)."""
    pages = {
        "space": translate_page(
            community["space"],
            "en",
            title="Community space",
            slug="community",
            address="Av. 24 de Mayo",
            opening_hours="8:30-17:00",
        ),
    }
    pages["events"] = translate_page(community["events"], "en", title="Events", slug="events")
    pages["services"] = translate_page(
        community["services"], "en", title="Services", slug="services"
    )
    pages["voice"] = translate_page(community["voice"], "en", title="Your voice", slug="your-voice")
    return pages


@pytest.fixture
def make_event(community):
    def _make(days=3, hours=2, parent=None, live=True, **fields):
        start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)
        number = next(_counter)
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
        number = next(_counter)
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


@pytest.fixture
def partner_org(locales):
    return PartnerOrganisation.objects.create(
        locale=locales["es"], name="Tejiendo Redes", website="https://example.org"
    )


@pytest.fixture
def partner_roles(community, locales):
    """`setup_roles` (as in production), two partner organisations each with a partner user, and a
    community editor. Partners' users are linked to their organisation (PartnerMembership)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from community.models import PartnerMembership
    from home.roles import setup_roles

    setup_roles()
    User = get_user_model()

    def user(name, group, organisation=None):
        account = User.objects.create_user(username=name, password="pw-for-tests-2026")  # noqa: S106
        account.groups.add(Group.objects.get(name=group))
        if organisation is not None:
            PartnerMembership.objects.create(user=account, organisation=organisation)
        return account

    own = PartnerOrganisation.objects.create(locale=locales["es"], name="Tejiendo Redes")
    other = PartnerOrganisation.objects.create(locale=locales["es"], name="ACNUR")
    return {
        "own_org": own,
        "other_org": other,
        "partner": user("partner-a", "Partners", own),
        "other_partner": user("partner-b", "Partners", other),
        "editor": user("community-editor", "Community editors"),
    }
