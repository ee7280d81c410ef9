"""The plan tracker: the District Human Mobility Plan's objectives and actions, kept current by editors."""

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from home.models import DraftSnippetMixin


class PlanObjective(DraftSnippetMixin, TranslatableMixin, models.Model):
    number = models.PositiveSmallIntegerField(_("number"), default=1)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("number"), FieldPanel("title"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("number"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["number", "pk"]
        verbose_name = _("Plan objective")
        verbose_name_plural = _("Plan objectives")

    preview_template = "community/previews/plan_item.html"

    def __str__(self):
        return f"{self.number}. {self.title}"


class PlanAction(DraftSnippetMixin, TranslatableMixin, ClusterableModel):
    STATUS_CHOICES = [
        ("planned", _("Planned")),
        ("in_progress", _("In progress")),
        ("done", _("Done")),
    ]

    objective = models.ForeignKey(
        PlanObjective, verbose_name=_("objective"), on_delete=models.CASCADE, related_name="actions"
    )
    number = models.PositiveSmallIntegerField(_("number"), default=1)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    responsible = models.CharField(_("responsible"), max_length=150, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=STATUS_CHOICES, default="planned")
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    workshops = ParentalManyToManyField(
        "community.EventPage",
        verbose_name=_("workshops that shaped it"),
        blank=True,
        related_name="+",
    )
    feedback = ParentalManyToManyField(
        "community.FeedbackResponse",
        verbose_name=_("published feedback that shaped it"),
        blank=True,
        related_name="+",
    )

    panels = [
        FieldPanel("objective"),
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("responsible"),
        FieldPanel("status"),
        FieldPanel("progress"),
        FieldPanel("workshops"),
        FieldPanel("feedback"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("responsible"),
        SynchronizedField("objective"),
        SynchronizedField("number"),
        SynchronizedField("status"),
        SynchronizedField("progress"),
        SynchronizedField("workshops"),
        SynchronizedField("feedback"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["number", "pk"]
        verbose_name = _("Plan action")
        verbose_name_plural = _("Plan actions")

    preview_template = "community/previews/plan_item.html"

    def __str__(self):
        return self.title
