from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalGuidesConfig(AppConfig):
    name = "legal_guides"
    verbose_name = _("Legal guides")
