"""The admin dashboard per role: each panel only for the groups that can act on it, with the
right counts, through the real admin home page (/admin/) as each role."""

import datetime
import io
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

import pytest

from community.models import Feedback, PartnerMembership, PartnerOrganisation
from courses import services
from courses.models import Enrolment, Notification
from search.models import ZeroResultQuery, week_start
from tests.courses.conftest import person
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db

PANELS = {
    "courses": "Course coordinators",
    "community": "Community editors",
    "legal-review": "Legal reviewers",
    "legal-advice": "Legal advisers",
    "partner": "Partners",
    "translations": "Editors",
}


def _user(username, group):
    user = get_user_model().objects.create_user(
        username=username,
        password="a-long-password-2026",  # noqa: S106
        email=f"{username}@example.org",
    )
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def site(community, course_index, guide_index):  # noqa: F811
    call_command("setup_roles", stdout=io.StringIO())
    return {group: _user(group.lower().replace(" ", "-"), group) for group in PANELS.values()}


def _panel(html, slug):
    marker = f'id="dashboard-{slug}-content"'
    if marker not in html:
        return None
    panel = html[html.index(marker) :]
    return panel[: panel.index("</section>")]


def _figures(panel):
    return {
        label.strip(): int(value)
        for value, label in re.findall(
            r'role-dashboard__value">(\d+)</span>\s*(?:<a href="[^"]*">)?([^<]+)', panel
        )
    }


def _dashboard(client, user):
    login_verified(client, user)
    response = client.get("/admin/")
    assert response.status_code == 200
    client.logout()
    return response.content.decode()


def test_each_role_sees_only_its_own_panels(client, site):
    for group, user in site.items():
        html = _dashboard(client, user)
        shown = {slug for slug in PANELS if _panel(html, slug) is not None}
        assert shown == {slug for slug, owner in PANELS.items() if owner == group}, group
        # The legal guides' review list is for legal reviewers only.
        assert ('id="guides-due-for-review-content"' in html) == (group == "Legal reviewers")


def test_coordinators_see_full_courses_the_waitlist_new_enrolments_and_failures(
    client,
    site,
    make_course,  # noqa: F811
):
    full = make_course(capacity=2, title="Costura básica")
    nearly = make_course(capacity=5, title="Computación")
    quiet = make_course(capacity=10, title="Cocina")  # one enrolment: not listed
    for number in (1, 2, 3, 4):  # two seats, then two on the waitlist
        services.enrol(full, person(number), "es")
    for number in (5, 6, 7, 8):
        services.enrol(nearly, person(number), "es")
    old, _ = services.enrol(quiet, person(9), "es")
    Enrolment.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=10)
    )
    failed = Enrolment.objects.filter(course=full, status="confirmed").first()
    Enrolment.objects.filter(pk=failed.pk).update(email="persona@example.org")
    Notification.objects.create(
        enrolment=failed, kind="confirmed", attempts=3, gave_up=True, last_error="timeout"
    )

    panel = _panel(_dashboard(client, site["Course coordinators"]), "courses")
    figures = _figures(panel)
    assert figures["People on a waitlist"] == 2
    assert figures["Enrolments in the last 7 days"] == 8
    assert figures["Failed notifications"] == 1
    rows = panel[panel.index("Courses full or nearly full") :]
    assert "Costura básica" in rows and "2 / 2" in rows and "Full" in rows
    assert "Computación" in rows and "4 / 5" in rows and "Nearly full" in rows
    assert "Cocina" not in rows


