"""Attendance per session and the certificates it leads to.

Like `courses.enrolments`, these models live beside `courses.models` (which imports them, so Django
registers them): the services build on them and never import the page models. Sessions belong to
the course's canonical page (`CoursePage.canonical`), as enrolments do.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .enrolments import Enrolment

# No 0/O or 1/I: a number is read aloud and typed from paper. 12 characters of 32: 60 bits, so
# guessing one, at the verification page's rate limit, would take longer than anyone lives.
NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
NUMBER_PREFIX = "QTO-C-"
NUMBER_GROUPS = 3
NUMBER_GROUP_LENGTH = 4


def new_certificate_number():
    groups = (
        "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(NUMBER_GROUP_LENGTH))
        for _ in range(NUMBER_GROUPS)
    )
    return NUMBER_PREFIX + "-".join(groups)


def normalise_number(value):
    """What a person typed or a QR scanner read: upper case, no spaces."""
    return "".join((value or "").split()).upper()


def initials(full_name):
    """'María José Pérez' → 'M. J. P.': all the verification page ever shows of a holder."""
    letters = [word[0].upper() for word in (full_name or "").split() if word[:1].isalpha()]
    return " ".join(f"{letter}." for letter in letters[:6])


class Attendance(models.Model):
    """One person present at one session: a row exists only for those marked present."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="attendances", verbose_name=_("enrolment")
    )
    session = models.ForeignKey(
        "courses.CourseSession",
        on_delete=models.CASCADE,  # a session removed from the course did not take place
        related_name="attendances",
        verbose_name=_("session"),
    )
    marked_at = models.DateTimeField(default=timezone.now, editable=False)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "session"], name="courses_attendance_once_per_session"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id} @ {self.session_id}"


class Certificate(models.Model):
    """Proof that a person completed a course. The number is printed on the PDF and is the key of
    the public verification page; the initials are kept here so that the page still works once the
    enrolment's personal data is purged (the PDF, which needs the full name, then cannot be made)."""

    enrolment = models.OneToOneField(
        Enrolment,
        on_delete=models.PROTECT,
        related_name="certificate",
        verbose_name=_("enrolment"),
    )
    number = models.CharField(_("certificate number"), max_length=24, unique=True, editable=False)
    holder_initials = models.CharField(_("holder's initials"), max_length=24, editable=False)
    issued_on = models.DateField(_("issued on"), default=timezone.localdate, editable=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    revoked_reason = models.TextField(_("reason for revoking"), max_length=500, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return self.number

    @property
    def is_revoked(self):
        return self.revoked_at is not None
