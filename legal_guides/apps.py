from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalGuidesConfig(AppConfig):
    name = "legal_guides"
    verbose_name = _("Legal guides")

    def ready(self):
        from wagtail.signals import page_published

        from . import tasks

        # A publish queues the computer-voice audio version (made again only if the text changed).
        page_published.connect(
            tasks.queue_audio_after_publish, dispatch_uid="legal_guides.queue_audio"
        )
