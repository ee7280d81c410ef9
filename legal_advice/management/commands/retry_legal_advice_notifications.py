"""Queue again every legal advice message (email, SMS, WhatsApp) that has not gone out (for example
after an outage). Advisers' calls are on the call list, not queued."""

from django.core.management.base import BaseCommand
from django.db.models import Q

from legal_advice.models import Notification
from legal_advice.tasks import notification_sender


class Command(BaseCommand):
    help = (
        "Re-queue unsent legal advice messages, including those that ran out of automatic retries."
    )

    def handle(self, *args, **options):
        Channel = Notification.Channel
        pending = (
            Notification.objects.filter(
                sent_at__isnull=True, request__personal_data_erased_at__isnull=True
            )
            .exclude(channel=Channel.CALL)
            .exclude(Q(channel=Channel.EMAIL) & Q(request__email=""))
            .exclude(~Q(channel=Channel.EMAIL) & Q(request__phone_digits=""))
        )
        ids = list(pending.values_list("pk", flat=True))
        Notification.objects.filter(pk__in=ids).update(gave_up=False, attempts=0)
        for pk in ids:
            notification_sender.queue(pk)
        self.stdout.write(f"{len(ids)} legal advice notifications queued again.")
