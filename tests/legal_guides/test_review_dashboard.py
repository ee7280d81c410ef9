"""The editors' dashboard panel of guides due for review, and the review dates' validation (the
banner on an overdue guide is in test_review.py)."""

import datetime

from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


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
