"""The "Searches without results" report in the Wagtail admin (Reports menu), exportable."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from django_filters import ChoiceFilter, DateFromToRangeFilter

from .models import ZeroResultQuery
from .stats import flush_zero_results


class ZeroResultFilterSet(WagtailFilterSet):
    language = ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    week = DateFromToRangeFilter(label=_("Week starting"), widget=DateRangePickerWidget)

    class Meta:
        model = ZeroResultQuery
        fields = ["language", "week"]


class ZeroResultReportView(ReportView):
    page_title = _("Searches without results")
    header_icon = "search"
    index_url_name = "search_zero_results"
    index_results_url_name = "search_zero_results_results"
    filterset_class = ZeroResultFilterSet
    is_searchable = True
    search_fields = ["query"]
    default_ordering = "-week"
    permission_policy = ModelPermissionPolicy(ZeroResultQuery)
    permission_required = "view"
    columns = [
        DateColumn("week", label=_("Week starting"), sort_key="week"),
        Column("language", label=_("Language"), sort_key="language"),
        Column("query", label=_("Query"), sort_key="query"),
        NumberColumn("count", label=_("Searches"), sort_key="count"),
    ]
    list_export = ["week", "language", "query", "count"]
    export_headings = {
        "week": _("Week starting"),
        "language": _("Language"),
        "query": _("Query"),
        "count": _("Searches"),
    }

    def get_queryset(self):
        # Editors always see the latest counts: add whatever the cache has buffered so far.
        flush_zero_results()
        return ZeroResultQuery.objects.all()
