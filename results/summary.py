"""What the Results page and the Plan page's roadmap show, in the visitor's language.

Models are looked up by name (`apps.get_model`) so that results.models can call this module
without an import cycle. The figures are read from each indicator's source (Spanish) record by
`translation_key`: the same numbers in every language. Cached per language until content changes
(home.fragment_cache; the page cache sees every snippet change).
"""

from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.core.cache import cache

from wagtail.models import Page

from home.fragment_cache import fragment_key
from home.localization import active_language, in_active_locale_or_default
from home.visibility import public_pages

from .charts import figure, line_chart
from .computations import DESCRIPTIONS

CACHE_SECONDS = 300


def _progress(baseline, latest, target):
    """How far from the baseline to the target the latest measurement is, in percent."""
    if latest is None or target == baseline:
        return None
    return round(100 * (latest - baseline) / (target - baseline))


def _indicator_row(indicator, measurements):
    latest = measurements[-1] if measurements else None
    latest_value = latest.value if latest else None
    progress = _progress(indicator.baseline_value, latest_value, indicator.target_value)
    return {
        "indicator": indicator,
        "measurements": [
            {"date": item.date, "value": figure(item.value), "computed": item.computed}
            for item in measurements
        ],
        "baseline": figure(indicator.baseline_value),
        "target": figure(indicator.target_value),
        "latest": figure(latest_value) if latest else "",
        "latest_date": latest.date if latest else None,
        "progress": progress,
        "progress_bar": max(0, min(progress, 100)) if progress is not None else None,
        "reached": progress is not None and progress >= 100,
        "computation": DESCRIPTIONS.get(indicator.computation),
        "chart": line_chart(
            (indicator.baseline_date, indicator.baseline_value),
            [(item.date, item.value) for item in measurements],
            (indicator.target_date, indicator.target_value),
        ),
    }


def _build_results():
    Indicator = apps.get_model("results", "Indicator")
    Measurement = apps.get_model("results", "Measurement")
    PlanObjective = apps.get_model("community", "PlanObjective")
    indicators = list(
        in_active_locale_or_default(Indicator.objects.all())
        .select_related("objective")
        .order_by("sort_order", "pk")
    )
    by_key = defaultdict(list)
    for item in (
        Measurement.objects.filter(
            indicator__translation_key__in=[i.translation_key for i in indicators],
            indicator__locale__language_code=settings.LANGUAGE_CODE,
        )
        .select_related("indicator")
        .order_by("date")
    ):
        by_key[item.indicator.translation_key].append(item)
    objectives = {
        objective.translation_key: objective
        for objective in in_active_locale_or_default(PlanObjective.objects.all())
    }
    groups = {}
    for indicator in indicators:
        objective = objectives.get(indicator.objective.translation_key, indicator.objective)
        group = groups.setdefault(
            objective.translation_key, {"objective": objective, "indicators": []}
        )
        group["indicators"].append(_indicator_row(indicator, by_key[indicator.translation_key]))
    ordered = sorted(
        groups.values(), key=lambda group: (group["objective"].number, group["objective"].pk)
    )
    return {
        "result_groups": ordered,
        "has_sample_data": any(i.is_sample for i in indicators),
        "roadmap": roadmap(),
    }


def results_context():
    key = fragment_key("results:page")
    context = cache.get(key)
    if context is None:
        context = _build_results()
        cache.set(key, context, CACHE_SECONDS)
    return context


def roadmap():
    """The roadmap's milestones in the visitor's language, by planned date."""
    Milestone = apps.get_model("results", "Milestone")
    milestones = list(
        in_active_locale_or_default(Milestone.objects.all()).order_by("planned_date", "pk")
    )
    return {
        "milestones": milestones,
        "done": sum(1 for item in milestones if item.status == "done"),
        "total": len(milestones),
        "has_sample_data": any(item.is_sample for item in milestones),
    }


def results_page_url():
    """The URL of the Results page in the visitor's language (else Spanish), or None."""
    ResultsPage = apps.get_model("results", "ResultsPage")
    pages = in_active_locale_or_default(public_pages(Page.objects.live().type(ResultsPage)))
    pages = sorted(
        pages.select_related("locale"), key=lambda p: p.locale.language_code != active_language()
    )
    return pages[0].url if pages else None


def cached_roadmap():
    """The roadmap for another page (the Plan page), with a link to the Results page."""
    key = fragment_key("results:roadmap")
    context = cache.get(key)
    if context is None:
        context = {**roadmap(), "results_url": results_page_url()}
        cache.set(key, context, CACHE_SECONDS)
    return context
