"""A page under a view restriction stays private everywhere, and so do its translations.

The site has, in Spanish with an English translation, a public guide ("Ámbar"/"Amber") and a
public event ("Jade"), and a guide ("Zafiro"/"Sapphire") and an event ("Obsidiana"/"Obsidian")
that an editor restricts on the Spanish page only. The public ones show wherever the restricted
ones would, so each check can fail.
"""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from community.models import EventPage, PlanAction, PlanObjective
from home.demo import translate
from home.models import Topic
from tests import module_pages

pytestmark = pytest.mark.django_db

PASSWORD = "clave-del-taller"  # noqa: S105 - a test page's password
SECRET_WORDS = ["Zafiro", "Sapphire", "Obsidian"]  # "Obsidian" is in "Obsidiana" too
LANGUAGES = ["es", "en", "fr", "ht"]


def _guide(index, slug, title, topic):
    today = timezone.localdate()
    from legal_guides.models import LegalGuidePage

    guide = LegalGuidePage(
        title=title,
        slug=slug,
        summary=f"{title}: tus derechos.",
        audience="Personas migrantes.",
        body=[{"type": "paragraph", "value": f"<p>Texto de {title}.</p>"}],
        reviewed_by="Equipo jurídico",
        last_reviewed=today - datetime.timedelta(days=10),
        next_review_due=today + datetime.timedelta(days=100),
    )
    index.add_child(instance=guide)
    guide.topics.set([topic])
    guide.save_revision().publish()
    guide.refresh_from_db()
    return guide


