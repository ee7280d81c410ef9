"""Tu voz: what people tell the city, the staff triage, and the public record of what was done."""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from home.forms import check_public_form, public_form_response
from home.localization import (
    active_language,
    in_active_locale_or_default,
    localized_map,
    localized_related_field,
)
from home.models import DraftSnippetMixin, IntroPage, Topic

from ..forms import FeedbackForm
from ..listing import LARGEST_ID, section_links
from .services import ServiceProvider


class Feedback(models.Model):
    """One message sent through Tu voz. Personal data: only staff with permission see it."""

    STATUS_RECEIVED = "received"
    STATUS_CHOICES = [
        ("received", _("Received")),
        ("in_review", _("In review")),
        ("forwarded", _("Forwarded")),
        ("answered", _("Answered")),
        ("included", _("Included in the Plan")),
    ]

    created_at = models.DateTimeField(_("received on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    service = models.ForeignKey(
        "community.ServiceProvider",
        verbose_name=_("about this directory entry"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
    )
    message = models.TextField(_("message"))
    name = models.CharField(_("name"), max_length=120, blank=True)
    contact = models.CharField(_("contact (phone or email)"), max_length=160, blank=True)
    consent_at = models.DateTimeField(_("consent given on"), null=True, blank=True)
    privacy_notice_version = models.CharField(
        _("privacy notice version"), max_length=20, blank=True
    )

    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default=STATUS_RECEIVED
    )
    forwarded_to = models.CharField(
        _("forwarded to"),
        max_length=150,
        blank=True,
        help_text=_("The partner or municipal department."),
    )
    forwarded_partner = models.ForeignKey(
        "community.PartnerOrganisation",
        verbose_name=_("forwarded to partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Never shown to the public.")
    )
    share_contact = models.BooleanField(
        _("may share the contact with the partner"),
        default=False,
        help_text=_("The person agreed that the partner it is forwarded to may contact them."),
    )
    partner_response = models.TextField(
        _("partner's response"),
        blank=True,
        help_text=_("What the partner organisation did or answered. Never shown to the public."),
    )
    partner_responded_at = models.DateTimeField(_("partner responded on"), null=True, blank=True)
    partner_responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("partner responded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("created_at", read_only=True),
                FieldPanel("language", read_only=True),
                FieldPanel("topic", read_only=True),
                FieldPanel("service", read_only=True),
                FieldPanel("message", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("contact", read_only=True),
                FieldPanel("consent_at", read_only=True),
                FieldPanel("share_contact", read_only=True),
            ],
            heading=_("What the person sent"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("forwarded_to"),
                FieldPanel("forwarded_partner"),
                FieldPanel("internal_notes"),
            ],
            heading=_("Triage"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("partner_response", read_only=True),
                FieldPanel("partner_responded_at", read_only=True),
            ],
            heading=_("Partner's response"),
        ),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Tu voz message")
        verbose_name_plural = _("Tu voz messages")

    def __str__(self):
        # Never the message or the contact: this string appears in choosers and logs.
        return f"#{self.pk} · {self.created_at:%Y-%m-%d}" if self.created_at else f"#{self.pk}"

    @classmethod
    def record(cls, data, language, service=None):
        """Saves what the Tu voz form sent (its cleaned data): the contact, and the consent to
        keep it, only when one was given."""
        contact = data.get("contact", "").strip()
        return cls.objects.create(
            language=language,
            topic=data.get("topic"),
            service=service,
            message=data["message"],
            name=data.get("name", "").strip(),
            contact=contact,
            consent_at=timezone.now() if contact else None,
            share_contact=bool(contact and data.get("share_contact")),
            privacy_notice_version=getattr(settings, "PRIVACY_NOTICE_VERSION", "")
            if contact
            else "",
        )

    @property
    def short_message(self):
        return self.message if len(self.message) <= 80 else self.message[:79] + "…"

    @property
    def has_contact(self):
        return bool(self.contact)


class FeedbackResponse(DraftSnippetMixin, TranslatableMixin, ClusterableModel):
    """A "You said, we did" entry: staff-written, translated, never the raw message."""

    STATUS_CHOICES = [
        ("answered", _("Answered")),
        ("in_progress", _("Being worked on")),
        ("included", _("Included in the Plan")),
    ]

    you_said = models.CharField(_("you said (public summary)"), max_length=300)
    we_did = models.TextField(_("we did (public response)"))
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default="answered"
    )
    people_count = models.PositiveIntegerField(
        _("number of people who raised it"), default=1, help_text=_("Shown as a number only.")
    )
    published_on = models.DateField(_("date"))
    is_public = models.BooleanField(
        _("show on the public page"),
        default=False,
        help_text=_("Only ticked entries appear on “You said, we did”."),
    )
    feedback_items = ParentalManyToManyField(
        "community.Feedback",
        verbose_name=_("messages it answers"),
        blank=True,
        related_name="responses",
    )

    panels = [
        FieldPanel("you_said"),
        FieldPanel("we_did"),
        FieldPanel("topic"),
        FieldPanel("status"),
        FieldPanel("people_count"),
        FieldPanel("published_on"),
        FieldPanel("is_public"),
        FieldPanel("feedback_items"),
    ]
    translatable_fields = [
        TranslatableField("you_said"),
        TranslatableField("we_did"),
        SynchronizedField("topic"),
        SynchronizedField("status"),
        SynchronizedField("people_count"),
        SynchronizedField("published_on"),
        SynchronizedField("is_public"),
        SynchronizedField("feedback_items"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-published_on", "-pk"]
        verbose_name = _("“You said, we did” entry")
        verbose_name_plural = _("“You said, we did” entries")

    preview_template = "community/previews/feedback_response.html"

    def __str__(self):
        return self.you_said


class FeedbackPage(RoutablePageMixin, Page):
    """Tu voz: the public form. The form itself lives in community/forms.py."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    privacy_text = models.CharField(
        _("what we do with your message"),
        max_length=400,
        blank=True,
        help_text=_("Shown next to the form."),
    )
    thank_you_text = RichTextField(
        _("thank-you message"), features=["bold", "italic", "link"], blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("privacy_text"),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.YouSaidWeDidPage", "community.PlanPage", "home.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Tu voz page")

    @path("")
    def form_view(self, request):
        return feedback_form_view(request, self)

    @path("thanks/")
    def thanks_view(self, request):
        return feedback_thanks_view(request, self)


class YouSaidWeDidPage(IntroPage):
    parent_page_types = ["community.FeedbackPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("“You said, we did” page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(you_said_we_did_context(request, self))
        return context


def _reported_service(value):
    try:
        service_id = int(value)
    except (TypeError, ValueError):
        return None
    if not 0 < service_id <= LARGEST_ID:
        return None
    service = ServiceProvider.objects.filter(pk=service_id, live=True).first()
    if service is None:
        return None
    return localized_map(ServiceProvider, [service]).get(service.translation_key, service)


def _plan_page_model():
    """PlanPage, looked up by name: community/models/plan.py imports this module, not the reverse."""
    return apps.get_model("community", "PlanPage")


def _feedback_links(page):
    plan_page_model = _plan_page_model()
    links = section_links(YouSaidWeDidPage, plan_page_model)
    return {"you_said_page": links[YouSaidWeDidPage], "plan_page": links[plan_page_model]}


def feedback_form_view(request, page):
    """Tu voz: the one way of every public form (home/forms.py): 429 over the rate limit, 400 for
    an invalid form, each with the form shown again and its error summary; nothing saved."""
    action = page.get_url(request)
    status = 200
    if request.method == "POST":
        form = FeedbackForm(request.POST, action=action)
        status = check_public_form(request, form, "tu-voz")  # TU_VOZ_RATE_LIMIT
        if status is None:
            service = _reported_service(form.cleaned_data.get("service"))
            Feedback.record(form.cleaned_data, language=active_language(), service=service)
            return redirect(page.url + page.reverse_subpage("thanks_view"))
        service = _reported_service(request.POST.get("service"))
    else:
        service = _reported_service(request.GET.get("service"))
        form = FeedbackForm(initial={"service": service.pk if service else None}, action=action)
        if service is not None:
            form.initial["topic"] = None
    context = page.get_context(request)
    context.update(form=form, service=service, **_feedback_links(page))
    response = public_form_response(request, "community/feedback_page.html", context, status)
    if service is not None:
        # The same form for everyone is cached (home/page_cache.py); a form about one directory
        # entry is not.
        add_never_cache_headers(response)
    return response


def feedback_thanks_view(request, page):
    context = page.get_context(request)
    context.update(thanks=True, **_feedback_links(page))
    response = TemplateResponse(request, "community/feedback_thanks.html", context)
    patch_cache_control(response, private=True)
    return response


def you_said_we_did_context(request, page):
    responses = list(
        in_active_locale_or_default(FeedbackResponse.objects.filter(is_public=True))
        .annotate(topic_name=localized_related_field("topic", Topic))
        .order_by("-published_on", "-pk")
    )
    items = [{"response": response, "topic": response.topic_name} for response in responses]
    plan_page_model = _plan_page_model()
    links = section_links(plan_page_model, FeedbackPage)
    return {
        "responses": items,
        "plan_page": links[plan_page_model],
        "feedback_page": links[FeedbackPage],
    }
