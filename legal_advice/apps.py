from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalAdviceConfig(AppConfig):
    name = "legal_advice"
    verbose_name = _("Legal advice")

    def ready(self):
        from . import services, tasks

        # The services record notifications; the task layer queues them (imports point one way).
        services.notification_created.connect(
            tasks.notification_sender.queue_after_commit,
            dispatch_uid="legal_advice.queue_notification",
        )
