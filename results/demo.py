"""Demo content of the results app (idempotent): the Results page in four languages, SAMPLE
indicators on the Plan's objectives and a sample roadmap. Called by `seed_demo` after the courses
and guides exist, so the computed indicators count the demo's own enrolments and guides."""

import io

from django.core.management import call_command

from community.models import PlanObjective
from home.demo import child_page, ensure_locales, translate_all
from home.models import HomePage

from .demo_data import BASELINE, INDICATORS, MILESTONES, PAGE, QUARTERS, TARGET
from .models import Indicator, Measurement, Milestone, ResultsPage

TARGETS = ("en", "fr", "ht")


def seed(command):
    locales = ensure_locales()
    home = HomePage.objects.filter(locale=locales["es"]).first()
    if home is None:
        command.log("results: no Spanish home page, skipped")
        return
    fields = {key: value for key, value in PAGE["es"].items() if key != "slug"}
    page = child_page(home, ResultsPage, PAGE["es"]["slug"], **fields)
    translate_all(page, {code: PAGE[code] for code in TARGETS})
    objectives = {
        objective.number: objective
        for objective in PlanObjective.objects.filter(locale=locales["es"])
    }
    indicators = _seed_indicators(locales, objectives)
    _seed_milestones(locales, objectives)
    call_command("compute_indicators", stdout=io.StringIO())
    command.log(
        f"results: page /es/{PAGE['es']['slug']}/ in 4 languages, {indicators} sample indicators, "
        f"{len(MILESTONES)} sample milestones"
    )


def _seed_indicators(locales, objectives):
    count = 0
    for order, (_key, number, computation, baseline, target, values, texts) in enumerate(
        INDICATORS
    ):
        objective = objectives.get(number) or next(iter(objectives.values()), None)
        if objective is None:
            continue
        name, unit, explanation = texts["es"]
        indicator = Indicator.objects.filter(locale=locales["es"], name=name).first()
        if indicator is None:
            indicator = Indicator.objects.create(
                locale=locales["es"],
                objective=objective,
                sort_order=order,
                name=name,
                unit=unit,
                explanation=explanation,
                baseline_value=baseline,
                baseline_date=BASELINE,
                target_value=target,
                target_date=TARGET,
                computation=computation,
                is_sample=True,
            )
            for day, value in zip(QUARTERS, values, strict=False):
                Measurement.objects.create(indicator=indicator, date=day, value=value)
        translate_all(
            indicator,
            {
                code: dict(zip(("name", "unit", "explanation"), texts[code], strict=True))
                for code in TARGETS
            },
        )
        count += 1
    return count


def _seed_milestones(locales, objectives):
    for _key, planned, actual, status, texts in MILESTONES:
        title, description, office = texts["es"]
        milestone = Milestone.objects.filter(locale=locales["es"], title=title).first()
        if milestone is None:
            milestone = Milestone.objects.create(
                locale=locales["es"],
                title=title,
                description=description,
                responsible_office=office,
                planned_date=planned,
                actual_date=actual,
                status=status,
                is_sample=True,
            )
        translate_all(
            milestone,
            {
                code: dict(
                    zip(("title", "description", "responsible_office"), texts[code], strict=True)
                )
                for code in TARGETS
            },
        )
