from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column

from home.personal_data_admin import PersonalDataViewSet

from . import admin_views
from .admin_views import (
    AdviceRequestAdminForm,
    AdviceRequestEditView,
    AdviceRequestFilterSet,
    AdviceRequestIndexView,
)
from .advice_requests import SHARE_CONSENT_FIELD
from .models import PERSON_FIELDS, AdviceRequest


class AdviceRequestViewSet(PersonalDataViewSet):
    """The Legal advisers' queue. Requests come only from the public form: no "add" here."""

    model = AdviceRequest
    icon = "help"
    menu_label = _("Legal advice requests")
    menu_order = 260
    add_to_admin_menu = True
    add_view_enabled = False
    inspect_view_enabled = False
    index_view_class = AdviceRequestIndexView
    edit_view_class = AdviceRequestEditView
    list_display = [
        "reference",
        "full_name",
        Column("topic", label=_("Topic"), accessor="get_topic_display"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        "appointment_at",
        "created_at",
    ]
    filterset_class = AdviceRequestFilterSet
    list_export = [
        "reference",
        "status",
        "created_at",
        *PERSON_FIELDS,
        "appointment_at",
        "appointment_place",
        "language",
        "consent_at",
        SHARE_CONSENT_FIELD,
        "privacy_notice_version",
    ]
    export_filename = "legal-advice-requests"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("created_at", read_only=True),
                    *(FieldPanel(name, read_only=True) for name in PERSON_FIELDS),
                    FieldPanel("consent_at", read_only=True),
                    FieldPanel(SHARE_CONSENT_FIELD, read_only=True),
                ],
                heading=_("What the person sent"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("appointment_at"),
                    FieldPanel("appointment_place"),
                    FieldPanel("internal_notes"),
                ],
                heading=_("Advisers"),
            ),
        ],
        base_form_class=AdviceRequestAdminForm,
    )


@hooks.register("register_admin_viewset")
def register_viewsets():
    return AdviceRequestViewSet("legal_advice_requests")


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("request/<int:pk>/person/", admin_views.person_data, name="person"),
        path("call-list/", admin_views.call_list.page, name="call_list"),
        path("call-list/<int:pk>/", admin_views.call_list.record, name="record_call"),
    ]
    return [
        path("legal-advice/", include((urls, "legal_advice_admin"), namespace="legal_advice_admin"))
    ]


@hooks.register("register_admin_menu_item")
def register_call_list_menu_item():
    return admin_views.call_list.menu_item(order=261, name="legal-advice-call-list")
