from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from home.admin_reports import PermissionMenuItem, report_urls

from .admin_views import ZeroResultReportView


@hooks.register("register_admin_urls")
def register_zero_result_report_urls():
    return report_urls("searches-without-results", ZeroResultReportView, "search_zero_results")


@hooks.register("register_reports_menu_item")
def register_zero_result_report_menu_item():
    return PermissionMenuItem(
        _("Searches without results"),
        reverse("search_zero_results"),
        permission="search.view_zeroresultquery",
        name="searches-without-results",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_permissions")
def register_zero_result_permission():
    return Permission.objects.filter(
        content_type__app_label="search", codename="view_zeroresultquery"
    )
