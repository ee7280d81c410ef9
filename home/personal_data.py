"""What every record of a person's own data keeps about consent and erasure (an enrolment, a
legal advice request). Each app lists its personal fields once beside its model and derives the
form, the export, the erasure and the purge from that list."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
