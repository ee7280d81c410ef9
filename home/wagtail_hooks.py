"""Wagtail hooks that concern every page of the site, and the staff's dashboard and reports."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from .admin_reports import PermissionMenuItem, report_urls
from .dashboard import construct_panels
from .form_origin import check_page_post
from .roles import register_publish_rules
from .staff_profile import StaffProfileSettingsPanel
from .translation_report import PERMISSION, TranslationStatusReportView
from .translation_status import publish_blocked_response, serve_reviewed_translations_only
from .visibility import check_inherited_view_restrictions

# A POST to a page is checked for CSRF once the page is known (home/form_origin.py), before any
# other hook and before the page's own code.
hooks.register("before_serve_page", check_page_post, order=-1000)
# A translation asks for the password or login its Spanish source asks for (Wagtail itself
# checks only the page's own restrictions).
hooks.register("on_serve_page", check_inherited_view_restrictions)
# Visitors never see machine-translated text that no person has reviewed.
hooks.register("on_serve_page", serve_reviewed_translations_only)

# One dashboard panel per role (home/dashboard.py).
hooks.register("construct_homepage_panels", construct_panels)
hooks.register("register_account_settings_panel", StaffProfileSettingsPanel)
# Legal guides are published by Legal reviewers only, whatever else a group may publish.
register_publish_rules()


# "Publish" in wagtail-localize's editor waits until machine translations are reviewed. These run
# before wagtail-localize's own before_edit_* hooks, which serve that editor.
@hooks.register("before_edit_page", order=-10)
def refuse_unreviewed_page_publish(request, page):
    return publish_blocked_response(request, page)


@hooks.register("before_edit_snippet", order=-10)
def refuse_unreviewed_snippet_publish(request, instance):
    return publish_blocked_response(request, instance)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return report_urls("translation-status", TranslationStatusReportView, "translation_status")


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return PermissionMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        permission=PERMISSION,
        icon_name="site",
        order=700,
    )


@hooks.register("insert_global_admin_css")
def dashboard_css():
    return format_html('<link rel="stylesheet" href="{}">', static("home/admin/dashboard.css"))
