"""The staff impact report: no count under 5 is shown or exported, not even through totals, and
the figures are the same after the personal-data purge."""

import csv
import io
import random
import re

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

import pytest

from courses import services
from courses.models import Enrolment
from results.suppression import LEFT_OUT_MIN, SMALL, SMALL_LABEL, suppress

from ..staff_login import login_verified
from .conftest import person

URL = "/admin/reports/impact/"


# --- The rule itself, on many random populations -----------------------------------------------
def _invariants(result, records):
    assert result.total + result.left_out == len(records)
    for table in result.tables:
        shown = [cell.count for cell in table.cells if cell.count is not None]
        assert all(count >= SMALL for count in shown), table
        # subtracting the shown figures from the total leaves nothing to find
        assert sum(shown) == table.total == result.total
        for cell in table.cells:
            if cell.count is None and cell.small:
                assert cell.shown == SMALL_LABEL
    # what is left out is never one small group's count
    assert result.left_out == 0 or result.left_out >= LEFT_OUT_MIN or result.total == 0


def test_no_small_count_survives_on_random_populations():
    generator = random.Random(16)
    for _ in range(300):
        size = generator.randint(0, 80)
        records = [
            (
                generator.choice("ABCDEFG"[: generator.randint(1, 7)]),
                generator.choice(["2026-01", "2026-02", "2026-03"]),
                generator.choice(["VE", "CO", "HT", "CU", ""]),
            )
            for _ in range(size)
        ]
        _invariants(suppress(records, ["course", "month", "nationality"]), records)


def test_one_small_group_cannot_be_worked_out_from_the_total():
    records = [("VE",)] * 30 + [("CO",)] * 12 + [("HT",)] * 2
    result = suppress(records, ["nationality"])
    cells = {cell.value: cell.shown for cell in result.tables[0].cells}
    assert cells["HT"] == "< 5"
    # two Haitians alone would be the difference between the totals: another group goes too
    assert result.left_out >= LEFT_OUT_MIN
    assert cells["VE"] == 30 and cells["CO"] is None  # CO hidden to protect HT, not "< 5"
    assert result.total == 30


# --- The report in the admin -------------------------------------------------------------------
@pytest.fixture
def enrolments(make_course):
    """Two courses: mostly Venezuelan and Colombian women and men, two Haitians, a small course."""
    big, small = make_course(start=-60, weeks=2), make_course(start=-60, weeks=2)
    number = 0
    for course, nationality, gender, count in (
        (big, "VE", "woman", 12),
        (big, "VE", "man", 8),
        (big, "CO", "woman", 7),
        (big, "HT", "woman", 2),
        (small, "VE", "woman", 3),
    ):
        for _ in range(count):
            number += 1
            services.enrol(
                course,
                person(number, nationality=nationality, gender=gender),
                "es",
                check_dates=False,
            )
    Enrolment.objects.filter(course=big, nationality="VE", gender="woman").update(
        status="completed"
    )
    return big, small


@pytest.fixture
def analyst(client, django_user_model):
    user = django_user_model.objects.create_user("analyst", "a@example.org", "pw-123456")
    group = Group.objects.create(name="Analysts")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_impact_report"),
    )
    user.groups.add(group)
    return login_verified(client, user)


def _export(client):
    response = client.get(URL, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    # columns: population, breakdown, group, count (headings in the staff member's language)
    header, *rows = csv.reader(io.StringIO(body))
    assert len(header) == 4
    columns = ("Population", "Breakdown", "Group", "Count")
    return body, [dict(zip(columns, row, strict=True)) for row in rows]


@pytest.mark.django_db
def test_the_report_shows_no_count_under_5(analyst, enrolments):
    response = analyst.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html  # the charts
    tables = re.findall(r"<table class=\"listing\">.*?</table>", html, re.S)
    assert tables
    seen_small = False
    for table in tables:
        figures = re.findall(r"<td>([^<]*)</td>", table)
        *cells, total = figures
        numbers = [int(value) for value in cells if value.strip().isdigit()]
        assert all(number >= SMALL for number in numbers), table
        assert sum(numbers) == int(total)  # total minus the shown figures: 0, nothing revealed
        seen_small |= "&lt; 5" in table
    assert seen_small  # the Haitians and the small course are there, as "< 5"


@pytest.mark.django_db
def test_the_export_shows_no_count_under_5_even_through_totals(analyst, enrolments):
    _, rows = _export(analyst)
    assert rows
    tables = {}
    for row in rows:
        count = row["Count"]
        if count.isdigit():
            assert int(count) == 0 or int(count) >= SMALL, row
        if row["Breakdown"]:
            tables.setdefault((row["Population"], row["Breakdown"]), []).append(row)
        else:  # left out of every table: never a small group's count
            assert count in ("0", f"< {LEFT_OUT_MIN}") or int(count) >= LEFT_OUT_MIN
    assert any(row["Count"] == "< 5" for row in rows)
    for (population, breakdown), table in tables.items():
        total = int(table[-1]["Count"])
        shown = sum(int(row["Count"]) for row in table[:-1] if row["Count"].isdigit())
        assert shown == total, (population, breakdown)


@pytest.mark.django_db
def test_the_figures_are_the_same_after_the_personal_data_purge(analyst, enrolments, settings):
    before, _ = _export(analyst)
    settings.ENROLMENT_RETENTION_DAYS = 1
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "32 enrolments anonymised" in out.getvalue()
    assert not Enrolment.objects.exclude(full_name="—").exists()
    after, _ = _export(analyst)
    assert after == before
    assert "Persona" not in after


@pytest.mark.django_db
def test_only_staff_with_the_permission_see_the_report(client, django_user_model, enrolments):
    user = django_user_model.objects.create_user("editor", "e@example.org", "pw-123456")
    group = Group.objects.create(name="Someone")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert b"Enrolments" not in response.content
    assert client.get(URL, {"export": "csv"}).status_code in (302, 403)


@pytest.mark.django_db
def test_course_coordinators_and_community_editors_get_the_report_from_setup_roles(
    enrolments,
):
    from home.roles import setup_roles

    setup_roles()
    for name in ("Course coordinators", "Community editors", "Editors"):
        assert (
            Group.objects.get(name=name).permissions.filter(codename="view_impact_report").exists()
        )
    assert (
        not Group.objects.get(name="Partners")
        .permissions.filter(codename="view_impact_report")
        .exists()
    )


@pytest.mark.django_db
def test_referrals_by_provider_and_outcome_keep_small_counts_hidden(analyst, locales):
    from community.models import ServiceProvider
    from referrals.models import Referral

    providers = {
        key: ServiceProvider.objects.create(
            locale=locales["es"], name=f"Servicio {key}", summary="Ayuda", languages=",es,"
        )
        for key in "ABC"
    }
    for key, outcome, count in (
        ("A", "served", 9),
        ("A", "pending", 6),
        ("B", "served", 7),
        ("B", "contacted", 5),
        ("C", "served", 3),
    ):
        for number in range(count):
            Referral.objects.create(provider=providers[key], need=f"Need {number}", outcome=outcome)
    _, rows = _export(analyst)
    referrals = {
        row["Group"]: row["Count"]
        for row in rows
        if row["Population"] in ("Referrals to providers", "Derivaciones a organizaciones")
    }
    assert referrals, rows
    assert referrals["Servicio C"] == "< 5"  # 3 referrals: never shown as 3
    assert all(
        not value.isdigit() or int(value) == 0 or int(value) >= 5 for value in referrals.values()
    )
