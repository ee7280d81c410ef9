from django.forms import modelform_factory
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from home.admin_reports import PermissionMenuItem
from home.personal_data_admin import PersonalDataViewSet

from . import admin_views
from .admin_views import (
    EnrolmentCreateView,
    EnrolmentFilterSet,
    EnrolmentInspectView,
    FailedNotificationPermissionPolicy,
    failed_notifications,
)
from .models import FORM_FIELDS, PERSON_FIELDS, CoursePage, Enrolment, Notification
from .services import fill_after_capacity_change
from .teasers import courses_for_topics, open_courses_teaser


class EnrolmentIndexView(IndexView):
    def get_base_queryset(self):
        # The course column: one query for the page, however many enrolments it lists.
        return super().get_base_queryset().select_related("course")


class EnrolmentViewSet(PersonalDataViewSet):
    model = Enrolment
    icon = "group"
    menu_label = _("Enrolments")
    menu_order = 300
    add_to_admin_menu = False
    inspect_view_enabled = True
    inspect_view_class = EnrolmentInspectView
    add_view_class = EnrolmentCreateView
    index_view_class = EnrolmentIndexView
    list_display = [
        "reference",
        "full_name",
        Column("course", label=_("Course"), accessor="course"),
        "status",
        "created_at",
    ]
    filterset_class = EnrolmentFilterSet
    list_export = [
        "reference",
        "course",
        "status",
        "queue_number",
        "created_at",
        *FORM_FIELDS,
        "language",
        "consent_at",
        "privacy_notice_version",
    ]
    export_filename = "enrolments"
    form_fields = ["course", *FORM_FIELDS]

    def get_form_class(self, for_update=False):
        # Editing changes the person's details only: course and status change through the rules
        # (the status buttons and "Move to another course" on the enrolment's page).
        if for_update:
            return modelform_factory(
                self.model, formfield_callback=self.formfield_for_dbfield, fields=FORM_FIELDS
            )
        return super().get_form_class(for_update)

    inspect_view_fields = [
        "reference",
        "course",
        "status",
        "created_at",
        "status_changed_at",
        "offer_expires_at",
        *PERSON_FIELDS,
        "language",
        "consent_at",
        "privacy_notice_version",
        "personal_data_erased_at",
    ]


class RetryColumn(Column):
    """A "Retry now" button: a POST form with Django's CSRF token."""

    cell_template_name = "courses/admin/notification_retry_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        from django.middleware.csrf import get_token

        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        return context


# Read-only, and only for whoever may change enrolments: Notification has no group permissions.
register_permission_policy(
    Notification, FailedNotificationPermissionPolicy(Notification), exact_class=True
)


class FailedNotificationIndexView(IndexView):
    def get_base_queryset(self):
        return failed_notifications()


class FailedNotificationViewSet(ModelViewSet):
    """Enrolment emails that did not go out: the reference only, no personal data."""

    model = Notification
    icon = "warning"
    menu_label = _("Failed notifications")
    menu_order = 310
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    list_per_page = 50
    list_filter = ["kind", "channel", "gave_up"]
    list_display = [
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("channel", label=_("channel"), accessor="get_channel_display"),
        Column("reference", label=_("Enrolment reference"), accessor="enrolment.reference"),
        Column("course", label=_("Course"), accessor="enrolment.course"),
        Column("attempts", label=_("Attempts")),
        Column("last_error", label=_("Last error")),
        Column("created_at", label=_("Created")),
        Column(
            "gave_up", label=_("Gave up"), accessor=lambda n: _("Yes") if n.gave_up else _("No")
        ),
        RetryColumn("retry", label=_("Retry")),
    ]
    form_fields = []  # never edited here: only "Retry now"
    index_view_class = FailedNotificationIndexView


class CoursesGroup(ViewSetGroup):
    menu_label = _("Courses")
    menu_icon = "group"
    menu_order = 250
    items = [
        EnrolmentViewSet("enrolments"),
        FailedNotificationViewSet("failed_notifications"),
    ]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return CoursesGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("seats/", admin_views.seats_report, name="seats"),
        path("roster/<int:course_id>/", admin_views.roster, name="roster"),
        path(
            "roster/<int:course_id>/session/<int:session_id>/",
            admin_views.session_attendance,
            name="session_attendance",
        ),
        path("certificate/<int:pk>/pdf/", admin_views.certificate_download, name="certificate_pdf"),
        path(
            "certificate/<int:pk>/revoke/",
            admin_views.revoke_certificate,
            name="revoke_certificate",
        ),
        path("enrolment/<int:pk>/status/", admin_views.change_status, name="status"),
        path("enrolment/<int:pk>/person/", admin_views.person_data, name="person"),
        path("enrolment/<int:pk>/move/", admin_views.move_enrolment, name="move"),
        path("calls/", admin_views.call_list.page, name="call_list"),
        path("calls/<int:pk>/", admin_views.call_list.record, name="record_call"),
        path(
            "notification/<int:pk>/retry/",
            admin_views.retry_notification,
            name="retry_notification",
        ),
    ]
    return [path("courses/", include((urls, "courses_admin"), namespace="courses_admin"))]


@hooks.register("register_admin_menu_item")
def register_seats_menu_item():
    return PermissionMenuItem(
        _("Course seats"),
        reverse("courses_admin:seats"),
        icon_name="table",
        order=251,
        permission="courses.view_enrolment",
    )


@hooks.register("register_admin_menu_item")
def register_call_list_menu_item():
    return admin_views.call_list.menu_item(order=252)


@hooks.register("register_home_teaser")
def courses_teaser(request, home_page):
    return open_courses_teaser(request, home_page)


@hooks.register("register_topic_related")
def related_courses(request, topic_ids, exclude_page_id):
    return courses_for_topics(request, topic_ids, exclude_page_id)


@hooks.register("after_publish_page")
def fill_seats_after_publish(request, page):
    """Raising a course's capacity gives the new seats to the people waiting."""
    if isinstance(page.specific_deferred, CoursePage):
        fill_after_capacity_change(page.specific)
