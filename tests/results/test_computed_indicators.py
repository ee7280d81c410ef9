"""Indicators computed from the site's own data equal the counts they say they are."""

import datetime
import io

from django.core.management import call_command

import pytest

from community.models import Feedback
from courses import services
from courses.models import Enrolment
from results.models import Indicator, Measurement

from .conftest import person


def _indicator(objective, computation, name):
    return Indicator.objects.create(
        locale=objective.locale,
        objective=objective,
        name=name,
        unit="personas",
        baseline_value=0,
        baseline_date=datetime.date(2020, 1, 1),
        target_value=100,
        target_date=datetime.date(2030, 1, 1),
        computation=computation,
    )


@pytest.mark.django_db
def test_computed_indicators_equal_the_counts_they_claim(
    client, results_pages, objective, make_course
):
    course = make_course()
    enrolled = []
    for number in range(9):
        enrolled.append(services.enrol(course, person(number), "es", check_dates=False)[0])
    # 2 cancelled, 3 completed: 7 enrolled (completed ones included), 3 completed
    Enrolment.objects.filter(pk__in=[e.pk for e in enrolled[:2]]).update(status="cancelled")
    Enrolment.objects.filter(pk__in=[e.pk for e in enrolled[2:5]]).update(status="completed")
    for status in ("received", "answered", "answered", "included", "forwarded"):
        Feedback.objects.create(language="es", message="Hola", status=status)

    enrolments = _indicator(objective, "people_enrolled", "Inscripciones")
    completed = _indicator(objective, "courses_completed", "Cursos terminados")
    answered = _indicator(objective, "tu_voz_answered", "Mensajes respondidos")
    entered = _indicator(objective, "entered", "Talleres")

    out = io.StringIO()
    call_command("compute_indicators", stdout=out)
    call_command("compute_indicators", stdout=out)  # twice the same night: one measurement

    values = {
        m.indicator_id: m.value for m in Measurement.objects.filter(date=datetime.date.today())
    }
    assert (
        values[enrolments.pk]
        == Enrolment.objects.filter(status__in=["confirmed", "attended", "completed"]).count()
        == 7
    )
    assert values[completed.pk] == 3
    assert values[answered.pk] == 3
    assert entered.pk not in values  # staff enter this one
    assert Measurement.objects.filter(indicator=enrolments).count() == 1

    html = client.get("/es/resultados/").content.decode()
    assert "Counted each night" not in html  # the page speaks the visitor's language
    # the computation is named on the page, in the visitor's language
    assert "Contado cada noche en este sitio: inscripciones en un curso" in html
    assert '<td class="number">7</td>' in html
