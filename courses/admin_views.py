"""Coordinators' admin views: status actions, roster, seat counts, one person's data.

Every view checks the enrolment model permissions: only the "Course coordinators" group (and
superusers) hold them. Wagtail's admin URLs already require a logged-in user with admin access.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic.models import CreateView, InspectView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.base import BasePermissionPolicy

import django_filters

from home.call_list import CallList
from home.dates import long_date_with_weekday
from home.localization import active_language
from home.personal_data_admin import personal_data_download

from . import certificate_pdf, services
from .models import Certificate, CoursePage, CourseSession, Enrolment, Notification
from .status import SEAT_STATUSES, EnrolmentStatus, StatusChangeRefused, can_change
from .tasks import notification_sender, render_message

# The person's language, named in the coordinators' language (Haitian Creole is not in Django's
# list of languages with translated names).
LANGUAGE_NAMES = {
    "es": gettext_lazy("Spanish"),
    "en": gettext_lazy("English"),
    "fr": gettext_lazy("French"),
    "ht": gettext_lazy("Haitian Creole"),
}

# The coordinators' buttons: (action posted, status it asks for, label). Each is offered only when
# the table in courses/status.py allows the change from the enrolment's current status.
STATUS_ACTIONS = (
    ("confirm", EnrolmentStatus.CONFIRMED, gettext_lazy("Confirm (give the seat now)")),
    ("cancel", EnrolmentStatus.CANCELLED, gettext_lazy("Cancel enrolment")),
    ("attended", EnrolmentStatus.ATTENDED, gettext_lazy("Mark as attended")),
    ("completed", EnrolmentStatus.COMPLETED, gettext_lazy("Mark as completed")),
)


def require_perm(request, action):
    if not request.user.has_perm(f"courses.{action}_enrolment"):
        raise PermissionDenied


def canonical_courses(request=None):
    return CoursePage.objects.filter(locale__language_code="es").order_by("-start_date")


class EnrolmentFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=gettext_lazy("course"), queryset=canonical_courses
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("status"), choices=EnrolmentStatus.choices
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("enrolled at"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Enrolment
        fields = ["course", "status", "created_at"]


class EnrolmentInspectView(InspectView):
    template_name = "courses/admin/enrolment_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enrolment = self.object
        user = self.request.user
        actions = []
        if user.has_perm("courses.change_enrolment") and not enrolment.is_erased:
            actions = [
                (action, label)
                for action, status, label in STATUS_ACTIONS
                if can_change(enrolment.status, status)
            ]
        can_move = (
            user.has_perm("courses.change_enrolment")
            and not enrolment.is_erased
            and enrolment.status in services.MOVABLE_STATUSES
        )
        context.update(
            move_url=reverse_admin("move", enrolment.pk) if can_move else None,
            move_courses=canonical_courses().exclude(pk=enrolment.course_id) if can_move else (),
            actions=actions,
            notifications=enrolment.notifications.select_related("handled_by").order_by(
                "created_at"
            ),
            position=enrolment.waitlist_position(),
            status_url=reverse_admin("status", enrolment.pk),
            person_url=reverse_admin("person", enrolment.pk),
            roster_url=reverse_admin("roster", enrolment.course_id, key="course_id"),
            certificate=getattr(enrolment, "certificate", None),
            can_revoke=user.has_perm("courses.change_enrolment"),
            sessions_attended=enrolment.attendances.count(),
            sessions_total=enrolment.course.sessions.count(),
        )
        return context


class EnrolmentCreateView(CreateView):
    """Staff enrolling someone (e.g. by phone) go through the same seat rules as the public form."""

    def save_instance(self):
        enrolment = self.form.save(commit=False)
        course = enrolment.course
        enrolment, created = services.enrol(course, enrolment, active_language(), check_dates=False)
        if not created:
            messages.warning(
                self.request,
                _("This phone or email is already enrolled on this course: %(reference)s.")
                % {"reference": enrolment.reference},
            )
        return enrolment


def reverse_admin(name, pk, key="pk"):
    return reverse(f"courses_admin:{name}", kwargs={key: pk})


@require_POST
def change_status(request, pk):
    require_perm(request, "change")
    enrolment = get_object_or_404(Enrolment.objects.select_related("course"), pk=pk)
    status = {action: status for action, status, _label in STATUS_ACTIONS}.get(
        request.POST.get("action")
    )
    reference = {"reference": enrolment.reference}
    if enrolment.is_erased:
        messages.error(
            request, _("This enrolment's personal data was erased; it can no longer change.")
        )
    elif status is None:
        messages.error(request, _("Unknown action."))
    else:
        try:
            promoted = services.change_status(enrolment, status)
        except StatusChangeRefused as refused:
            messages.error(request, refused.message)
        else:
            if status == EnrolmentStatus.CONFIRMED:
                messages.success(request, _("%(reference)s now has a seat.") % reference)
                warn_if_overbooked(request, enrolment.course)
            elif status == EnrolmentStatus.CANCELLED:
                messages.success(request, _("%(reference)s is cancelled.") % reference)
            else:
                messages.success(request, _("%(reference)s is updated.") % reference)
            for item in promoted:
                messages.info(
                    request,
                    _("%(reference)s was offered the seat and notified.")
                    % {"reference": item.reference},
                )
    return redirect("enrolments:inspect", pk=enrolment.pk)


@require_POST
def move_enrolment(request, pk):
    """Move a person to another course, keeping their reference, through the seat rules."""
    require_perm(request, "change")
    enrolment = get_object_or_404(Enrolment.objects.select_related("course"), pk=pk)
    course = canonical_courses().filter(pk=request.POST.get("course")).first()
    reference = enrolment.reference
    if enrolment.is_erased or course is None:
        messages.error(request, _("Choose another course."))
        return redirect("enrolments:inspect", pk=enrolment.pk)
    try:
        offered = services.move(enrolment, course)
    except services.MoveRefused:
        messages.error(
            request,
            _(
                "This enrolment cannot be moved: it is no longer active, it is already on that "
                "course, or the same phone or email is."
            ),
        )
        return redirect("enrolments:inspect", pk=enrolment.pk)
    messages.success(
        request,
        _("%(reference)s is now on %(course)s: %(status)s.")
        % {
            "reference": reference,
            "course": course.title,
            "status": enrolment.get_status_display(),
        },
    )
    for item in offered:
        messages.info(
            request,
            _("%(reference)s was offered the seat and notified.") % {"reference": item.reference},
        )
    return redirect("enrolments:inspect", pk=enrolment.pk)


def warn_if_overbooked(request, course):
    counts = course.seat_counts()
    if counts["confirmed"] > course.capacity:
        messages.warning(
            request,
            _("The course now has more confirmed people (%(confirmed)s) than seats (%(capacity)s).")
            % {"confirmed": counts["confirmed"], "capacity": course.capacity},
        )


def seats_report(request):
    require_perm(request, "view")
    courses = (
        canonical_courses()
        .annotate(
            confirmed=Count("enrolments", filter=Q(enrolments__status__in=SEAT_STATUSES)),
            offered=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.OFFERED)),
            waitlisted=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.WAITLISTED)),
            cancelled=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.CANCELLED)),
        )
        .order_by("-start_date")
    )
    return TemplateResponse(request, "courses/admin/seats.html", {"courses": courses})


def roster(request, course_id):
    """A printable list of the people holding a seat, then the waitlist in order."""
    require_perm(request, "view")
    course = get_object_or_404(CoursePage, pk=course_id)
    course = course.canonical
    enrolments = list(
        course.enrolments.exclude(status=EnrolmentStatus.CANCELLED).order_by("queue_number")
    )
    attended = dict(services.attendance_roster(course).values_list("pk", "attended"))
    certificates = {
        item.enrolment_id: item for item in Certificate.objects.filter(enrolment__course=course)
    }
    seated = [item for item in enrolments if item.status in SEAT_STATUSES]
    for item in seated:
        item.sessions_attended = attended.get(item.pk, 0)
        item.course_certificate = certificates.get(item.pk)
    waiting = [item for item in enrolments if item.status == EnrolmentStatus.WAITLISTED]
    context = {
        "course": course,
        "seated": seated,
        "waiting": waiting,
        "sessions": [
            {"session": item, "date": long_date_with_weekday(item.date)}
            for item in course.course_sessions()
        ],
        "printed_at": timezone.localtime(),
    }
    response = TemplateResponse(request, "courses/admin/roster.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


def session_attendance(request, course_id, session_id):
    """One session's attendance on a phone: a big checkbox per person holding a seat, saved in one
    POST (no JavaScript). Saving applies the course's completion rule."""
    require_perm(request, "change")
    course = get_object_or_404(CoursePage, pk=course_id).canonical
    session = get_object_or_404(CourseSession, pk=session_id, page=course)
    if request.method == "POST":
        completed = services.record_attendance(
            course, session, request.POST.getlist("present"), request.user
        )
        messages.success(request, _("Attendance saved."))
        for item in completed:
            messages.info(
                request,
                _("%(reference)s completed the course.") % {"reference": item.reference},
            )
        return redirect(request.path)
    present = set(session.attendances.values_list("enrolment_id", flat=True))
    sessions = list(course.course_sessions())
    index = next(i for i, item in enumerate(sessions) if item.pk == session.pk)
    context = {
        "course": course,
        "session": session,
        "session_date": long_date_with_weekday(session.date),
        "number": index + 1,
        "total": len(sessions),
        "previous": sessions[index - 1] if index > 0 else None,
        "next": sessions[index + 1] if index + 1 < len(sessions) else None,
        "people": [
            {"enrolment": item, "present": item.pk in present}
            for item in services.attendance_roster(course)
        ],
        "messages_list": messages.get_messages(request),
    }
    response = TemplateResponse(request, "courses/admin/session_attendance.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


def certificate_download(request, pk):
    """A certificate's PDF for coordinators to print or hand over (many people have no email)."""
    require_perm(request, "view")
    certificate = get_object_or_404(
        Certificate.objects.select_related("enrolment", "enrolment__course"), pk=pk
    )
    if certificate.enrolment.is_erased:
        messages.error(request, _("This person's data was erased: the PDF can no longer be made."))
        return redirect("enrolments:inspect", pk=certificate.enrolment_id)
    response = HttpResponse(certificate_pdf.render(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{certificate_pdf.filename(certificate)}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
def revoke_certificate(request, pk):
    """Revoke with a reason: the verification page says so from the next request."""
    require_perm(request, "change")
    certificate = get_object_or_404(Certificate, pk=pk)
    reason = (request.POST.get("reason") or "").strip()
    if not reason:
        messages.error(request, _("Give the reason for revoking the certificate."))
    elif services.revoke_certificate(certificate, reason[:500], request.user):
        messages.success(
            request,
            _("Certificate %(number)s is revoked.") % {"number": certificate.number},
        )
    else:
        messages.error(request, _("This certificate was already revoked."))
    return redirect("enrolments:inspect", pk=certificate.enrolment_id)


def person_data(request, pk):
    """Export (JSON) or erase everything stored about the person behind one enrolment."""
    require_perm(request, "view")
    enrolment = get_object_or_404(Enrolment, pk=pk)
    if request.method == "POST":
        require_perm(request, "delete")
        count = services.erase_person(enrolment)
        messages.success(
            request,
            _("Personal data erased from %(count)s enrolments. Anonymous figures were kept.")
            % {"count": count},
        )
        return redirect("enrolments:inspect", pk=enrolment.pk)
    if request.GET.get("format") == "json":
        return personal_data_download(
            "enrolments", services.person_export(enrolment), enrolment.reference
        )
    context = {
        "enrolment": enrolment,
        "items": services.person_enrolments(enrolment),
        "can_erase": request.user.has_perm("courses.delete_enrolment"),
    }
    return TemplateResponse(request, "courses/admin/person.html", context)


# The call list ---------------------------------------------------------------------------------
# People no channel could reach (no email, no phone channel configured, or every message failed):
# coordinators phone them, tell them the message in their language and record the outcome.


class EnrolmentCallList(CallList):
    permission = "courses.change_enrolment"
    title = gettext_lazy("Call list")
    headings = (gettext_lazy("Enrolment reference"), gettext_lazy("language"))

    def describe(self, enrolment):
        return {
            "url": reverse("enrolments:inspect", args=[enrolment.pk]),
            "about": f"{enrolment.course.title} · {enrolment.get_status_display()}",
            "language_name": LANGUAGE_NAMES.get(enrolment.language, enrolment.language),
        }


call_list = EnrolmentCallList("courses_admin", services.call_list, render_message)


# Failed notifications ------------------------------------------------------------------------------
# Emails that did not go out (mail server down): listed for coordinators, who can queue one again once
# the server is back. The list shows the enrolment reference only, never the person's data.


def failed_notifications():
    return (
        Notification.objects.filter(sent_at__isnull=True)
        .filter(Q(attempts__gt=0) | Q(gave_up=True))
        .exclude(channel=Notification.Channel.CALL)  # the call list has these
        .exclude(channel=Notification.Channel.EMAIL, enrolment__email="")  # nothing to send
        .filter(enrolment__personal_data_erased_at__isnull=True)
        .select_related("enrolment", "enrolment__course")
        .order_by("-created_at")
    )


class FailedNotificationPermissionPolicy(BasePermissionPolicy):
    """Read-only listing for whoever may change enrolments (the "Course coordinators" group)."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.has_perm("courses.change_enrolment")

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return ModelPermissionPolicy(Enrolment).users_with_permission("change")


@require_POST
def retry_notification(request, pk):
    """Queue one failed email again: automatic retries start over from the first attempt."""
    require_perm(request, "change")
    notification = get_object_or_404(failed_notifications(), pk=pk)
    reference = notification.enrolment.reference
    with transaction.atomic():
        notification.gave_up = False
        notification.attempts = 0
        notification.save(update_fields=["gave_up", "attempts"])
        transaction.on_commit(lambda: notification_sender.queue(notification.pk))
    messages.success(
        request,
        _("The email for %(reference)s is queued again.") % {"reference": reference},
    )
    return redirect("failed_notifications:index")
