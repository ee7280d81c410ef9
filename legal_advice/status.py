"""Legal advice request statuses and the one table of the changes allowed between them.

The advisers' admin and the services read this table: a change that is not in it is refused.
Nothing here imports the rest of the app.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    NEW = "new", _("New")
    APPOINTMENT_OFFERED = "appointment", _("Appointment offered")
    SEEN = "seen", _("Seen")
    REFERRED = "referred", _("Referred")
    CLOSED = "closed", _("Closed")


# status → the statuses it may change to. Closed is final.
TRANSITIONS = {
    RequestStatus.NEW: (
        RequestStatus.APPOINTMENT_OFFERED,
        RequestStatus.SEEN,  # seen without an appointment (e.g. at the community space)
        RequestStatus.REFERRED,
        RequestStatus.CLOSED,
    ),
    RequestStatus.APPOINTMENT_OFFERED: (
        RequestStatus.APPOINTMENT_OFFERED,  # a new date or place
        RequestStatus.SEEN,
        RequestStatus.REFERRED,
        RequestStatus.CLOSED,
    ),
    RequestStatus.SEEN: (RequestStatus.REFERRED, RequestStatus.CLOSED),
    RequestStatus.REFERRED: (RequestStatus.CLOSED,),
    RequestStatus.CLOSED: (),
}

# Requests still waiting for the advisers (the queue's default view).
OPEN_STATUSES = (RequestStatus.NEW, RequestStatus.APPOINTMENT_OFFERED)

REFUSED = _("This change is not possible for this request's status.")


def can_change(current, new):
    """True when the table allows a request in `current` to move to `new` (or stay, unchanged)."""
    return new == current or new in TRANSITIONS.get(current, ())


def allowed_targets(current):
    """The statuses an adviser may choose for a request in `current`, itself first."""
    return (current, *(status for status in TRANSITIONS.get(current, ()) if status != current))


class StatusChangeRefused(ValueError):
    """A change of status that the table does not allow; `message` says why, for staff."""

    def __init__(self, current, new):
        self.current = current
        self.new = new
        self.message = REFUSED
        super().__init__(f"{current} → {new} is not an allowed change")


def check_change(current, new):
    """Raise StatusChangeRefused unless the table allows `current` → `new`."""
    if new not in RequestStatus.values:
        raise ValueError(f"unknown legal advice request status {new!r}")
    if not can_change(current, new):
        raise StatusChangeRefused(current, new)
