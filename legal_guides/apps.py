from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalGuidesConfig(AppConfig):
    name = "legal_guides"
    verbose_name = _("Legal guides")

    def ready(self):
        from django.db.models.signals import post_delete

        from wagtail.signals import page_published

        from . import tasks
        from .audio import GuideAudio

        # A publish queues the computer-voice audio version (made again only if the text changed).
        page_published.connect(
            tasks.queue_audio_after_publish, dispatch_uid="legal_guides.queue_audio"
        )
        post_delete.connect(
            tasks.delete_generated_document,
            sender=GuideAudio,
            dispatch_uid="legal_guides.delete_generated_audio_file",
        )
