"""The "Ask for legal advice" page and, beside it, the requests the advisers work on.

A Wagtail page, so editors write its introduction in every language and it sits in the page tree
at the contract URLs (/es/asesoria-legal/, /en/legal-advice/, /fr/conseil-juridique/,
/ht/konsey-legal/). The page is its own view: the form, then a thank-you page with the reference.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.chrome import chrome_for_request
from home.forms import check_public_form, public_form_response
from home.localization import active_language

from . import services
from .advice_requests import (  # re-exported: Django registers the models from here
    FORM_FIELDS,
    PERSON_FIELDS,
    PERSONAL_FIELDS,
    AdviceRequest,
    Notification,
)
from .forms import AdviceRequestForm

__all__ = [
    "FORM_FIELDS",
    "PERSONAL_FIELDS",
    "PERSON_FIELDS",
    "AdviceRequest",
    "LegalAdvicePage",
    "Notification",
]

SESSION_KEY = "legal_advice_request"


class LegalAdvicePage(RoutablePageMixin, Page):
    """Ask for legal advice: the public form. Requests go to the Legal advisers' queue."""

    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text=_("What the service is, who it is for, and that it is free."),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Shown after a request is sent, with its reference."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("thank_you_text")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("legal advice page")

    def form(self, request, data=None):
        privacy_url = chrome_for_request(request).get("privacy_url") or ""
        return AdviceRequestForm(data, action=self.get_url(request), privacy_url=privacy_url)

    @path("")
    def form_view(self, request):
        """The one way of every public form (home/forms.py): 429 over the rate limit, 400 for an
        invalid form, each shown again with its error summary; nothing saved."""
        status = 200
        if request.method == "POST":
            form = self.form(request, request.POST)
            status = check_public_form(request, form, "legal-advice")  # LEGAL_ADVICE_RATE_LIMIT
            if status is None:
                advice_request = services.submit(form.save(commit=False), active_language())
                request.session[SESSION_KEY] = advice_request.pk
                return redirect(self.get_url(request) + self.reverse_subpage("thanks_view"))
        else:
            form = self.form(request)
        context = self.get_context(request)
        context["form"] = form
        return public_form_response(request, self.get_template(request), context, status)

    @path("thanks/")
    def thanks_view(self, request):
        advice_request = (
            AdviceRequest.objects.filter(
                pk=request.session.get(SESSION_KEY), personal_data_erased_at__isnull=True
            ).first()
            if request.session.get(SESSION_KEY)
            else None
        )
        if advice_request is None:
            return redirect(self.get_url(request))
        context = self.get_context(request)
        context["advice_request"] = advice_request
        response = TemplateResponse(request, "legal_advice/thanks.html", context)
        add_never_cache_headers(response)
        return response
