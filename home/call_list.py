"""The staff's call list in the admin: people no message could reach (they gave no email, and no
SMS or WhatsApp message went out). Staff phone them, tell them the message in their language and
record the outcome on the call row (`home.notifications`).

Used by the coordinators (courses) and the legal advisers (legal advice). An app subclasses
`CallList`, says what differs in its class attributes and in `describe`, and routes its admin
URLs "call_list" and "record_call" to `page` and `record`; `menu_item` links to the list.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .admin_reports import PermissionMenuItem
from .notifications import CallOutcome, record_call


class CallList:
    """One app's call list. `url_namespace` holds the app's admin URLs "call_list" and
    "record_call"; `notifications()` gives the call rows to list (the app's services) and
    `render_message(notification)` what to tell the person, in their language."""

    permission = ""  # "app_label.codename": who may see the list and record calls
    title = ""
    headings = ("", "")  # of the reference's column and of the language's column

    def __init__(self, url_namespace, notifications, render_message):
        self.url_namespace = url_namespace
        self.notifications = notifications
        self.render_message = render_message

    def describe(self, person):
        """The person's record in the list: its "url", "about" (what the record is) and
        "language_name" (of the language their messages are in, `person.message_language`)."""
        raise NotImplementedError

    def menu_item(self, order, name=None):
        """The admin menu's link to the list, shown to those who may use it."""
        return PermissionMenuItem(
            self.title,
            reverse(f"{self.url_namespace}:call_list"),
            name=name,
            icon_name="mobile-alt",
            order=order,
            permission=self.permission,
        )

    def check_permission(self, request):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied

    def page(self, request):
        self.check_permission(request)
        rows = [
            {
                "notification": notification,
                "person": notification.person,
                "message": self.render_message(notification),
                "action_url": reverse(f"{self.url_namespace}:record_call", args=[notification.pk]),
                **self.describe(notification.person),
            }
            for notification in self.notifications()
        ]
        context = {
            "title": self.title,
            "reference_heading": self.headings[0],
            "language_heading": self.headings[1],
            "rows": rows,
            "outcomes": CallOutcome.choices,
        }
        response = TemplateResponse(request, "home/admin/call_list.html", context)
        response["Cache-Control"] = "private, no-store"
        return response

    @method_decorator(require_POST)
    def record(self, request, pk):
        """ "Called" or "could not reach": recorded on the notification, with who and when."""
        self.check_permission(request)
        notification = get_object_or_404(self.notifications(), pk=pk)
        outcome = request.POST.get("outcome")
        if outcome not in CallOutcome.values:
            messages.error(request, _("Unknown action."))
            return redirect(f"{self.url_namespace}:call_list")
        record_call(notification, outcome, request.user)
        messages.success(
            request,
            _("%(reference)s: %(outcome)s, recorded.")
            % {"reference": notification.person.reference, "outcome": CallOutcome(outcome).label},
        )
        return redirect(f"{self.url_namespace}:call_list")