def test_community_editors_see_new_messages_stale_entries_and_events_to_moderate(
    client,
    site,
    make_service,  # noqa: F811
    make_event,  # noqa: F811
):
    for status in ("received", "received", "in_review", "answered"):
        Feedback.objects.create(language="es", message="Necesito ayuda.", status=status)
    make_service(name="Servicio verificado")
    make_service(
        name="Servicio viejo", last_verified=timezone.localdate() - datetime.timedelta(days=400)
    )
    event = make_event(live=False, title="Feria de empleo", owner=site["Partners"])
    event.get_workflow().start(event, site["Partners"])
    make_event(title="Taller publicado")

    figures = _figures(_panel(_dashboard(client, site["Community editors"]), "community"))
    assert figures["New Tu voz messages"] == 2
    assert figures["Tu voz messages not answered yet"] == 3
    assert figures["Directory entries overdue for verification"] == 1
    assert figures["Events awaiting moderation"] == 1

    # The partner sees their own event with its moderation state, not the others', their
    # organisation's directory entries and the messages forwarded to it.
    organisation = PartnerOrganisation.objects.create(
        locale=Locale.objects.get(language_code="es"), name="Tejiendo Redes"
    )
    PartnerMembership.objects.create(user=site["Partners"], organisation=organisation)
    make_service(name="Costurero comunitario", organisation=organisation)
    Feedback.objects.create(
        language="es", message="Me interesa.", status="forwarded", forwarded_partner=organisation
    )
    panel = _panel(_dashboard(client, site["Partners"]), "partner")
    assert "Feria de empleo" in panel and "Awaiting moderation" in panel
    assert "Taller publicado" not in panel
    assert "Costurero comunitario" in panel and "Servicio viejo" not in panel
    assert _figures(panel)["Tu voz messages forwarded to your organisation"] == 1


def test_legal_reviewers_see_guides_awaiting_review_and_due(
    client,
    site,
    make_guide,  # noqa: F811
):
    today = timezone.localdate()
    make_guide("vencida", next_review_due=today - datetime.timedelta(days=1))
    make_guide("pronto", next_review_due=today + datetime.timedelta(days=10))
    make_guide("lejos", next_review_due=today + datetime.timedelta(days=200))
    submitted = make_guide("enviada", title="Guía enviada")
    submitted.save_revision(user=site["Editors"])
    submitted.get_workflow().start(submitted, site["Editors"])

    panel = _panel(_dashboard(client, site["Legal reviewers"]), "legal-review")
    figures = _figures(panel)
    assert figures["Guides awaiting legal review"] == 1
    assert figures["Guides overdue for review"] == 1
    assert figures["Guides due in the next 30 days"] == 1
    assert "Guía enviada" in panel[panel.index("<table") :]


def test_editors_see_translations_to_do_and_searches_without_results(client, site):
    from home import translation_status

    week = week_start(timezone.localdate())
    ZeroResultQuery.objects.create(language="es", week=week, query="visa", count=3)
    ZeroResultQuery.objects.create(language="en", week=week, query="visa", count=2)
    ZeroResultQuery.objects.create(
        language="es", week=week - datetime.timedelta(days=7), query="visa", count=10
    )
    html = _dashboard(client, site["Editors"])
    panel = _panel(html, "translations")
    assert _figures(panel)["Searches without results this week"] == 5

    def missing_in_french(panel):
        row = panel[panel.index(">Français</a>") :]
        return int(re.search(r">(\d+)</a>", row).group(1))

    before = missing_in_french(panel)
    counted = translation_status.summary(translation_status.build_rows())["fr"]["missing"]
    assert before == counted > 0
    # One more Spanish page without a French version: one more to translate.
    from home.models import StandardPage

    home = Page.objects.get(depth=2, locale__language_code="es")
    page = StandardPage(title="Nueva página", slug="nueva", body="<p>Hola.</p>")
    home.add_child(instance=page)
    page.save_revision().publish()
    assert missing_in_french(_panel(_dashboard(client, site["Editors"]), "translations")) == (
        before + 1
    )


def test_legal_advisers_see_new_requests_appointments_and_people_to_call(client, site, settings):
    from legal_advice import services as advice
    from legal_advice.models import AdviceRequest

    settings.MESSAGE_BACKEND = ""  # no phone channel: a phone-only person is to be called

    def request(**fields):
        return advice.submit(
            AdviceRequest(
                topic="work",
                preferred_language="ht",
                full_name="Persona",
                description="Pregunta.",
                **fields,
            ),
            "es",
        )

    request(email="a@example.org")
    request(phone="099 111 2222")  # phone only: on the call list
    offered = request(email="b@example.org")
    advice.change_status(
        offered,
        "appointment",
        timezone.now() + datetime.timedelta(days=3),
        "Centro comunitario",
    )
    later = request(email="c@example.org")
    advice.change_status(
        later, "appointment", timezone.now() + datetime.timedelta(days=20), "Centro"
    )
    panel = _panel(_dashboard(client, site["Legal advisers"]), "legal-advice")
    assert _figures(panel) == {
        "New requests": 2,
        "Appointments in the next 7 days": 1,
        "People to call (no email or phone message reached them)": 1,
    }
    assert 'href="/admin/legal-advice/call-list/"' in panel
