"""What every record of a person's own data keeps about consent and erasure (an enrolment, a
legal advice request). Each app lists its personal fields once beside its model and derives the
form, the export, the erasure and the purge from that list.

The helpers below work on any such record that also has `reference`, `full_name`, `phone`,
`phone_digits` (the phone's digits, for matching), `email` and `notifications` (its messages)."""

import secrets

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No 0/O or 1/I: references are read aloud over the phone and copied from WhatsApp.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
# What an erased person's name becomes.
ERASED_NAME = "—"


class PersonalDataRecord(models.Model):
    consent_at = models.DateTimeField(_("consent given at"), editable=False)
    privacy_notice_version = models.CharField(
        _("privacy notice version"), max_length=20, editable=False
    )
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True

    @property
    def is_erased(self):
        return self.personal_data_erased_at is not None


def new_reference(model, prefix, length):
    """A reference no `model` record has yet: `prefix` and `length` characters (two more in the
    unlikely case that twenty tries all find one taken, rather than fail)."""
    for _attempt in range(20):
        code = prefix + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(length))
        if not model.objects.filter(reference=code).exists():
            return code
    return prefix + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(length + 2))


def same_person(record):
    """Matches the records of the person behind `record`: itself, the same phone or email."""
    match = Q(pk=record.pk)
    if record.phone_digits:
        match |= Q(phone_digits=record.phone_digits)
    if record.email:
        match |= Q(email=record.email)
    return match


def erased_values(model, personal_fields):
    """The personal fields (and the phone's digits) as erasure leaves them: empty, or None where
    the field allows it, and the name a dash."""
    values = {}
    for name in (*personal_fields, "phone_digits"):
        field = model._meta.get_field(name)
        values[name] = None if field.null else ""
    values["full_name"] = ERASED_NAME
    return values


def erase(record, values):
    """Write `values` (from `erased_values`) to the record and its row, with the time of erasure,
    and give up its messages not sent yet."""
    values = {**values, "personal_data_erased_at": timezone.now()}
    for name, value in values.items():
        setattr(record, name, value)
    type(record).objects.filter(pk=record.pk).update(**values)
    record.notifications.filter(sent_at__isnull=True).update(gave_up=True)


def consent_export(record):
    """The form's language and the consent given, for the person's own data export."""
    return {
        "language": record.language,
        "consent_at": record.consent_at.isoformat(),
        "privacy_notice_version": record.privacy_notice_version,
    }
