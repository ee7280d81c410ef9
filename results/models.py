"""The Plan's monitoring: indicators with their measurements, roadmap milestones, the Results page.

- An **indicator** belongs to a plan objective (`community.PlanObjective`) and has a baseline and
  a target. Its name, unit and explanation are translated; its numbers are synchronised.
- A **measurement** is one dated value of an indicator. Numbers do not depend on the language, so
  measurements always point at the indicator's source (Spanish) record and every translation
  shows the same figures (they are matched by `translation_key`). Staff enter them, or
  `manage.py compute_indicators` computes them each night from the site's own data (`computation`).
- A **milestone** is a step of the roadmap that makes the service part of the city (an ordinance,
  a budget line, a permanent office, staff trained).

All three are snippets, so the page cache sees every change (home/page_cache.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import IntroPage

from .computations import Computation
from .summary import results_context


class Indicator(TranslatableMixin, models.Model):
    objective = models.ForeignKey(
        "community.PlanObjective",
        verbose_name=_("plan objective"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(
        _("unit"), max_length=40, help_text=_("What is counted, e.g. 'people' or '%'.")
    )
    explanation = models.TextField(
        _("what it tells us"),
        max_length=500,
        blank=True,
        help_text=_("One or two plain sentences: what the number means and where it comes from."),
    )
    baseline_value = models.DecimalField(_("baseline value"), max_digits=12, decimal_places=2)
    baseline_date = models.DateField(_("baseline date"))
    target_value = models.DecimalField(_("target value"), max_digits=12, decimal_places=2)
    target_date = models.DateField(_("target date"))
    computation = models.CharField(
        _("how it is measured"),
        max_length=30,
        choices=Computation.choices,
        default=Computation.ENTERED,
        help_text=_(
            "Entered by staff, or computed each night from the site's own data "
            "(manage.py compute_indicators)."
        ),
    )
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Invented figures for demonstration: the page says so."),
    )

    panels = [
        FieldPanel("objective"),
        FieldPanel("name"),
        FieldPanel("unit"),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("baseline_value"), FieldPanel("baseline_date")]),
                FieldRowPanel([FieldPanel("target_value"), FieldPanel("target_date")]),
            ],
            heading=_("Baseline and target"),
        ),
        FieldPanel("computation"),
        FieldPanel("sort_order"),
        FieldPanel("is_sample"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("unit"),
        TranslatableField("explanation"),
        SynchronizedField("objective"),
        SynchronizedField("sort_order"),
        SynchronizedField("baseline_value"),
        SynchronizedField("baseline_date"),
        SynchronizedField("target_value"),
        SynchronizedField("target_date"),
        SynchronizedField("computation"),
        SynchronizedField("is_sample"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        permissions = [("view_impact_report", _("Can view the impact report"))]

    def __str__(self):
        return self.name

    @property
    def is_computed(self):
        return self.computation != Computation.ENTERED


class Measurement(models.Model):
    """One dated value of an indicator (of its source record: the same in every language)."""

    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="measurements",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    computed = models.BooleanField(_("computed"), default=False, editable=False)

    panels = [FieldPanel("indicator"), FieldPanel("date"), FieldPanel("value")]

    class Meta:
        ordering = ["indicator", "date"]
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "date"], name="results_measurement_one_per_day"
            )
        ]

    def __str__(self):
        return f"{self.indicator}: {self.value} ({self.date})"


class MilestoneStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DELAYED = "delayed", _("Delayed")


class Milestone(TranslatableMixin, models.Model):
    """A step of the roadmap that makes the service part of the city."""

    Status = MilestoneStatus

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=600, blank=True)
    objective = models.ForeignKey(
        "community.PlanObjective",
        verbose_name=_("plan objective"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    planned_date = models.DateField(_("planned date"))
    actual_date = models.DateField(_("actual date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=MilestoneStatus.choices, default=MilestoneStatus.PLANNED
    )
    responsible_office = models.CharField(_("responsible office"), max_length=150)
    evidence_url = models.URLField(
        _("evidence link"),
        blank=True,
        help_text=_("A public document that shows it was done (an ordinance, a budget, a report)."),
    )
    is_sample = models.BooleanField(_("sample data"), default=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("objective"),
        FieldRowPanel([FieldPanel("planned_date"), FieldPanel("actual_date")]),
        FieldPanel("status"),
        FieldPanel("responsible_office"),
        FieldPanel("evidence_url"),
        FieldPanel("is_sample"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("responsible_office"),
        SynchronizedField("objective"),
        SynchronizedField("planned_date"),
        SynchronizedField("actual_date"),
        SynchronizedField("status"),
        SynchronizedField("evidence_url"),
        SynchronizedField("is_sample"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["planned_date", "pk"]
        verbose_name = _("roadmap milestone")
        verbose_name_plural = _("roadmap milestones")

    def __str__(self):
        return self.title

    @property
    def is_late(self):
        return (
            self.status != MilestoneStatus.DONE
            and self.planned_date is not None
            and self.planned_date < timezone.localdate()
        )

    @property
    def behind_schedule(self):
        """Delayed, or past its planned date and not done: the roadmap marks it as a warning."""
        return self.status == MilestoneStatus.DELAYED or self.is_late


class ResultsPage(IntroPage):
    """The public Results page: each indicator with its chart and table, and the roadmap."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("results page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(results_context())
        return context
