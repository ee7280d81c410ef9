"""Admin screens, home teaser and cross-app "what next" links for the community section."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as snippet_chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.dates import long_date_with_weekday
from home.localization import active_language, in_active_locale_or_default
from home.topics import same_topics
from home.visibility import public_pages

from . import admin_views
from .models import (
    EventIndexPage,
    EventPage,
    Feedback,
    FeedbackResponse,
    PartnerMembership,
    PartnerOrganisation,
    PlanAction,
    PlanObjective,
    ServiceProvider,
)
from .models.events import upcoming_events
from .permissions import (
    OwnOrganisationPermissionPolicy,
    limit_to_own_organisation,
    partner_scope,
    user_works_for,
)
from .services import CANCEL_ACTION, can_cancel

# Partners see and change only their own organisation's profile and directory entries.
register_permission_policy(ServiceProvider, OwnOrganisationPermissionPolicy(ServiceProvider))
register_permission_policy(
    PartnerOrganisation, OwnOrganisationPermissionPolicy(PartnerOrganisation)
)


class OwnOrganisationObjectMixin:
    """Refuse a partner another organisation's object, whatever the view (edit, history…)."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not user_works_for(self.request.user, obj):
            raise PermissionDenied
        return obj


class OwnOrganisationIndexView(snippet_views.IndexView):
    def get_base_queryset(self):
        return limit_to_own_organisation(super().get_base_queryset(), self.request.user)


def _own_organisation(view_class):
    return type(view_class.__name__, (OwnOrganisationObjectMixin, view_class), {})


class OwnOrganisationChooserMixin:
    """A chooser that offers a partner only their own organisation's objects."""

    def get_object_list(self):
        return limit_to_own_organisation(super().get_object_list(), self.request.user)


class OwnOrganisationChooserViewSet(snippet_chooser_views.SnippetChooserViewSet):
    choose_view_class = type(
        "ChooseView", (OwnOrganisationChooserMixin, snippet_chooser_views.ChooseView), {}
    )
    choose_results_view_class = type(
        "ChooseResultsView",
        (OwnOrganisationChooserMixin, snippet_chooser_views.ChooseResultsView),
        {},
    )


class OwnOrganisationSnippetViewSet(SnippetViewSet):
    chooser_viewset_class = OwnOrganisationChooserViewSet
    index_view_class = OwnOrganisationIndexView
    edit_view_class = _own_organisation(snippet_views.EditView)
    history_view_class = _own_organisation(snippet_views.HistoryView)
    usage_view_class = _own_organisation(snippet_views.UsageView)
    inspect_view_class = _own_organisation(snippet_views.InspectView)
    revisions_view_class = _own_organisation(snippet_views.PreviewRevisionView)
    revisions_compare_view_class = _own_organisation(snippet_views.RevisionsCompareView)
    workflow_history_view_class = _own_organisation(snippet_views.WorkflowHistoryView)


class ServiceProviderViewSet(OwnOrganisationSnippetViewSet):
    model = ServiceProvider
    icon = "help"
    menu_label = _("Services directory")
    list_display = ["name", "parish", "is_free", "no_documents_needed", "last_verified"]
    list_filter = ["is_free", "no_documents_needed", "topics"]
    search_fields = ["name", "summary", "services"]
    search_backend_name = None
    ordering = ["name"]


class PartnerOrganisationViewSet(OwnOrganisationSnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    menu_label = _("Partner organisations")
    list_display = ["name", "website", "contact_email"]
    search_fields = ["name", "description"]
    search_backend_name = None
    ordering = ["name"]


class PartnerMembershipViewSet(SnippetViewSet):
    """Which organisation each partner user works for. Only administrators have these permissions."""

    model = PartnerMembership
    icon = "user"
    menu_label = _("Partner accounts")
    list_display = ["user", "organisation"]
    list_filter = ["organisation"]


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
        PartnerOrganisationViewSet,
        PartnerMembershipViewSet,
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


# --- Partners: their own events, cancelling, the messages forwarded to them ---------------------
@hooks.register("register_admin_urls")
def partner_admin_urls():
    return [
        # Before wagtail-localize's own (community comes first in INSTALLED_APPS), same path:
        # partners may only ask for translations of their own events.
        path("localize/submit/page/<int:page_id>/", admin_views.submit_page_translation),
        path(
            "community/events/<int:page_id>/cancel/",
            admin_views.cancel_event_view,
            name="community_cancel_event",
        ),
        path(
            "community/my-messages/",
            admin_views.partner_messages_view,
            name="community_partner_messages",
        ),
        path(
            "community/my-messages/<int:pk>/",
            admin_views.partner_message_view,
            name="community_partner_message",
        ),
    ]


class PartnerMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(partner_scope(request.user))


@hooks.register("register_admin_menu_item")
def partner_messages_menu_item():
    return PartnerMenuItem(
        _("Tu voz for my organisation"),
        reverse("community_partner_messages"),
        name="partner-messages",
        icon_name="comment",
        order=310,
    )


def _refuse_other_organisation(request, page):
    if isinstance(page.specific_deferred, EventPage) and not user_works_for(
        request.user, page.specific
    ):
        raise PermissionDenied


def without_other_organisations_events(pages, user):
    """`pages` less the events of organisations `user` does not work for (partners only)."""
    key = partner_scope(user)
    if key is None:
        return pages
    others = EventPage.objects.exclude(organiser__translation_key=key) if key else EventPage.objects
    return pages.exclude(pk__in=others.values("pk"))


@hooks.register("construct_page_chooser_queryset")
def partners_choose_own_events_only(pages, request):
    return without_other_organisations_events(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def partners_list_own_events_only(parent_page, pages, request):
    return without_other_organisations_events(pages, request.user)


@hooks.register("before_edit_page")
def partners_edit_own_events_only(request, page):
    _refuse_other_organisation(request, page)


@hooks.register("before_delete_page")
def partners_delete_own_events_only(request, page):
    _refuse_other_organisation(request, page)


@hooks.register("register_page_header_buttons")
def cancel_event_header_button(page, user, view_name, next_url=None):
    if isinstance(page, EventPage) and can_cancel(user, page):
        yield HeaderButton(
            _("Cancel event"),
            reverse("community_cancel_event", args=[page.pk]),
            icon_name="warning",
            priority=60,
        )


@hooks.register("register_page_listing_more_buttons")
def cancel_event_listing_button(page, user, next_url=None):
    if isinstance(page, EventPage) and can_cancel(user, page):
        yield Button(
            _("Cancel event"),
            reverse("community_cancel_event", args=[page.pk]),
            icon_name="warning",
            priority=50,
        )


@hooks.register("register_log_actions")
def register_community_log_actions(actions):
    actions.register_action(CANCEL_ACTION, _("Cancel event"), _("Event cancelled"))


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
