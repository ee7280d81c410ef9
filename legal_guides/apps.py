from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalGuidesConfig(AppConfig):
    name = "legal_guides"
    verbose_name = _("Legal guides")

    def ready(self):
        from django.db.models.signals import post_delete

        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished

        from .models import bump_what_next_version

        # The "what next" panels list pages of every app: any publication may change them.
        page_published.connect(
            bump_what_next_version, dispatch_uid="legal_guides_what_next_published"
        )
        page_unpublished.connect(
            bump_what_next_version, dispatch_uid="legal_guides_what_next_unpublished"
        )
        post_delete.connect(
            bump_what_next_version, sender=Page, dispatch_uid="legal_guides_what_next_deleted"
        )
