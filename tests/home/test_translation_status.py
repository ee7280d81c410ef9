"""The translation status report and machine translation that waits for a person's review, through
the real admin URLs (wagtail-localize's dummy translator; no test reaches a network)."""

import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation

import pytest

from home.models import StandardPage
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"
DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def _user(username, group):
    user = get_user_model().objects.create_user(
        username=username,
        password="a-long-password-2026",  # noqa: S106
    )
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin in English: the labels below are English
    profile.save()
    return user


@pytest.fixture
def editor(home_pages):
    call_command("setup_roles", stdout=io.StringIO())
    return _user("comunicacion", "Editors")


@pytest.fixture
def privacy(home_pages):
    page = StandardPage(
        title="Aviso de privacidad",
        slug="privacidad",
        intro="Qué datos guardamos.",
        body="<p>Guardamos lo mínimo.</p>",
    )
    home_pages["es"].add_child(instance=page)
    page.save_revision().publish()
    return page


def _cells(html, title):
    """{language: status} of the row of `title` in the report's HTML."""
    row = html[html.index(f">{title}</a>") :]
    row = row[: row.index("</tr>")]
    cells = {}
    for part in row.split('<td data-language="')[1:]:
        language, rest = part.split('"', 1)
        cells[language] = rest.split('data-status="', 1)[1].split('"', 1)[0]
    return cells


