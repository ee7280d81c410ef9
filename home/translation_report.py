"""The translation status report (Reports menu): /admin/reports/translation-status/.

Rows and statuses come from `home.translation_status`; this is Wagtail's `ReportView` with its
filters and its CSV/XLSX export (one spreadsheet row per object and language; cells are made
formula-safe by `home.exports`).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail_localize.models import TranslationSource

import django_filters

from . import translation_status as status

PERMISSION = "wagtail_localize.submit_translation"


class TranslationStatusFilterSet(WagtailFilterSet):
    section = django_filters.ChoiceFilter(
        label=_("Section"), choices=[], method="keep", empty_label=_("All sections")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=[], method="keep", empty_label=_("All languages")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=status.STATUS_CHOICES, method="keep", empty_label=_("Any status")
    )

    class Meta:
        model = TranslationSource  # the rows are built in Python; the filters only read the form
        fields = []

    def __init__(self, *args, section_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["section"].extra["choices"] = section_choices
        names = status.language_names()
        self.filters["language"].extra["choices"] = [
            (code, names.get(code, code)) for code in status.target_languages()
        ]

    def keep(self, queryset, name, value):
        return queryset


class TranslationStatusReportView(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    results_template_name = "home/reports/translation_status_results.html"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 100
    export_filename = "translation-status"
    list_export = [
        "title",
        "kind",
        "section_label",
        "language",
        "status_label",
        "detail",
        "editor_url",
    ]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "section_label": _("Section"),
        "language": _("Language"),
        "status_label": _("Status"),
        "detail": _("Detail"),
        "editor_url": _("Translation editor"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["section_choices"] = status.sections(self.all_rows)
        return kwargs

    @property
    def all_rows(self):
        if not hasattr(self, "_all_rows"):
            self._all_rows = status.build_rows()
        return self._all_rows

    def _choice(self, name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or ""
        return ""

    @property
    def languages(self):
        language = self._choice("language")
        return [language] if language else status.target_languages()

    def get_queryset(self):
        rows = self.all_rows
        section = self._choice("section")
        if section:
            rows = [row for row in rows if row.section == section]
        self.section_rows = rows
        wanted = self._choice("status")
        if wanted:
            rows = [
                row
                for row in rows
                if any(row.cells[code].status == wanted for code in self.languages)
            ]
        return rows

    def decorate_paginated_queryset(self, object_list):
        names = status.language_names()
        for row in object_list:
            row.shown = [(code, names.get(code, code), row.cells[code]) for code in self.languages]
        return object_list

    def filter_queryset(self, queryset):
        return queryset  # done in get_queryset, on the rows

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # A CSV is streamed after the view returns, when the admin language is no longer active:
        # headings and labels are resolved now.
        self.resolved_headings = {
            field: str(heading) for field, heading in self.export_headings.items()
        }
        return super().as_spreadsheet(
            status.export_rows(queryset, self.languages), spreadsheet_format
        )

    def get_heading(self, queryset, field):
        return self.resolved_headings.get(field) or super().get_heading(queryset, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        names = status.language_names()
        counts = status.summary(self.section_rows, self.languages)
        context.update(
            languages=[(code, names.get(code, code)) for code in self.languages],
            counts=[
                {
                    "code": code,
                    "name": names.get(code, code),
                    "statuses": [
                        (value, label, counts[code][value])
                        for value, label in status.STATUS_CHOICES
                    ],
                }
                for code in self.languages
            ],
            source_language=names.get(status.source_language()),
        )
        return context
