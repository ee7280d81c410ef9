"""Queue again every enrolment message that has not gone out (for example after an outage)."""

from django.core.management.base import BaseCommand

from courses.models import Notification
from courses.tasks import notification_sender


class Command(BaseCommand):
    help = "Re-queue unsent enrolment messages, including those that ran out of automatic retries."

    def handle(self, *args, **options):
        # Coordinators' calls are not sent by a task, and an email row without an address has
        # nothing to send: they stay as they are.
        pending = (
            Notification.objects.filter(
                sent_at__isnull=True, enrolment__personal_data_erased_at__isnull=True
            )
            .exclude(channel=Notification.Channel.CALL)
            .exclude(channel=Notification.Channel.EMAIL, enrolment__email="")
            .exclude(enrolment__phone_digits="", channel__in=["sms", "whatsapp"])
        )
        ids = list(pending.values_list("pk", flat=True))
        Notification.objects.filter(pk__in=ids).update(gave_up=False, attempts=0)
        for pk in ids:
            notification_sender.queue(pk)
        self.stdout.write(f"{len(ids)} notifications queued again.")
