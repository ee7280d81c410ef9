"""The self-service cancel and seat-offer links (signed URLs outside the page tree).

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


@never_cache
def offer_view(request, token):
    """A seat offer's signed link (SMS, WhatsApp, email): accept or decline with one button each.

    Opening the link changes nothing (message apps open links to preview them); only the buttons,
    which POST, do. Forged links, expired offers and offers answered already get a clear page."""
    enrolment, _offered = services.offer_from_token(token)
    if enrolment is None:
        return TemplateResponse(request, "courses/offer.html", {"state": "invalid"}, status=404)
    course = enrolment.course_in(active_language())
    context = {"enrolment": enrolment, "course": course}
    if request.method == "POST":
        # The self-service links (cancel, offer) share one count per client.
        if check_rate_limit(request, "enrolment-cancel"):
            context.update(state=None, error=RATE_LIMIT_MESSAGE)
            return TemplateResponse(request, "courses/offer.html", context, status=429)
        answer = request.POST.get("answer")
        if answer not in ("accept", "decline"):
            context.update(state=services.offer_state(enrolment), error=None)
            return TemplateResponse(request, "courses/offer.html", context, status=400)
        state, enrolment = services.answer_offer(token, accept=answer == "accept")
        context.update(state=state, enrolment=enrolment, answered_now=True)
    else:
        context["state"] = services.offer_state(enrolment)
    status = {services.OfferAnswer.EXPIRED: 410, services.OfferAnswer.INVALID: 404}.get(
        context["state"], 200
    )
    return TemplateResponse(request, "courses/offer.html", context, status=status)
