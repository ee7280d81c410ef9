from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from . import form_origin  # noqa: F401 - registers its system check
        from .chrome import connect_signals
        from .exports import make_csv_exports_formula_safe
        from .page_cache import connect_signals as connect_page_cache_signals

        connect_signals()
        connect_page_cache_signals()
        make_csv_exports_formula_safe()
