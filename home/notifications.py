"""A message to a person about their own record (an enrolment, a legal advice request), and the
staff's phone call when no message reaches them. Used by courses and legal advice.

A notification model extends `PersonNotification`: it adds its `kind`, its `channel` and the
foreign key to the person's record, names that key in `person_field`, and keeps its channel
choices in `Channel` (with EMAIL, the phone channels of `home.messaging`, and CALL). The person's
record has `email`, `phone`, `phone_digits`, `reference` and `is_erased`.

One row is one message through one channel. The app's `NotificationSender` queues it once the data
is committed, and its task sends it (retried as `home.delivery` says, never twice). A "call" row
puts the person on the staff's call list (`home.call_list`), where the outcome of the call is
recorded on it.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import delivery
from .messaging import MessageError, get_backend


class CallOutcome(models.TextChoices):
    CALLED = "called", _("Called")
    UNREACHABLE = "unreachable", _("Could not reach")


class PersonNotification(delivery.DeliveryRecord):
    """How the sending of one message went, and for a "call" row how the staff's call went."""

    call_outcome = models.CharField(
        _("outcome of the call"), max_length=12, choices=CallOutcome.choices, blank=True
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("called by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The foreign key to the person's record, set by each model ("enrolment", "request").
    person_field = ""

    class Meta:
        abstract = True

    @property
    def person(self):
        return getattr(self, self.person_field)

    def person_lookup(self):
        """The keyword that picks this person's rows, such as {"enrolment_id": 12}."""
        name = f"{self.person_field}_id"
        return {name: getattr(self, name)}

    @classmethod
    def calls_to_make(cls):
        """The call rows not made yet, of people whose personal data is still there."""
        erased = f"{cls.person_field}__personal_data_erased_at__isnull"
        return cls.objects.filter(
            channel=cls.Channel.CALL, sent_at__isnull=True, gave_up=False, **{erased: True}
        )

    def about_the_same(self):
        """This person's rows of the same kind: the other channels, and the call."""
        return type(self).objects.filter(kind=self.kind, **self.person_lookup())


def escalate_to_call(notification):
    """After a message gave up: when no other channel reached (or may still reach) the person
    about the same thing, put them on the call list. Returns the call row, or None.

    The app decides first whether the message is worth a call."""
    others = notification.about_the_same().exclude(pk=notification.pk)
    if others.filter(Q(sent_at__isnull=False) | Q(gave_up=False)).exists():
        return None
    return type(notification).objects.create(
        kind=notification.kind, channel=notification.Channel.CALL, **notification.person_lookup()
    )


def cancel_calls_for(notification):
    """A message got through after all: the person no longer needs a call about the same thing."""
    notification.about_the_same().filter(
        channel=notification.Channel.CALL, sent_at__isnull=True, call_outcome=""
    ).update(gave_up=True)


def record_call(notification, outcome, user):
    """Staff phoned the person: "called" (told) or "could not reach". Kept on the row."""
    if outcome not in CallOutcome.values:
        raise ValueError(outcome)
    now = timezone.now()
    notification.call_outcome = outcome
    notification.handled_by = user
    notification.attempts += 1
    notification.last_attempt_at = now
    if outcome == CallOutcome.CALLED:
        notification.sent_at = now
    else:
        notification.gave_up = True
    notification.save(
        update_fields=[
            "call_outcome",
            "handled_by",
            "attempts",
            "last_attempt_at",
            "sent_at",
            "gave_up",
        ]
    )


def render_text(template_name, context):
    """A template rendered as one line of text: a phone message, or an email's subject (one
    line: no header injection through titles)."""
    return " ".join(render_to_string(template_name, context).split())


def can_reach(notification):
    """Whether the person gave what the notification's channel needs (a call is never sent)."""
    person = notification.person
    if person.is_erased or notification.channel == notification.Channel.CALL:
        return False
    if notification.channel == notification.Channel.EMAIL:
        return bool(person.email)
    return bool(person.phone_digits)


class NotificationSender:
    """Queues and sends one app's notifications.

    - `notifications`: the app's notification rows, with the person's record (select_related);
    - `render_email(notification)`: the email's (subject, body), in the person's language;
    - `render_message(notification)`: the short text of an SMS or WhatsApp message
      (`render_text`);
    - `escalate_to_call(notification)`: the app's rule after the last attempt gave up (the call
      list, when the message is worth a call);
    - `task`: the app's task, `task(notification_id)` calling `send` (queued by `queue`, and
      again after a failure).
    """

    def __init__(self, notifications, render_email, render_message, escalate_to_call, task):
        self.notifications = notifications
        self.render_email = render_email
        self.render_message = render_message
        self.escalate_to_call = escalate_to_call
        self.task = task

    def queue(self, notification_id):
        delivery.enqueue(self.task, notification_id)

    def queue_after_commit(self, sender, notification, **kwargs):
        """Receiver of the app's `notification_created` signal: queue the message once the data
        is committed."""
        transaction.on_commit(lambda: self.queue(notification.pk))

    def deliver(self, notification):
        """Send one notification through its channel; raises when it did not go out."""
        person = notification.person
        if notification.channel == notification.Channel.EMAIL:
            subject, body = self.render_email(notification)
            EmailMessage(subject, body, to=[person.email]).send()
            return
        backend = get_backend(notification.channel)
        if backend is None:
            raise MessageError("channel not configured")
        backend.send(person.phone, self.render_message(notification))

    def send(self, notification_id):
        """Send the notification once; after a failure the task is queued again.

        Returns "sent", "skipped", "gave up" or "retrying"."""
        with transaction.atomic():
            notification = (
                self.notifications.select_for_update(skip_locked=True)
                .filter(pk=notification_id)
                .first()
            )
            if notification is None or notification.sent_at or notification.gave_up:
                return "skipped"
            if notification.channel == notification.Channel.CALL:
                return "skipped"  # a staff call: on the call list, not sent by a task
            if not can_reach(notification):
                notification.gave_up = True
                notification.save(update_fields=["gave_up"])
                return "skipped"
            if delivery.attempt(notification, lambda: self.deliver(notification)):
                cancel_calls_for(notification)
                return "sent"
            if notification.gave_up:
                self.escalate_to_call(notification)
                return "gave up"
        delivery.enqueue_retry(self.task, notification)  # once this attempt is committed
        return "retrying"
