"""A report in Wagtail's Reports menu (a `ReportView`), shown to the staff with one permission.

Used by the translation status, the searches without results and the impact report."""

from django.urls import path

from wagtail.admin.menu import MenuItem


def report_urls(slug, view_class, name):
    """The report's page at /admin/reports/<slug>/ and the results its filters fetch."""
    return [
        path(f"reports/{slug}/", view_class.as_view(), name=name),
        path(
            f"reports/{slug}/results/",
            view_class.as_view(results_only=True),
            name=f"{name}_results",
        ),
    ]


class PermissionMenuItem(MenuItem):
    """A menu item shown only to users who have `permission` ("app_label.codename")."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
