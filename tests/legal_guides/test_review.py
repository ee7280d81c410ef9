"""The review banner and the editors' dashboard panel of guides due for review."""

import datetime

from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db

BANNERS = {
    "es": "Esta guía puede estar desactualizada.",
    "en": "This guide may be out of date.",
    "fr": "Ce guide n'est peut-être plus à jour.",
    "ht": "Gid sa a ka pa ajou ankò.",
}


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def guides_by_due_date(guide_indexes, make_guide, translate_page):
    """The same guide, translated into all four languages, for each due date."""
    result = {}
    for name, due in [("overdue", days(-1)), ("due-today", days(0)), ("due-tomorrow", days(1))]:
        spanish = make_guide(name, next_review_due=due, last_reviewed=days(-200))
        pages = {"es": spanish}
        for code in ("en", "fr", "ht"):
            pages[code] = translate_page(
                spanish,
                code,
                title=f"{name} {code}",
                slug=f"{name}-{code}",
                summary="Summary",
                audience="Audience",
                reviewed_by="Team",
                body=spanish.body,
                legal_basis=spanish.legal_basis,
            )
        result[name] = pages
    return result


@pytest.mark.parametrize("code", ["es", "en", "fr", "ht"])
def test_banner_appears_exactly_when_the_review_date_is_past(client, guides_by_due_date, code):
    for name, expected in [("overdue", True), ("due-today", False), ("due-tomorrow", False)]:
        page = guides_by_due_date[name][code]
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{code}">' in html
        assert (BANNERS[code] in html) is expected, (name, code)
        if expected:
            assert 'class="notice notice-danger review-banner"' in html


def test_banner_dates_are_written_in_the_visitors_language(client, guides_by_due_date):
    due = days(-1)
    html = client.get(guides_by_due_date["overdue"]["ht"].url).content.decode()
    months_ht = [
        "janvye",
        "fevriye",
        "mas",
        "avril",
        "me",
        "jen",
        "jiyè",
        "out",
        "septanm",
        "oktòb",
        "novanm",
        "desanm",
    ]
    assert f"{due.day} {months_ht[due.month - 1]} {due.year}" in html
    html = client.get(guides_by_due_date["overdue"]["es"].url).content.decode()
    months_es = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
    assert f"{due.day} de {months_es[due.month - 1]} de {due.year}" in html


def test_dashboard_panel_lists_guides_due_or_overdue(admin_client, make_guide):
    make_guide("vencida", title="Guía vencida", next_review_due=days(-10), last_reviewed=days(-300))
    make_guide("pronto", title="Guía por vencer", next_review_due=days(5), last_reviewed=days(-170))
    make_guide("al-dia", title="Guía al día", next_review_due=days(120), last_reviewed=days(-10))
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    panel = html[html.index('id="guides-due-for-review-content"') :]
    panel = panel[: panel.index("</table>")]
    assert "Guía vencida" in panel and "Guía por vencer" in panel
    assert "Guía al día" not in panel
    assert panel.index("Guía vencida") < panel.index("Guía por vencer")  # most urgent first


def test_dashboard_panel_says_so_when_nothing_is_due(admin_client, make_guide):
    make_guide("al-dia", title="Guía al día", next_review_due=days(120), last_reviewed=days(-10))
    html = admin_client.get("/admin/").content.decode()
    assert "guides-due-for-review-content" in html
    assert (
        "Todas las guías legales se revisaron hace poco." in html
    )  # the admin speaks Spanish here
    assert "Guía al día" not in html


def test_next_review_must_come_after_the_last_review(make_guide):
    from django.core.exceptions import ValidationError

    guide = make_guide("fechas")
    guide.next_review_due = guide.last_reviewed
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "next_review_due" in error.value.message_dict
