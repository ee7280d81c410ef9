from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from .chrome import connect_signals
        from .exports import make_csv_exports_formula_safe

        connect_signals()
        make_csv_exports_formula_safe()
