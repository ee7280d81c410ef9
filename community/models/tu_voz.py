"""Tu voz's pages: the form (FeedbackPage), "You said, we did" and the plan tracker, which link to
each other. Their records live in feedback.py (messages, public answers) and plan.py (objectives,
actions)."""

from django.core.cache import cache
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from home.forms import check_public_form, public_form_response
from home.fragment_cache import fragment_key
from home.localization import (
    active_language,
    in_active_locale_or_default,
    localized_map,
    localized_related_field,
)
from home.models import IntroPage, RichIntroPage, Topic
from home.visibility import public_pages

from ..forms import FeedbackForm
from ..listing import LARGEST_ID, section_links
from .events import EventIndexPage, EventPage
from .feedback import Feedback, FeedbackResponse
from .plan import PlanAction, PlanObjective
from .services import ServiceProvider


class FeedbackPage(RoutablePageMixin, RichIntroPage):
    """Tu voz: the public form. The form itself lives in community/forms.py."""

    privacy_text = models.CharField(
        _("what we do with your message"),
        max_length=400,
        blank=True,
        help_text=_("Shown next to the form."),
    )
    thank_you_text = RichTextField(
        _("thank-you message"), features=["bold", "italic", "link"], blank=True
    )

    content_panels = RichIntroPage.content_panels + [
        FieldPanel("privacy_text"),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.YouSaidWeDidPage", "community.PlanPage", "home.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Tu voz page")

    @path("")
    def form_view(self, request):
        return feedback_form_view(request, self)

    @path("thanks/")
    def thanks_view(self, request):
        return feedback_thanks_view(request, self)


class YouSaidWeDidPage(IntroPage):
    parent_page_types = ["community.FeedbackPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("“You said, we did” page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(you_said_we_did_context(request, self))
        return context


def _reported_service(value):
    try:
        service_id = int(value)
    except (TypeError, ValueError):
        return None
    if not 0 < service_id <= LARGEST_ID:
        return None
    service = ServiceProvider.objects.filter(pk=service_id, live=True).first()
    if service is None:
        return None
    return localized_map(ServiceProvider, [service]).get(service.translation_key, service)


def _feedback_links(page):
    links = section_links(YouSaidWeDidPage, PlanPage)
    return {"you_said_page": links[YouSaidWeDidPage], "plan_page": links[PlanPage]}


def feedback_form_view(request, page):
    """Tu voz: the one way of every public form (home/forms.py): 429 over the rate limit, 400 for
    an invalid form, each with the form shown again and its error summary; nothing saved."""
    action = page.get_url(request)
    status = 200
    if request.method == "POST":
        form = FeedbackForm(request.POST, action=action)
        status = check_public_form(request, form, "tu-voz")  # TU_VOZ_RATE_LIMIT
        if status is None:
            service = _reported_service(form.cleaned_data.get("service"))
            Feedback.record(form.cleaned_data, language=active_language(), service=service)
            return redirect(page.url + page.reverse_subpage("thanks_view"))
        service = _reported_service(request.POST.get("service"))
    else:
        service = _reported_service(request.GET.get("service"))
        form = FeedbackForm(initial={"service": service.pk if service else None}, action=action)
        if service is not None:
            form.initial["topic"] = None
    context = page.get_context(request)
    context.update(form=form, service=service, **_feedback_links(page))
    response = public_form_response(request, "community/feedback_page.html", context, status)
    if service is not None:
        # The same form for everyone is cached (home/page_cache.py); a form about one directory
        # entry is not.
        add_never_cache_headers(response)
    return response


def feedback_thanks_view(request, page):
    context = page.get_context(request)
    context.update(thanks=True, **_feedback_links(page))
    response = TemplateResponse(request, "community/feedback_thanks.html", context)
    patch_cache_control(response, private=True)
    return response


def you_said_we_did_context(request, page):
    responses = list(
        in_active_locale_or_default(FeedbackResponse.objects.filter(is_public=True))
        .annotate(topic_name=localized_related_field("topic", Topic))
        .order_by("-published_on", "-pk")
    )
    items = [{"response": response, "topic": response.topic_name} for response in responses]
    links = section_links(PlanPage, FeedbackPage)
    return {
        "responses": items,
        "plan_page": links[PlanPage],
        "feedback_page": links[FeedbackPage],
    }


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
