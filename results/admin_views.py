"""The impact report in the admin's Reports menu: charts and tables, CSV and XLSX exports."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from .impact import export_rows, impact_report

PERMISSION = "results.view_impact_report"


class ImpactReportView(ReportView):
    page_title = _("Impact report")
    header_icon = "table"
    index_url_name = "results_impact_report"
    index_results_url_name = "results_impact_report_results"
    results_template_name = "results/admin/impact_report_results.html"
    export_filename = "impact-report"
    paginate_by = None
    list_export = ["population", "breakdown", "group", "count"]
    export_headings = {
        "population": _("Population"),
        "breakdown": _("Breakdown"),
        "group": _("Group"),
        "count": _("Count"),
    }
    columns = [
        Column("population", label=_("Population")),
        Column("breakdown", label=_("Breakdown")),
        Column("group", label=_("Group")),
        Column("count", label=_("Count")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        self.report = impact_report()
        return export_rows(self.report)

    def get_filtered_queryset(self):
        return self.get_queryset()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["report"] = self.report
        return context
