"""Public enrolment views: enrol (POST), confirmation (GET), self-service cancel (signed link)."""

from urllib.parse import quote

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import lazy
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from home.chrome import chrome_for_request
from home.forms import (
    RATE_LIMIT_MESSAGE,
    check_contact_rate_limit,
    check_public_form,
    check_rate_limit,
    public_form_response,
)
from home.localization import active_language

from . import services
from .forms import EnrolmentForm, privacy_label
from .models import Enrolment, normalise_phone

SESSION_KEY = "courses_last_enrolment"


def privacy_url(request):
    """The privacy notice in the visitor's language, from the site chrome (cached by home)."""
    return chrome_for_request(request).get("privacy_url") or ""


def course_path(request):
    """The course's URL as the visitor reached it (`/en/courses/x/` even for an untranslated course)."""
    path = request.path
    for suffix in ("enrol/", "confirmation/"):
        if path.endswith("/" + suffix):
            return path[: -len(suffix)]
    return path


def enrolment_form(request, data=None):
    """The form with its consent label linking to the privacy notice (looked up only to render)."""
    form = EnrolmentForm(data, action=course_path(request) + "enrol/")
    form.fields["consent"].label = lazy(lambda: privacy_label(privacy_url(request)), SafeString)()
    return form


def closed_message(state):
    return {
        "upcoming": _("Enrolment has not opened yet."),
        "closed": _("Enrolment for this course has closed."),
        "started": _("This course has already started, so enrolment is closed."),
    }.get(state, _("Enrolment for this course has closed."))


def render_course(request, course, form, status, closed=None):
    """The course page answering a POST: its form shown again with the error summary, or the
    reason enrolment is closed (`closed`, no form). Never cached."""
    context = course.get_context(request)
    context.update(form=form, closed_error=closed)
    return public_form_response(request, course.get_template(request), context, status)


def enrol_view(request, course):
    """POST only. Any GET lands back on the course page."""
    if request.method != "POST":
        return redirect(course_path(request))
    state = course.enrolment_state()
    if state != "open":
        return render_course(request, course, None, 409, closed=closed_message(state))
    form = enrolment_form(request, request.POST)
    status = check_public_form(request, form, "enrolment")  # per client: ENROLMENT_RATE_LIMIT
    if status is not None:  # 429 or 400, the form shown again with its error summary
        return render_course(request, course, form, status)
    contacts = [
        ("phone", normalise_phone(form.cleaned_data.get("phone"))),
        ("email", (form.cleaned_data.get("email") or "").strip().lower()),
    ]
    if check_contact_rate_limit("enrolment", course.translation_key, contacts):  # per person
        form.refuse(RATE_LIMIT_MESSAGE)
        return render_course(request, course, form, 429)
    try:
        enrolment, created = services.enrol(course, form.save(commit=False), active_language())
    except services.EnrolmentClosed as closed:
        return render_course(request, course, None, 409, closed=closed_message(closed.state))
    if created:
        request.session[SESSION_KEY] = {"id": enrolment.pk}
    else:
        # Whoever typed this phone or email may not be its owner: show nothing of the enrolment
        # and send the reference to the contact on file. The response is the same redirect.
        services.resend_reference(enrolment)
        request.session[SESSION_KEY] = {"already_enrolled": str(course.translation_key)}
    return redirect(course_path(request) + "confirmation/")


def waitlist_ahead():
    """Annotation: how many people wait before this enrolment (same query as the enrolment)."""
    ahead = (
        Enrolment.objects.filter(
            course=OuterRef("course"),
            status="waitlisted",
            queue_number__lt=OuterRef("queue_number"),
        )
        .order_by()
        .values("course")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0))


def already_enrolled_view(request, course):
    """The same page whether the phone or the email matched, and whatever the enrolment's state."""
    context = {"page": course, "self": course, "course_url": course_path(request)}
    response = TemplateResponse(request, "courses/already_enrolled.html", context)
    add_never_cache_headers(response)
    return response


def confirmation_view(request, course):
    stored = request.session.get(SESSION_KEY) or {}
    if stored.get("already_enrolled") == str(course.translation_key):
        return already_enrolled_view(request, course)
    enrolment = (
        Enrolment.objects.filter(
            course__translation_key=course.translation_key,
            pk=stored.get("id"),
            personal_data_erased_at__isnull=True,
        )
        .select_related("course")
        .annotate(ahead=waitlist_ahead())
        .first()
        if stored.get("id")
        else None
    )
    if enrolment is None:
        return redirect(course_path(request))
    share_text = _("My enrolment for the course “%(course)s”: reference %(reference)s. %(url)s") % {
        "course": course.title,
        "reference": enrolment.reference,
        "url": request.build_absolute_uri(course_path(request)),
    }
    context = {
        "page": course,
        "self": course,
        "course_url": course_path(request),
        "enrolment": enrolment,
        "position": enrolment.ahead + 1 if enrolment.status == "waitlisted" else None,
        "whatsapp_url": "https://wa.me/?text=" + quote(share_text),
        "cancel_url": reverse("courses:cancel", kwargs={"token": services.cancel_token(enrolment)})
        if services.can_cancel_online(enrolment)
        else None,
    }
    response = TemplateResponse(request, "courses/confirmation.html", context)
    add_never_cache_headers(response)
    return response


@never_cache
def cancel_view(request, token):
    """A signed link from the confirmation page or the email: no login, no personal data in it."""
    enrolment = services.enrolment_from_token(token)
    if enrolment is None:
        return TemplateResponse(request, "courses/cancel.html", {"invalid": True}, status=404)
    course = enrolment.course_in(active_language())
    if not services.can_cancel_online(enrolment):
        context = {"enrolment": enrolment, "course": course, "started": True}
        return TemplateResponse(request, "courses/cancel.html", context, status=410)
    done = False
    if request.method == "POST":
        if check_rate_limit(request, "enrolment-cancel"):
            return TemplateResponse(
                request,
                "courses/cancel.html",
                {"enrolment": enrolment, "course": course, "error": RATE_LIMIT_MESSAGE},
                status=429,
            )
        services.cancel(enrolment)
        enrolment.refresh_from_db()
        done = True
    context = {
        "enrolment": enrolment,
        "course": course,
        "done": done,
        "cancellable": enrolment.status in ("confirmed", "waitlisted"),
    }
    return TemplateResponse(request, "courses/cancel.html", context)
