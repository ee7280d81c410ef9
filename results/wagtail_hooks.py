from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.admin_reports import PermissionMenuItem, report_urls

from .admin_views import PERMISSION, ImpactReportView
from .models import Indicator, Measurement, Milestone


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Indicators")
    list_display = ["name", "objective", "computation", "target_value", "target_date", "is_sample"]
    list_filter = ["computation", "is_sample"]


class MeasurementViewSet(SnippetViewSet):
    model = Measurement
    icon = "date"
    menu_label = _("Measurements")
    list_display = ["indicator", "date", "value", "computed"]
    list_filter = ["indicator"]


class MilestoneViewSet(SnippetViewSet):
    model = Milestone
    icon = "flag"
    menu_label = _("Roadmap")
    list_display = ["title", "status", "planned_date", "actual_date", "responsible_office"]
    list_filter = ["status"]


class ResultsViewSetGroup(SnippetViewSetGroup):
    items = (IndicatorViewSet, MeasurementViewSet, MilestoneViewSet)
    menu_label = _("Plan results")
    menu_icon = "table"
    menu_order = 310


register_snippet(ResultsViewSetGroup)


@hooks.register("register_admin_urls")
def register_impact_report_urls():
    return report_urls("impact", ImpactReportView, "results_impact_report")


@hooks.register("register_reports_menu_item")
def register_impact_menu_item():
    return PermissionMenuItem(
        _("Impact report"),
        reverse("results_impact_report"),
        permission=PERMISSION,
        icon_name="table",
        order=700,
    )
