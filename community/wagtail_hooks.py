"""Admin screens, home teaser and cross-app "what next" links for the community section."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.dates import long_date_with_weekday
from home.localization import active_language, in_active_locale_or_default
from home.topics import same_topics
from home.visibility import public_pages

from .models import (
    EventIndexPage,
    Feedback,
    FeedbackResponse,
    PlanAction,
    PlanObjective,
    ServiceProvider,
)
from .models.events import upcoming_events


class ServiceProviderViewSet(SnippetViewSet):
    model = ServiceProvider
    icon = "help"
    menu_label = _("Services directory")
    list_display = ["name", "parish", "is_free", "no_documents_needed", "last_verified"]
    list_filter = ["is_free", "no_documents_needed", "topics"]
    search_fields = ["name", "summary", "services"]
    search_backend_name = None
    ordering = ["name"]


class FeedbackViewSet(SnippetViewSet):
    """Staff triage of Tu voz. Only groups given the permissions see it (never partners)."""

    model = Feedback
    icon = "comment"
    menu_label = _("Tu voz messages")
    list_display = ["__str__", "short_message", "topic", "language", "status", "forwarded_to"]
    list_filter = ["status", "language", "topic"]
    # The export is for counting and follow-up; names and contact details stay in the admin only.
    list_export = [
        "id",
        "created_at",
        "language",
        "topic",
        "service",
        "message",
        "status",
        "forwarded_to",
        "forwarded_partner",
        "has_contact",
        "updated_at",
    ]
    export_headings = {"has_contact": _("asked for an answer")}
    export_filename = "tu-voz"
    search_fields = ["message", "forwarded_to", "internal_notes"]
    search_backend_name = None
    ordering = ["-created_at"]


class FeedbackResponseViewSet(SnippetViewSet):
    model = FeedbackResponse
    icon = "comment"
    menu_label = _("You said, we did")
    list_display = ["you_said", "status", "published_on", "is_public"]
    list_filter = ["status", "is_public"]


class PlanObjectiveViewSet(SnippetViewSet):
    model = PlanObjective
    icon = "list-ol"
    menu_label = _("Plan objectives")
    list_display = ["number", "title"]


class PlanActionViewSet(SnippetViewSet):
    model = PlanAction
    icon = "tasks"
    menu_label = _("Plan actions")
    list_display = ["title", "objective", "status", "progress"]
    list_filter = ["status", "objective"]


class CommunityViewSetGroup(SnippetViewSetGroup):
    items = (
        ServiceProviderViewSet,
        FeedbackViewSet,
        FeedbackResponseViewSet,
        PlanObjectiveViewSet,
        PlanActionViewSet,
    )
    menu_icon = "group"
    menu_label = _("Community")
    menu_name = "community"
    menu_order = 300


register_snippet(CommunityViewSetGroup)


# --- Public hooks -----------------------------------------------------------------------
def _events_index():
    return (
        in_active_locale_or_default(public_pages(EventIndexPage.objects.live()))
        .select_related("locale")
        .order_by("-locale__language_code")
    )


@hooks.register("register_home_teaser")
def upcoming_events_teaser(request, home_page):
    events = list(upcoming_events(limit=3))
    if not events:
        return None
    indexes = {index.locale.language_code: index for index in _events_index()}
    index = indexes.get(active_language()) or next(iter(indexes.values()), None)
    return {
        "heading": _("Upcoming events"),
        "template": "community/includes/teaser_events.html",
        "items": [
            {"event": event, "url": index.child_url(event) if index else event.url}
            for event in events
        ],
        "more_url": index.url if index else "",
        "more_text": _("All events and the calendar"),
        "order": 30,
    }


@hooks.register("register_topic_related")
def related_events(request, topic_ids, exclude_page_id=None):
    """Up to 3 upcoming events sharing a topic, in the visitor's language (one query)."""
    if not topic_ids:
        return None
    events = (
        upcoming_events()
        .filter(topics__translation_key__in=same_topics(topic_ids))
        .exclude(pk=exclude_page_id or 0)
        .distinct()[:3]
    )
    return {
        "section": _("Upcoming events"),
        "items": [
            {
                "title": event.title,
                "url": event.get_url(request),
                "meta": f"{long_date_with_weekday(event.start)} · {event.type_name}",
            }
            for event in events
        ],
    }


@hooks.register("register_topic_related")
def related_services(request, topic_ids, exclude_page_id=None):
    """Up to 3 directory entries sharing a topic, those serving people without papers first (one query)."""
    if not topic_ids:
        return None
    services = (
        in_active_locale_or_default(ServiceProvider.objects.all())
        .filter(topics__translation_key__in=same_topics(topic_ids))
        .order_by("-no_documents_needed", "name")
        .distinct()[:3]
    )
    return {
        "section": _("Where to get help"),
        "items": [
            {
                "title": service.name,
                "url": reverse("community:service_entry", kwargs={"pk": service.pk}),
                "meta": service.summary,
            }
            for service in services
        ],
    }
