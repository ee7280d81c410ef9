"""Enrolment statuses and the one table of the changes allowed between them.

The public pages, the coordinators' admin and the services all read this table: a change that is
not in it is refused, with the message below. Nothing here imports the rest of the app.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrolmentStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Waitlisted")
    # A freed seat held for the first person waiting until they accept, decline or the offer
    # expires (SEAT_OFFER_HOURS); it counts against the capacity meanwhile.
    OFFERED = "offered", _("Seat offered")
    CANCELLED = "cancelled", _("Cancelled")
    ATTENDED = "attended", _("Attended")
    COMPLETED = "completed", _("Completed")


# Statuses that hold one of the course's seats.
SEAT_STATUSES = (EnrolmentStatus.CONFIRMED, EnrolmentStatus.ATTENDED, EnrolmentStatus.COMPLETED)
# Statuses that keep a seat from anyone else: the seats plus a pending offer.
HELD_STATUSES = (*SEAT_STATUSES, EnrolmentStatus.OFFERED)
# Statuses of a person still enrolled (a repeated enrolment finds these).
ACTIVE_STATUSES = (
    EnrolmentStatus.CONFIRMED,
    EnrolmentStatus.WAITLISTED,
    EnrolmentStatus.OFFERED,
    EnrolmentStatus.ATTENDED,
    EnrolmentStatus.COMPLETED,
)

# Where a new enrolment starts: a seat while there is one, else the waitlist.
INITIAL_STATUSES = (EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED)

# status → the statuses it may change to. Cancelled and completed are final. A coordinator may
# confirm someone waiting directly; a freed seat is offered to the first person waiting, who
# accepts it (confirmed) or declines it or lets it expire (cancelled).
TRANSITIONS = {
    EnrolmentStatus.WAITLISTED: (
        EnrolmentStatus.OFFERED,
        EnrolmentStatus.CONFIRMED,
        EnrolmentStatus.CANCELLED,
    ),
    EnrolmentStatus.OFFERED: (EnrolmentStatus.CONFIRMED, EnrolmentStatus.CANCELLED),
    EnrolmentStatus.CONFIRMED: (
        EnrolmentStatus.CANCELLED,
        EnrolmentStatus.ATTENDED,
        EnrolmentStatus.COMPLETED,
    ),
    EnrolmentStatus.ATTENDED: (EnrolmentStatus.COMPLETED,),
    EnrolmentStatus.COMPLETED: (),
    EnrolmentStatus.CANCELLED: (),
}

# Statuses a person can still cancel from (online, or by asking a coordinator).
CANCELLABLE_STATUSES = tuple(
    status for status, targets in TRANSITIONS.items() if EnrolmentStatus.CANCELLED in targets
)

# Why a change to a status was refused, as coordinators read it in the admin.
REFUSED = _("This change is not possible for this enrolment's status.")
REFUSALS = {
    EnrolmentStatus.CONFIRMED: _("Only people on the waitlist or offered a seat can be confirmed."),
    EnrolmentStatus.OFFERED: _("Only people on the waitlist can be offered a seat."),
    EnrolmentStatus.CANCELLED: _("This enrolment cannot be cancelled."),
}


def can_change(current, new):
    """True when the table allows an enrolment in `current` to move to `new`."""
    return new in TRANSITIONS.get(current, ())


class StatusChangeRefused(ValueError):
    """A change of status that the table does not allow; `message` says why, for staff."""

    def __init__(self, current, new):
        self.current = current
        self.new = new
        self.message = REFUSALS.get(new, REFUSED)
        super().__init__(f"{current} → {new} is not an allowed change")


def check_change(current, new):
    """Raise StatusChangeRefused unless the table allows `current` → `new`."""
    if new not in EnrolmentStatus.values:
        raise ValueError(f"unknown enrolment status {new!r}")
    if not can_change(current, new):
        raise StatusChangeRefused(current, new)
