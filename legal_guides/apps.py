from django.apps import AppConfig


class LegalGuidesConfig(AppConfig):
    name = "legal_guides"
