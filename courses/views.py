"""The self-service cancel link (a signed URL outside the page tree).

The course page serves its own enrolment form and confirmation (`courses.models`).
"""

from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from home.forms import RATE_LIMIT_MESSAGE, check_rate_limit
from home.localization import active_language

from . import services
from .status import CANCELLABLE_STATUSES


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
        "cancellable": enrolment.status in CANCELLABLE_STATUSES,
    }
    return TemplateResponse(request, "courses/cancel.html", context)
