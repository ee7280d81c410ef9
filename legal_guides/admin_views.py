"""Admin: guide feedback (per-guide counts and the comments), both exportable as CSV/XLSX."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from .models import GuideFeedback, LegalGuidePage


class ReadOnlyFeedbackPolicy(ModelPermissionPolicy):
    """Feedback comes from visitors: editors may read and delete it, never create or edit it."""

    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class FeedbackFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(
        label=_("guide"), queryset=LegalGuidePage.objects.order_by("title")
    )

    class Meta:
        model = GuideFeedback
        fields = ["page", "helpful", "language"]


class GuideFeedbackViewSet(ModelViewSet):
    model = GuideFeedback
    url_prefix = "guide-feedback"
    icon = "comment"
    menu_label = _("Guide feedback")
    add_to_admin_menu = False
    list_display = ["page", "helpful", "comment", "language", "submitted_on"]
    filterset_class = FeedbackFilterSet
    list_export = ["page", "helpful", "comment", "language", "submitted_on"]
    export_filename = "guide-feedback"
    search_fields = ["comment"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["helpful", "comment"]

    def get_queryset(self, request):
        return GuideFeedback.objects.select_related("page")


class HelpfulnessFilterSet(WagtailFilterSet):
    locale = django_filters.CharFilter(field_name="locale__language_code", label=_("language code"))

    class Meta:
        model = LegalGuidePage
        fields = []


class GuideHelpfulnessReportView(ReportView):
    """One row per guide: yes and no votes, the share of yes, and how many comments."""

    page_title = _("Guide helpfulness")
    permission_policy = ModelPermissionPolicy(GuideFeedback)
    permission_required = "view"
    header_icon = "comment"
    index_url_name = "legal_guides_helpfulness"
    index_results_url_name = "legal_guides_helpfulness_results"
    export_filename = "guide-helpfulness"
    list_export = [
        "title",
        "locale.language_code",
        "yes_count",
        "no_count",
        "helpful_percent",
        "comment_count",
        "last_reviewed",
        "next_review_due",
    ]
    export_headings = {
        "title": _("Guide"),
        "locale.language_code": _("Language"),
        "yes_count": _("Yes"),
        "no_count": _("No"),
        "helpful_percent": _("Percent helpful"),
        "comment_count": _("Comments"),
        "last_reviewed": _("Last reviewed"),
        "next_review_due": _("Next review due"),
    }

    def get_queryset(self):
        return (
            LegalGuidePage.objects.select_related("locale")
            .annotate(
                yes_count=Count("feedback", filter=Q(feedback__helpful=True)),
                no_count=Count("feedback", filter=Q(feedback__helpful=False)),
                comment_count=Count("feedback", filter=~Q(feedback__comment="")),
            )
            .order_by("-no_count", "title")
        )

    def decorate_paginated_queryset(self, object_list):
        for guide in object_list:
            total = guide.yes_count + guide.no_count
            guide.helpful_percent = round(100 * guide.yes_count / total) if total else ""
            guide.feedback_url = reverse("legal_guides_guidefeedback:index") + f"?page={guide.pk}"
        return object_list

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Guide"),
                get_url=lambda guide: reverse("wagtailadmin_pages:edit", args=[guide.pk]),
            ),
            Column("language", label=_("Language"), accessor="locale.language_code"),
            Column("yes_count", label=_("Yes")),
            Column("no_count", label=_("No")),
            Column("helpful_percent", label=_("Percent helpful")),
            TitleColumn(
                "comment_count",
                label=_("Comments"),
                get_url=lambda guide: guide.feedback_url,
            ),
            DateColumn("next_review_due", label=_("Next review due")),
        ]
