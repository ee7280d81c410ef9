"""The self-service cancel and seat-offer links, the certificate's verification page and its
download link (URLs outside the page tree).

The course page serves its own enrolment form and confirmation (`courses.models`).
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from home.dates import long_date
from home.forms import RATE_LIMIT_MESSAGE, check_rate_limit, in_exempt_network, rate_limit_exceeded
from home.localization import active_language

from . import certificate_pdf, services
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


def verification_over_limit(request):
    """Count one look-up from this client; True past CERTIFICATE_VERIFY_RATE_LIMIT in the window.

    Every look-up counts, found or not: were only wrong guesses counted, the answer to a guess
    once over the limit (429, or the page) would still tell a right guess from a wrong one."""
    limit = settings.CERTIFICATE_VERIFY_RATE_LIMIT
    if in_exempt_network(request):
        limit *= int(getattr(settings, "RATE_LIMIT_EXEMPT_MULTIPLIER", 20))
    window = settings.CERTIFICATE_VERIFY_RATE_LIMIT_WINDOW_SECONDS
    return rate_limit_exceeded(request, "certificate-verify", limit, window)


@never_cache  # a revocation shows at the next request
def certificate_view(request, number):
    """The public verification page: the course, its dates, the holder's initials and the issue
    date, or that the certificate was revoked. No login; an unknown number is a plain 404."""
    if verification_over_limit(request):
        context = {"error": RATE_LIMIT_MESSAGE}
        return TemplateResponse(request, "courses/certificate.html", context, status=429)
    certificate = services.find_certificate(number)
    if certificate is None:
        return TemplateResponse(request, "courses/certificate.html", {"unknown": True}, status=404)
    return TemplateResponse(request, "courses/certificate.html", certificate_context(certificate))


def certificate_context(certificate, **extra):
    """What the verification page shows, dates in the visitor's language (home.dates)."""
    course = certificate.enrolment.course_in(active_language())
    return {
        "certificate": certificate,
        "course": course,
        "start": long_date(course.start_date),
        "end": long_date(course.end_date),
        "issued_on": long_date(certificate.issued_on),
        "revoked_on": long_date(certificate.revoked_at),
        **extra,
    }


@never_cache
def certificate_download(request, token):
    """The holder's PDF, from the signed link they were sent. Gone once their data is erased."""
    certificate = services.certificate_from_token(token)
    if certificate is None:
        return TemplateResponse(request, "courses/certificate.html", {"unknown": True}, status=404)
    if certificate.enrolment.is_erased or certificate.is_revoked:
        context = certificate_context(certificate, gone=True)
        return TemplateResponse(request, "courses/certificate.html", context, status=410)
    return pdf_response(certificate)


def pdf_response(certificate):
    response = HttpResponse(certificate_pdf.render(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{certificate_pdf.filename(certificate)}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
