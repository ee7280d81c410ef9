"""The impact report's figures: who the Plan's services reached, with small counts suppressed.

Every figure is read from fields that the personal-data purge keeps (an enrolment's course,
status, date, nationality, gender and age band; courses/management/commands/purge_personal_data.py),
a Tu voz message's topic and status, and a guide vote's guide, language and answer: the report is
the same before and after the purge. `results.suppression` applies the small-count rule.

Referrals by provider and outcome come from the referrals app (its provider and outcome survive
its own purge of the person's name and contact).
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .charts import bar_chart
from .suppression import suppress

NOT_SAID = _("Not said")


@dataclass
class Row:
    """One line of the export: a group of a breakdown of a population, and its figure."""

    population: str
    breakdown: str
    group: str
    count: object


def _choices(model, field_name):
    return {key: label for key, label in model._meta.get_field(field_name).choices}


def _label(labels, value):
    if value in ("", None):
        return NOT_SAID
    return labels.get(value, value)


def _enrolment_population(statuses, title):
    Enrolment = apps.get_model("courses", "Enrolment")
    CoursePage = apps.get_model("courses", "CoursePage")
    rows = list(
        Enrolment.objects.exclude(status="cancelled")
        .filter(status__in=statuses)
        .values_list("course_id", "created_at", "nationality", "gender", "age_band")
    )
    courses = dict(
        CoursePage.objects.filter(pk__in={row[0] for row in rows}).values_list("pk", "title")
    )
    nationality = _choices(Enrolment, "nationality")
    gender = _choices(Enrolment, "gender")
    records = [
        (
            courses.get(course, str(course)),
            timezone.localtime(created).strftime("%Y-%m"),
            str(_label(nationality, nat)),
            str(_label(gender, gen)),
            str(age or NOT_SAID),
        )
        for course, created, nat, gen, age in rows
    ]
    return {
        "title": title,
        "breakdowns": [_("Course"), _("Month"), _("Nationality"), _("Gender"), _("Age band")],
        "records": records,
    }


def _names_by_key(model):
    """{translation_key: name} of a translatable model's rows in the default language."""
    rows = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return dict(rows.values_list("translation_key", "name"))


def _feedback_population():
    Feedback = apps.get_model("community", "Feedback")
    Topic = apps.get_model("home", "Topic")
    rows = list(Feedback.objects.values_list("topic__translation_key", "status"))
    topics = _names_by_key(Topic)
    statuses = _choices(Feedback, "status")
    records = [
        (str(topics.get(key, NOT_SAID)) if key else str(NOT_SAID), str(_label(statuses, status)))
        for key, status in rows
    ]
    return {
        "title": _("Tu voz messages"),
        "breakdowns": [_("Topic"), _("Outcome")],
        "records": records,
    }


def _helpfulness_population():
    GuideFeedback = apps.get_model("legal_guides", "GuideFeedback")
    LegalGuidePage = apps.get_model("legal_guides", "LegalGuidePage")
    rows = list(GuideFeedback.objects.values_list("page__translation_key", "language", "helpful"))
    guides = dict(
        LegalGuidePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
            "translation_key", "title"
        )
    )
    languages = dict(settings.LANGUAGES)
    records = [
        (
            str(guides.get(key, key)),
            str(languages.get(language, language)),
            str(_("Helpful") if helpful else _("Not helpful")),
        )
        for key, language, helpful in rows
    ]
    return {
        "title": _("Guide helpfulness votes"),
        "breakdowns": [_("Guide"), _("Language read in"), _("Answer")],
        "records": records,
    }


def _referral_population():
    """Referrals by provider and outcome (the referrals app; left out when it is not installed)."""
    try:
        Referral = apps.get_model("referrals", "Referral")
    except LookupError:
        return None
    ServiceProvider = apps.get_model("community", "ServiceProvider")
    rows = list(Referral.objects.values_list("provider__translation_key", "outcome"))
    providers = _names_by_key(ServiceProvider)
    outcomes = _choices(Referral, "outcome")
    records = [
        (str(providers.get(key, key)), str(_label(outcomes, outcome))) for key, outcome in rows
    ]
    return {
        "title": _("Referrals to providers"),
        "breakdowns": [_("Provider"), _("Outcome")],
        "records": records,
    }


def populations():
    found = [
        _enrolment_population(
            ("confirmed", "waitlisted", "offered", "attended", "completed"), _("Enrolments")
        ),
        _enrolment_population(("completed",), _("Courses completed")),
        _feedback_population(),
        _helpfulness_population(),
        _referral_population(),
    ]
    return [population for population in found if population is not None]


def impact_report():
    """Every population with its suppressed tables and a bar chart per table."""
    report = []
    for population in populations():
        result = suppress(population["records"], population["breakdowns"])
        tables = [
            {
                "breakdown": table.breakdown,
                "cells": table.cells,
                "total": table.total,
                "chart": bar_chart([(str(cell.value), cell.count) for cell in table.cells]),
            }
            for table in result.tables
        ]
        report.append(
            {
                "title": population["title"],
                "total": result.total,
                "left_out": result.left_out_shown,
                "tables": tables,
            }
        )
    return report


def export_rows(report):
    """The report as flat rows (population, breakdown, group, figure), totals included."""
    rows = []
    for population in report:
        title = str(population["title"])
        for table in population["tables"]:
            breakdown = str(table["breakdown"])
            for cell in table["cells"]:
                shown = cell.shown
                rows.append(
                    Row(title, breakdown, str(cell.value), _("hidden") if shown is None else shown)
                )
            rows.append(Row(title, breakdown, str(_("Total")), table["total"]))
        rows.append(
            Row(
                title,
                "",
                str(_("Left out of every table (groups under 5)")),
                population["left_out"],
            )
        )
    return rows
