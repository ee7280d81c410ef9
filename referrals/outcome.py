"""What became of a referral, as the partner organisation records it. Imports nothing of the app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Outcome(models.TextChoices):
    PENDING = "pending", _("Waiting for the organisation")
    CONTACTED = "contacted", _("Contacted")
    SERVED = "served", _("Served")
    COULD_NOT_HELP = "could_not_help", _("Could not help")


# The outcomes a partner may record (pending is where every referral starts).
RECORDED_OUTCOMES = (Outcome.CONTACTED, Outcome.SERVED, Outcome.COULD_NOT_HELP)