def _csv(client, query=""):
    response = client.get(f"{REPORT}?export=csv{query}")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def _machine_translate_fr(client, page):
    """Submit the page for French and fill it with the machine translator, as in the admin."""
    fr = Locale.objects.get(language_code="fr")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [fr.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=fr)
    fr_page = page.get_translation(fr)
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": reverse("wagtailadmin_pages:edit", args=[fr_page.pk])},
    )
    assert response.status_code == 302
    return translation, fr_page


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY)
def test_cells_follow_translation_edits_and_machine_translation_and_the_export_matches(
    client, editor, privacy, translate_page, django_capture_on_commit_callbacks
):
    login_verified(client, editor)
    html = client.get(REPORT).content.decode()
    assert _cells(html, "Aviso de privacidad") == {
        "en": "missing",
        "fr": "missing",
        "ht": "missing",
    }
    # The home page was translated through wagtail-localize into every language.
    assert set(_cells(html, privacy.get_parent().title).values()) == {"up_to_date"}

    # A new English translation: up to date.
    translate_page(
        privacy, "en", title="Privacy notice", intro="What we keep.", body="<p>Very little.</p>"
    )
    assert _cells(client.get(REPORT).content.decode(), "Aviso de privacidad")["en"] == "up_to_date"

    # An edit of the Spanish source, published: the English version is out of date.
    privacy.refresh_from_db()
    privacy.intro = "Qué datos guardamos y por cuánto tiempo."
    privacy.save_revision().publish()
    assert _cells(client.get(REPORT).content.decode(), "Aviso de privacidad")["en"] == "out_of_date"

    # A machine translation into French: awaiting review.
    with django_capture_on_commit_callbacks(execute=True):
        translation, fr_page = _machine_translate_fr(client, privacy)
    html = client.get(REPORT).content.decode()
    assert _cells(html, "Aviso de privacidad") == {
        "en": "out_of_date",
        "fr": "awaiting_review",
        "ht": "missing",
    }
    # Each cell links to wagtail-localize's editor (or, when missing, to "Translate").
    edit_fr = reverse("wagtailadmin_pages:edit", args=[fr_page.pk])
    assert f'href="{edit_fr}"' in html
    assert reverse("wagtail_localize:submit_page_translation", args=[privacy.pk]) in html

    # The export says the same, one row per page and language.
    exported = _csv(client)
    assert list(exported[0]) == [
        "Title",
        "Type",
        "Section",
        "Language",
        "Status",
        "Detail",
        "Translation editor",
    ]
    rows = {
        (row["Title"], row["Language"]): row["Status"]
        for row in exported
        if row["Title"] == "Aviso de privacidad"
    }
    assert rows == {
        ("Aviso de privacidad", "en"): "Out of date",
        ("Aviso de privacidad", "fr"): "Machine-translated, awaiting review",
        ("Aviso de privacidad", "ht"): "Missing",
    }
    xlsx = client.get(f"{REPORT}?export=xlsx")
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY)
def test_filters_and_the_count_per_language(client, editor, privacy, translate_page):
    translate_page(
        privacy, "en", title="Privacy notice", intro="What we keep.", body="<p>Very little.</p>"
    )
    login_verified(client, editor)

    def results(query):
        html = client.get(f"{REPORT}?{query}").content.decode()
        marker = 'class="listing translation-status"'
        return html, html.split(marker)[-1] if marker in html else ""

    _html, table = results("language=en&status=missing")
    assert "Aviso de privacidad" not in table  # translated into English
    html, table = results("language=fr&status=missing")
    assert "Aviso de privacidad" in table
    assert privacy.get_parent().title not in table  # the home page is translated
    # Only the French column, and the count of French pages missing at the top.
    assert 'data-language="en"' not in html
    assert '<td data-language="fr" data-status="missing">1</td>' in html
    # A section filter: the home page's own section only.
    _html, table = results("section=home")
    assert privacy.get_parent().title in table and "Aviso de privacidad" not in table


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY)
def test_a_machine_translation_is_published_only_after_a_person_reviewed_it(
    client, editor, privacy, django_capture_on_commit_callbacks
):
    moderator = _user("moderadora", "Moderators")
    login_verified(client, moderator)
    with django_capture_on_commit_callbacks(execute=True):
        translation, fr_page = _machine_translate_fr(client, privacy)
    edit_url = reverse("wagtailadmin_pages:edit", args=[fr_page.pk])

    # "Publish" in the translation editor is refused while segments are machine-made.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"action": "publish"}, follow=True)
    assert "machine-translated segments that nobody has reviewed" in response.content.decode()
    fr_page.refresh_from_db()
    assert fr_page.title == "Aviso de privacidad"  # still the Spanish text it was created with
    assert StringTranslation.objects.filter(
        locale=fr_page.locale, translation_type="machine"
    ).exists()

    # A person checks each segment and saves it (the editor's "Save" on a segment).
    source = translation.source
    for segment in source.stringsegment_set.all():
        machine = StringTranslation.objects.get(
            translation_of=segment.string, locale=fr_page.locale, context=segment.context
        )
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            f"value={machine.data}",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    fr_page.refresh_from_db()
    assert fr_page.live and fr_page.title == "privacidad de Aviso"  # the reviewed translation
    login_verified(client, editor)
    html = client.get(REPORT).content.decode()
    assert _cells(html, "Aviso de privacidad")["fr"] == "up_to_date"


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY)
def test_visitors_never_see_unreviewed_machine_text(
    client, editor, privacy, django_capture_on_commit_callbacks
):
    login_verified(client, editor)
    with django_capture_on_commit_callbacks(execute=True):
        translation, fr_page = _machine_translate_fr(client, privacy)
        # Published anyway, by a path that skips the editor ("sync translated pages").
        translation.save_target(publish=True)
    client.logout()
    fr_page.refresh_from_db()
    response = client.get(fr_page.url)
    assert response.status_code == 302
    assert response["Location"] == privacy.url
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_only_staff_who_translate_see_the_report(client, editor, home_pages):
    coordinator = _user("coordinadora", "Course coordinators")
    login_verified(client, coordinator)
    assert client.get(REPORT).status_code in (302, 403)
    assert "Translation status" not in client.get("/admin/").content.decode()
    login_verified(client, editor)
    assert client.get(REPORT).status_code == 200
    assert REPORT in client.get("/admin/").content.decode()  # in the Reports menu