def _event(index, slug, title, topic, days):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)
    event = EventPage(
        title=title,
        slug=slug,
        summary=f"{title} para todas y todos.",
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    index.add_child(instance=event)
    event.topics.set([topic])
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def _translate_guide(translate_page, guide, title, slug):
    return translate_page(
        guide,
        "en",
        title=title,
        slug=slug,
        summary=f"{title}: your rights.",
        audience="Migrants.",
        reviewed_by="Legal team",
        body=[{"type": "paragraph", "value": f"<p>Text of {title}.</p>"}],
        legal_basis=guide.legal_basis,
    )


def _build_pages(guide_indexes, community, translate_page):
    topic = Topic.objects.create(
        locale=guide_indexes["es"].locale, slug="asilo", name="Asilo", icon="asylum"
    )
    guides = {
        "public": _guide(guide_indexes["es"], "guia-ambar", "Guía Ámbar", topic),
        "secret": _guide(guide_indexes["es"], "guia-zafiro", "Guía Zafiro", topic),
    }
    events = {
        "public": _event(community["events"], "taller-jade", "Taller Jade", topic, days=3),
        "secret": _event(
            community["events"], "taller-obsidiana", "Taller Obsidiana", topic, days=4
        ),
    }
    english = {
        "public guide": _translate_guide(
            translate_page, guides["public"], "Amber guide", "amber-guide"
        ),
        "secret guide": _translate_guide(
            translate_page, guides["secret"], "Sapphire guide", "sapphire-guide"
        ),
        "public event": translate_page(
            events["public"],
            "en",
            title="Jade workshop",
            slug="jade-workshop",
            summary="For everyone.",
        ),
        "secret event": translate_page(
            events["secret"],
            "en",
            title="Obsidian workshop",
            slug="obsidian-workshop",
            summary="For everyone.",
        ),
    }
    objective = PlanObjective.objects.create(
        locale=topic.locale, number=1, title="Acceso a derechos"
    )
    action = PlanAction.objects.create(
        locale=topic.locale, objective=objective, number=1, title="Talleres"
    )
    action.workshops.set([events["public"], events["secret"]])
    action.save()  # a ParentalManyToManyField is written on save
    return {"guides": guides, "events": events, "english": english, "community": community}


@pytest.fixture(scope="module", autouse=True)
def _module_pages(_module_guide_indexes, _module_community, django_db_blocker):
    """The pages, built once for the module's tests (tests/module_pages.py)."""
    if not _module_guide_indexes:
        return None
    with module_pages.building(django_db_blocker):
        guide_indexes = module_pages.fetch(_module_guide_indexes)
        community = module_pages.fetch(_module_community[0])
        return module_pages.page_ids(_build_pages(guide_indexes, community, translate))


@pytest.fixture
def pages(guide_indexes, community, community_en, translate_page, _module_pages):
    if _module_pages:
        return module_pages.fetch(_module_pages)
    return _build_pages(guide_indexes, community, translate_page)


def restrict(page, kind, django_capture_on_commit_callbacks):
    """Restrict `page` the way the admin's privacy dialog does (and run what waits for the commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=kind, password=PASSWORD if kind == "password" else ""
        )
        if kind == "groups":
            restriction.groups.set([Group.objects.get_or_create(name="Partners")[0]])
    return restriction


def public_views(pages):
    """Every public place that lists guides or events, in every language."""
    public_guide_es = pages["guides"]["public"]
    urls = ["/sitemap.xml", "/es/guias/", "/en/guides/", "/fr/guides-juridiques/", "/ht/gid-legal/"]
    urls += ["/es/comunidad/eventos/", "/en/community/events/", "/es/comunidad/", "/en/community/"]
    urls += ["/es/comunidad/eventos/?when=past", "/es/tu-voz/plan/"]
    for code in LANGUAGES:
        urls += [f"/{code}/", f"/{code}/calendar/events.ics", f"/{code}/search/?q=taller"]
    urls += ["/es/search/?q=derechos", "/en/search/?q=rights", "/en/search/?q=workshop"]
    urls += [
        public_guide_es.url,
        pages["english"]["public guide"].url,
        pages["events"]["public"].url,
    ]
    return urls


def secrets_shown(client, urls):
    """{url: the secret words it shows}, for the urls that show any."""
    shown = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode().lower()  # the sitemap has the slugs only
        words = [word for word in SECRET_WORDS if word.lower() in body]
        if words:
            shown[url] = words
    return shown


@pytest.mark.parametrize("kind", ["password", "groups", "login"])
def test_restricted_guide_and_event_are_listed_nowhere_in_any_language(
    client, pages, kind, django_capture_on_commit_callbacks
):
    urls = public_views(pages)
    # Before: every list shows them (which also fills every cache, as on a running site).
    before = secrets_shown(client, urls)
    assert "/en/guides/" in before and "/ht/gid-legal/" in before and "/sitemap.xml" in before
    assert "/en/calendar/events.ics" in before and "/es/tu-voz/plan/" in before
    assert "/en/search/?q=rights" in before and pages["guides"]["public"].url in before

    restrict(pages["guides"]["secret"], kind, django_capture_on_commit_callbacks)
    restrict(pages["events"]["secret"], kind, django_capture_on_commit_callbacks)

    assert secrets_shown(client, [url for url in urls if url != "/sitemap.xml"]) == {}
    assert secrets_shown(client, ["/sitemap.xml"]) == {}
    # …while the public guide and event are still there.
    assert "Amber guide" in client.get("/en/guides/").content.decode()
    assert "Jade workshop" in client.get("/en/calendar/events.ics").content.decode()
    assert "Taller Jade" in client.get("/es/tu-voz/plan/").content.decode()
    assert "Guía Ámbar" in client.get("/fr/guides-juridiques/").content.decode()


def test_a_page_restricted_after_the_sitemap_was_cached_leaves_it_at_once(
    client, pages, django_capture_on_commit_callbacks
):
    assert "zafiro" in client.get("/sitemap.xml").content.decode()
    restrict(pages["guides"]["secret"], "password", django_capture_on_commit_callbacks)
    assert "zafiro" not in client.get("/sitemap.xml").content.decode()


def test_a_restriction_on_a_spanish_section_covers_the_english_section(
    client, pages, django_capture_on_commit_callbacks
):
    restrict(pages["community"]["events"], "login", django_capture_on_commit_callbacks)
    assert client.get("/en/community/events/").status_code == 302
    assert client.get(pages["english"]["public event"].url).status_code == 302
    feed = client.get("/en/calendar/events.ics").content.decode()
    assert "Jade workshop" not in feed and "Obsidian workshop" not in feed


def test_calendar_files_and_search_follow_the_restriction_as_it_comes_and_goes(
    client, pages, django_capture_on_commit_callbacks
):
    secret, secret_en = pages["events"]["secret"], pages["english"]["secret event"]
    assert client.get(f"/en/calendar/event-{secret_en.pk}.ics").status_code == 200
    restriction = restrict(secret, "password", django_capture_on_commit_callbacks)
    assert client.get(f"/es/calendar/event-{secret.pk}.ics").status_code == 404
    assert client.get(f"/en/calendar/event-{secret_en.pk}.ics").status_code == 404
    assert "Obsidian" not in client.get("/en/search/?q=workshop").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert client.get(f"/en/calendar/event-{secret_en.pk}.ics").status_code == 200
    assert "Obsidian" in client.get("/en/search/?q=workshop").content.decode()
    assert "Obsidian workshop" in client.get("/en/community/events/").content.decode()
    assert "Taller Obsidiana" in client.get(pages["guides"]["public"].url).content.decode()


# --- Serving a translation ----------------------------------------------------------------------
def test_english_translation_of_a_password_protected_guide_asks_for_the_same_password(
    client, pages, django_capture_on_commit_callbacks
):
    restriction = restrict(
        pages["guides"]["secret"], "password", django_capture_on_commit_callbacks
    )
    english = pages["english"]["secret guide"]
    response = client.get(english.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Text of Sapphire guide" not in body
    assert f"/_util/authenticate_with_password/{restriction.pk}/{english.pk}/" in body
    assert "private" in response["Cache-Control"]  # never kept by a shared cache
    assert (
        "Text of Amber guide" in client.get(pages["english"]["public guide"].url).content.decode()
    )

    client.post(
        f"/en/_util/authenticate_with_password/{restriction.pk}/{english.pk}/",
        {"password": "adivinanza", "return_url": english.url},
    )
    assert "Text of Sapphire guide" not in client.get(english.url).content.decode()

    answer = client.post(
        f"/en/_util/authenticate_with_password/{restriction.pk}/{english.pk}/",
        {"password": PASSWORD, "return_url": english.url},
    )
    assert answer.status_code == 302 and answer["Location"] == english.url
    assert "Text of Sapphire guide" in client.get(english.url).content.decode()
    assert "Texto de Guía Zafiro" in client.get(pages["guides"]["secret"].url).content.decode()


@pytest.mark.parametrize("kind", ["groups", "login"])
def test_english_translation_of_a_members_only_event_sends_visitors_to_log_in(
    client, pages, kind, django_capture_on_commit_callbacks, django_user_model
):
    restrict(pages["events"]["secret"], kind, django_capture_on_commit_callbacks)
    english = pages["english"]["secret event"]
    response = client.get(english.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/_util/login/?next=")

    if kind == "groups":  # logged in, but not a member
        client.force_login(django_user_model.objects.create_user("vecina", password="x"))
        assert "Obsidian workshop" not in client.get(english.url).content.decode()
    member = django_user_model.objects.create_user("socia", password="x")  # noqa: S106
    member.groups.add(Group.objects.get_or_create(name="Partners")[0])
    client.force_login(member)
    assert "Obsidian workshop" in client.get(english.url).content.decode()


def test_a_translation_with_its_own_restriction_uses_its_own(
    client, pages, django_capture_on_commit_callbacks
):
    spanish_restriction = restrict(
        pages["guides"]["secret"], "password", django_capture_on_commit_callbacks
    )
    english = pages["english"]["secret guide"]
    with django_capture_on_commit_callbacks(execute=True):
        own = PageViewRestriction.objects.create(
            page=english,
            restriction_type="password",
            password="english-password",  # noqa: S106
        )
    body = client.get(english.url).content.decode()
    assert f"/_util/authenticate_with_password/{own.pk}/{english.pk}/" in body
    assert f"/_util/authenticate_with_password/{spanish_restriction.pk}/" not in body

    client.post(
        f"/es/_util/authenticate_with_password/{spanish_restriction.pk}/{pages['guides']['secret'].pk}/",
        {"password": PASSWORD, "return_url": "/es/"},
    )
    assert "Text of Sapphire guide" not in client.get(english.url).content.decode()
    client.post(
        f"/en/_util/authenticate_with_password/{own.pk}/{english.pk}/",
        {"password": "english-password", "return_url": english.url},
    )
    assert "Text of Sapphire guide" in client.get(english.url).content.decode()


@pytest.mark.parametrize("kind", ["password", "groups"])
def test_a_restricted_course_is_left_out_of_the_course_index_and_home(
    client, make_course, kind, django_capture_on_commit_callbacks
):
    make_course(title="Curso Ámbar", slug="curso-ambar")
    secret = make_course(title="Curso Turquesa", slug="curso-turquesa")
    assert "Curso Turquesa" in client.get("/es/cursos/").content.decode()

    restrict(secret, kind, django_capture_on_commit_callbacks)

    for url in ["/es/cursos/", "/es/", "/sitemap.xml"]:
        html = client.get(url).content.decode()
        assert "Turquesa" not in html and "turquesa" not in html, url
    assert "Curso Ámbar" in client.get("/es/cursos/").content.decode()
