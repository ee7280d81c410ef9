from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from . import admin_views
from .admin_views import (
    OutcomeForm,
    PartnerEditView,
    PartnerIndexView,
    PartnerReferralPolicy,
    ReferralCreateForm,
    ReferralCreateView,
    StaffEditView,
    StaffIndexView,
)
from .models import PartnerReferral, Referral

register_permission_policy(PartnerReferral, PartnerReferralPolicy(), exact_class=True)

OUTCOME_COLUMN = Column("outcome", label=_("Outcome"), accessor="get_outcome_display")
READ_ONLY_REFERRAL = [
    FieldPanel("created_at", read_only=True),
    FieldPanel("provider", read_only=True),
    FieldPanel("need", read_only=True),
    FieldPanel("consent_to_share", read_only=True),
    FieldPanel("person_name", read_only=True),
    FieldPanel("person_contact", read_only=True),
]
OUTCOME_PANELS = MultiFieldPanel(
    [FieldPanel("outcome"), FieldPanel("outcome_note")], heading=_("Outcome")
)


class ReferralViewSet(ModelViewSet):
    """Staff (Legal advisers, Community editors, Course coordinators): refer and follow up."""

    model = Referral
    icon = "redirect"
    menu_label = _("Referrals")
    menu_order = 270
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    index_view_class = StaffIndexView
    add_view_class = ReferralCreateView
    edit_view_class = StaffEditView
    list_per_page = 50
    list_display = [
        "__str__",
        Column("provider", label=_("Referred to"), accessor="provider"),
        Column("organisation", label=_("Partner organisation"), accessor="organisation"),
        OUTCOME_COLUMN,
        "created_at",
    ]
    list_filter = ["outcome", "organisation"]
    list_export = [
        "created_at",
        "provider",
        "organisation",
        "outcome",
        "outcome_at",
        "outcome_note",
        "consent_to_share",
    ]
    export_filename = "referrals"
    search_backend_name = None

    add_handler = ObjectList(
        [
            FieldPanel("provider"),
            FieldPanel("advice_request"),
            FieldPanel("feedback"),
            FieldPanel("need"),
            MultiFieldPanel(
                [
                    FieldPanel("consent_to_share"),
                    FieldPanel("person_name"),
                    FieldPanel("person_contact"),
                ],
                heading=_("Contact details (only with the person's consent)"),
            ),
        ],
        base_form_class=ReferralCreateForm,
    )
    edit_handler = ObjectList(
        [MultiFieldPanel(READ_ONLY_REFERRAL, heading=_("Referral")), OUTCOME_PANELS],
        base_form_class=OutcomeForm,
    )

    def get_add_view_kwargs(self, **kwargs):
        """A referral is made with its own form (the source, the need, consent); once made, only
        its outcome changes (edit_handler)."""
        panel = self.add_handler.bind_to_model(self.model)
        return super().get_add_view_kwargs(panel=panel, form_class=panel.get_form_class(), **kwargs)


class PartnerReferralViewSet(ModelViewSet):
    """A partner organisation's referrals: only its own, and only the outcome can change."""

    model = PartnerReferral
    icon = "redirect"
    menu_label = _("Referrals to us")
    menu_order = 271
    add_to_admin_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    index_view_class = PartnerIndexView
    edit_view_class = PartnerEditView
    list_per_page = 50
    list_display = [
        "__str__",
        Column("provider", label=_("Referred to"), accessor="provider"),
        Column("need", label=_("What help is needed"), accessor="need"),
        OUTCOME_COLUMN,
        "created_at",
    ]
    list_filter = ["outcome"]
    search_backend_name = None
    edit_handler = ObjectList(
        [MultiFieldPanel(READ_ONLY_REFERRAL, heading=_("Referral")), OUTCOME_PANELS],
        base_form_class=OutcomeForm,
    )


class OutcomesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("referrals.view_referral")


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [ReferralViewSet("referrals"), PartnerReferralViewSet("partner_referrals")]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "referrals-outcomes/",
            admin_views.outcomes_report,
            name="referrals_outcomes",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_outcomes_report():
    return OutcomesMenuItem(
        _("Referral outcomes"), reverse("referrals_outcomes"), icon_name="table", order=720
    )


@hooks.register("register_snippet_listing_buttons")
def refer_tu_voz_message_button(snippet, user, next_url=None):
    """ "Refer to a provider" on a Tu voz message in the triage list: the referral form, with the
    message as its source (the legal advice request's page has the same button)."""
    if snippet._meta.label == "community.Feedback" and user.has_perm("referrals.add_referral"):
        yield Button(
            _("Refer to a provider"),
            url=f"{reverse('referrals:add')}?feedback={snippet.pk}",
            icon_name="redirect",
            priority=40,
        )
