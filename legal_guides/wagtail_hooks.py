from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from home.localization import active_language, in_active_locale_or_default
from home.models import Topic
from home.visibility import public_pages

from .admin_views import GuideFeedbackViewSet, GuideHelpfulnessReportView, ReadOnlyFeedbackPolicy
from .models import GuideFeedback, LegalGuidePage

register_permission_policy(GuideFeedback, ReadOnlyFeedbackPolicy(GuideFeedback))
feedback_viewset = GuideFeedbackViewSet("legal_guides_guidefeedback")


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return feedback_viewset


@hooks.register("register_admin_urls")
def register_helpfulness_report_urls():
    return [
        path(
            "reports/guide-helpfulness/",
            GuideHelpfulnessReportView.as_view(),
            name="legal_guides_helpfulness",
        ),
        path(
            "reports/guide-helpfulness/results/",
            GuideHelpfulnessReportView.as_view(results_only=True),
            name="legal_guides_helpfulness_results",
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("legal_guides.view_guidefeedback")


@hooks.register("register_reports_menu_item")
def register_helpfulness_menu_item():
    return FeedbackMenuItem(
        _("Guide helpfulness"), reverse("legal_guides_helpfulness"), icon_name="comment", order=800
    )


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Guide comments"),
        reverse("legal_guides_guidefeedback:index"),
        icon_name="comment",
        order=810,
    )


class ReviewDuePanel(Component):
    """Dashboard panel: guides whose legal review is overdue or due within 30 days."""

    name = "legal_guides_review_due"
    template_name = "legal_guides/admin/review_due_panel.html"
    order = 90  # above Wagtail's own panels: an out-of-date legal guide can hurt someone

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        today = timezone.localdate()
        guides = list(LegalGuidePage.due_for_review()[:25])
        for guide in guides:
            guide.days_left = (guide.next_review_due - today).days
        context.update(guides=guides, today=today)
        return context


@hooks.register("construct_homepage_panels")
def add_review_due_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(ReviewDuePanel())


def related_guides(request, topic_ids, exclude_page_id):
    """Guides for other apps' "what next" panels: live, public, in the visitor's language, max three."""
    # Guides are tagged with the Spanish topics and callers may pass any language's topic ids:
    # the slug, shared by every translation of a topic, links them (a subquery, still one query).
    guides = (
        in_active_locale_or_default(public_pages(LegalGuidePage.objects.live()))
        .filter(topics__slug__in=Topic.objects.filter(pk__in=topic_ids).values("slug"))
        .exclude(pk=exclude_page_id)
        .select_related("locale")
        .distinct()
        .order_by("-last_reviewed", "title")[:3]
    )
    return {
        "section": str(_("Legal guides")),  # resolved now: callers may cache the result
        "items": [
            {
                "title": guide.title,
                "url": guide.url,
                "meta": guide.summary,
                "lang": guide.locale.language_code
                if guide.locale.language_code != active_language()
                else "",
            }
            for guide in guides
        ],
    }


related_guides.legal_guides_own = True
hooks.register("register_topic_related", related_guides)
