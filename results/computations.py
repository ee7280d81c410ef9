"""Indicators computed from the site's own data: what each one counts, said once, shown on the page.

Each computation is a function of the indicator (its baseline date starts the count) that returns
a number. They read other apps' models by name (`apps.get_model`), so this module imports none of
their code, and every figure they read survives the personal-data purge (an enrolment keeps its
course, status and date; courses/management/commands/purge_personal_data.py).
"""

from decimal import Decimal

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Enrolment statuses (courses/status.py): a person who took a seat, and one who finished.
ENROLLED_STATUSES = ("confirmed", "attended", "completed")
COMPLETED_STATUSES = ("completed",)
# Tu voz statuses (community/models/feedback.py) of a message that was answered.
ANSWERED_STATUSES = ("answered", "included")


class Computation(models.TextChoices):
    ENTERED = "entered", _("Entered by staff")
    PEOPLE_ENROLLED = "people_enrolled", _("Computed: enrolments in courses")
    COURSES_COMPLETED = "courses_completed", _("Computed: courses completed")
    TU_VOZ_ANSWERED = "tu_voz_answered", _("Computed: Tu voz messages answered")
    GUIDES_ON_TIME = "guides_on_time", _("Computed: legal guides reviewed on time (%)")
    REFERRALS_SERVED = "referrals_served", _("Computed: referrals taken up by a provider")


# What the page says under a computed indicator: the computation in plain words.
DESCRIPTIONS = {
    Computation.PEOPLE_ENROLLED: _(
        "Counted each night on this site: enrolments in a course (seat confirmed, attended or "
        "completed) since the baseline date. A person in two courses counts twice."
    ),
    Computation.COURSES_COMPLETED: _(
        "Counted each night on this site: enrolments marked as completed by the course "
        "coordinators since the baseline date."
    ),
    Computation.TU_VOZ_ANSWERED: _(
        "Counted each night on this site: messages sent through Tu voz since the baseline date "
        "that were answered or included in the Plan."
    ),
    Computation.GUIDES_ON_TIME: _(
        "Counted each night on this site: the share of published legal guides (Spanish "
        "originals) whose legal review is not overdue."
    ),
    Computation.REFERRALS_SERVED: _(
        "Counted each night on this site: referrals to a service provider since the baseline "
        "date that the provider recorded as served."
    ),
}


def _since(indicator):
    return indicator.baseline_date


def _created_since_baseline(indicator, model_label, statuses):
    """How many rows of the model, now in one of `statuses`, were created since the baseline."""
    model = apps.get_model(model_label)
    since = _since(indicator)
    return model.objects.filter(status__in=statuses, created_at__date__gte=since).count()


def people_enrolled(indicator):
    return _created_since_baseline(indicator, "courses.Enrolment", ENROLLED_STATUSES)


def courses_completed(indicator):
    return _created_since_baseline(indicator, "courses.Enrolment", COMPLETED_STATUSES)


def tu_voz_answered(indicator):
    return _created_since_baseline(indicator, "community.Feedback", ANSWERED_STATUSES)


def guides_on_time(indicator):
    LegalGuidePage = apps.get_model("legal_guides", "LegalGuidePage")
    guides = LegalGuidePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    total = guides.count()
    if not total:
        return Decimal(0)
    on_time = guides.filter(next_review_due__gte=timezone.localdate()).count()
    return (Decimal(100) * on_time / total).quantize(Decimal("0.1"))


def referrals_served(indicator):
    Referral = apps.get_model("referrals", "Referral")
    return Referral.objects.filter(
        outcome="served", created_at__date__gte=_since(indicator)
    ).count()


FUNCTIONS = {
    Computation.PEOPLE_ENROLLED: people_enrolled,
    Computation.COURSES_COMPLETED: courses_completed,
    Computation.TU_VOZ_ANSWERED: tu_voz_answered,
    Computation.GUIDES_ON_TIME: guides_on_time,
    Computation.REFERRALS_SERVED: referrals_served,
}


def compute(indicator):
    """The indicator's value today, from the site's data (None for an indicator staff enter)."""
    function = FUNCTIONS.get(indicator.computation)
    return None if function is None else Decimal(function(indicator))
