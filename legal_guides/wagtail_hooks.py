from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from home.admin_reports import PermissionMenuItem, report_urls

from .admin_views import GuideFeedbackViewSet, GuideHelpfulnessReportView, ReadOnlyFeedbackPolicy
from .models import GuideFeedback, LegalGuidePage, related_guides
from .review import REVIEWERS, refuse_bulk_publish, refuse_direct_publish

register_permission_policy(GuideFeedback, ReadOnlyFeedbackPolicy(GuideFeedback))
feedback_viewset = GuideFeedbackViewSet("legal_guides_guidefeedback")


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return feedback_viewset


@hooks.register("register_admin_urls")
def register_helpfulness_report_urls():
    return report_urls("guide-helpfulness", GuideHelpfulnessReportView, "legal_guides_helpfulness")


def feedback_menu_item(label, url, order):
    """A Reports menu item for those who may read the guides' feedback."""
    return PermissionMenuItem(
        label, url, permission="legal_guides.view_guidefeedback", icon_name="comment", order=order
    )


@hooks.register("register_reports_menu_item")
def register_helpfulness_menu_item():
    return feedback_menu_item(_("Guide helpfulness"), reverse("legal_guides_helpfulness"), 800)


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return feedback_menu_item(_("Guide comments"), reverse("legal_guides_guidefeedback:index"), 810)


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
    """Only for those who review guides (home/dashboard.py has the other roles' panels)."""
    user = request.user
    if user.is_active and (user.is_superuser or user.groups.filter(name=REVIEWERS).exists()):
        panels.append(ReviewDuePanel())


hooks.register("register_topic_related", related_guides)


@hooks.register("before_edit_page")
def refuse_guide_publish_on_edit(request, page):
    return refuse_direct_publish(request, page.specific_class or type(page))


@hooks.register("before_create_page")
def refuse_guide_publish_on_create(request, parent_page, page_class):
    return refuse_direct_publish(request, page_class)


@hooks.register("before_bulk_action")
def refuse_guide_bulk_publish(request, action_type, objects, action):
    return refuse_bulk_publish(request, action_type, objects)
