"""The plan tracker: the District Human Mobility Plan's objectives and actions, kept current by editors."""

from django.core.cache import cache
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from home.fragment_cache import fragment_key
from home.localization import in_active_locale_or_default
from home.models import DraftSnippetMixin, IntroPage
from home.visibility import public_pages

from ..listing import section_links
from .events import EventIndexPage, EventPage
from .feedback import FeedbackResponse, YouSaidWeDidPage


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


class PlanPage(IntroPage):
    parent_page_types = ["community.FeedbackPage", "community.CommunitySpacePage", "home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("plan tracker page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(plan_context(request, self))
        return context


PLAN_CACHE_SECONDS = 300


def plan_context(request, page):
    """The plan tracker's rows. Eight queries to build, so cached per language until editors
    change anything (home/fragment_cache.py)."""
    key = fragment_key("community:plan", page.pk)
    context = cache.get(key)
    if context is None:
        context = _build_plan_context(request, page)
        cache.set(key, context, PLAN_CACHE_SECONDS)
    return context


def _build_plan_context(request, page):
    objectives = list(
        in_active_locale_or_default(PlanObjective.objects.all()).order_by("number", "pk")
    )
    actions = list(
        in_active_locale_or_default(PlanAction.objects.all())
        .select_related("objective")
        .prefetch_related("workshops", "feedback")
        .order_by("number", "pk")
    )
    workshops = [event for action in actions for event in action.workshops.all()]
    feedback = [item for action in actions for item in action.feedback.all()]
    event_map = {}
    if workshops:
        event_map = {
            event.translation_key: event
            for event in in_active_locale_or_default(
                public_pages(EventPage.objects.live()).filter(
                    translation_key__in={e.translation_key for e in workshops}
                )
            ).select_related("locale")
        }
    feedback_map = {}
    if feedback:
        feedback_map = {
            item.translation_key: item
            for item in in_active_locale_or_default(
                FeedbackResponse.objects.filter(
                    is_public=True, translation_key__in={f.translation_key for f in feedback}
                )
            )
        }
    by_objective = {}
    for action in actions:
        by_objective.setdefault(action.objective.translation_key, []).append(
            {
                "action": action,
                "workshops": [
                    event_map[e.translation_key]
                    for e in action.workshops.all()
                    if e.translation_key in event_map
                ],
                "feedback": [
                    feedback_map[f.translation_key]
                    for f in action.feedback.all()
                    if f.translation_key in feedback_map
                ],
            }
        )
    rows = [
        {"objective": objective, "actions": by_objective.get(objective.translation_key, [])}
        for objective in objectives
    ]
    total = [item["action"].progress for row in rows for item in row["actions"]]
    links = section_links(YouSaidWeDidPage, EventIndexPage)
    return {
        "objectives": rows,
        "overall_progress": round(sum(total) / len(total)) if total else 0,
        "you_said_page": links[YouSaidWeDidPage],
        "events_index": links[EventIndexPage],
    }
