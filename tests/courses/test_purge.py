"""Retention: personal data goes after ENROLMENT_RETENTION_DAYS; anonymous counts stay."""

import io

from django.core.management import call_command
from django.db.models import Count

import pytest

from courses import services
from courses.models import Enrolment

from .conftest import person

pytestmark = pytest.mark.django_db


def aggregates():
    return list(
        Enrolment.objects.values("course_id", "status", "nationality", "gender", "age_band")
        .annotate(total=Count("pk"))
        .order_by("course_id", "status", "nationality", "gender", "age_band")
    )


def test_purge_removes_personal_data_after_the_retention_period_and_keeps_counts(
    make_course, settings
):
    settings.ENROLMENT_RETENTION_DAYS = 30
    old = make_course(opens=-100, closes=-95, start=-90, weeks=4)  # ended 62 days ago
    recent = make_course(opens=-40, closes=-35, start=-30, weeks=2)  # ended 16 days ago
    for number, nationality in enumerate(["VE", "VE", "HT"]):
        services.enrol(
            old,
            person(
                number,
                email=f"p{number}@example.org",
                nationality=nationality,
                gender="woman",
                birth_year=1990,
                document_number="X123",
                needs="silla de ruedas",
            ),
            "es",
            check_dates=False,
        )
    keep = services.enrol(recent, person(9, birth_year=1980), "es", check_dates=False)[0]
    before = aggregates()

    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "3 enrolments anonymised" in out.getvalue()

    for enrolment in Enrolment.objects.filter(course=old):
        assert enrolment.is_erased
        assert enrolment.full_name == "—"
        assert (
            enrolment.phone == enrolment.email == enrolment.document_number == enrolment.needs == ""
        )
        assert enrolment.birth_year is None
        assert enrolment.age_band == "35-44"
    assert (
        aggregates() == before
    )  # counts by course, status, nationality, gender and age band survive
    keep.refresh_from_db()
    assert keep.full_name == "Persona 9" and not keep.is_erased

    # Running it again changes nothing.
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "0 enrolments anonymised" in out.getvalue()


def test_dry_run_changes_nothing(make_course, settings):
    settings.ENROLMENT_RETENTION_DAYS = 1
    old = make_course(opens=-100, closes=-95, start=-90, weeks=1)
    services.enrol(old, person(1), "es", check_dates=False)
    out = io.StringIO()
    call_command("purge_personal_data", "--dry-run", stdout=out)
    assert "1 enrolments would be anonymised" in out.getvalue()
    assert Enrolment.objects.get().full_name == "Persona 1"


def test_erasing_one_person_cancels_and_offers_the_seat_to_the_next(course):
    target = services.enrol(course, person(1, email="borra@example.org"), "es")[0]
    services.enrol(course, person(2), "es")
    waiting = services.enrol(course, person(3), "es")[0]
    assert services.erase_person(target) == 1
    target.refresh_from_db()
    waiting.refresh_from_db()
    assert target.is_erased and target.status == "cancelled" and target.email == ""
    assert waiting.status == "offered"
