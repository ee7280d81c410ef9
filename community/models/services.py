"""The directory of social and humanitarian service providers."""

import datetime

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from home.contact_links import tel_href, whatsapp_url
from home.localization import in_active_locale_or_default, localize_list, localized_related_field
from home.models import DraftSnippetMixin, IntroPage
from home.topics import all_topics, source_language_topics

from .fields import SPOKEN_LANGUAGES, LanguageListField, language_names
from .partners import PartnerOrganisation

VERIFICATION_MAX_AGE_DAYS = 365


class ServiceProvider(
    WorkflowMixin, DraftSnippetMixin, TranslatableMixin, index.Indexed, ClusterableModel
):
    """One place where people can get help. Guides' "where to get help" blocks choose these."""

    search_section = "service"  # how search results label it (search/index.py)

    name = models.CharField(
        _("name"), max_length=150, help_text=_("The service or office, as people know it.")
    )
    organisation = models.ForeignKey(
        "community.PartnerOrganisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
    )
    summary = models.CharField(_("what they help with"), max_length=300)
    services = models.TextField(
        _("services offered"), blank=True, help_text=_("One service per line.")
    )
    topics = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("topics"),
        blank=True,
        limit_choices_to=source_language_topics,
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    parish = models.CharField(_("district (parroquia)"), max_length=80, blank=True)
    map_url = models.URLField(_("map link (OpenStreetMap)"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    whatsapp = models.CharField(
        _("WhatsApp number"),
        max_length=40,
        blank=True,
        help_text=_("International format, e.g. 593991234567"),
    )
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    languages = LanguageListField(_("languages spoken"))
    is_free = models.BooleanField(_("free of charge"), default=True)
    no_documents_needed = models.BooleanField(
        _("serves people without documents"),
        default=False,
        help_text=_(
            "Tick only when the provider confirmed that nobody is turned away for lack of papers."
        ),
    )
    last_verified = models.DateField(_("last verified on"), default=datetime.date.today)

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("summary"),
        FieldPanel("services"),
        FieldPanel("topics"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("parish"),
                FieldPanel("map_url"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Where and when"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("whatsapp")]),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("is_free"),
                FieldPanel("no_documents_needed"),
                FieldPanel("last_verified"),
            ],
            heading=_("Access"),
        ),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("summary"),
        TranslatableField("services"),
        TranslatableField("address"),
        TranslatableField("opening_hours"),
        SynchronizedField("organisation"),
        SynchronizedField("topics"),
        SynchronizedField("parish"),
        SynchronizedField("map_url"),
        SynchronizedField("phone"),
        SynchronizedField("whatsapp"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("languages"),
        SynchronizedField("is_free"),
        SynchronizedField("no_documents_needed"),
        SynchronizedField("last_verified"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("summary"),
        index.SearchField("services"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("service provider")
        verbose_name_plural = _("service providers")

    preview_template = "community/previews/service_provider.html"

    def __str__(self):
        return self.name

    @property
    def service_lines(self):
        return [line.strip() for line in self.services.splitlines() if line.strip()]

    @property
    def language_names(self):
        return language_names(self.languages)

    @property
    def needs_verification(self):
        return self.last_verified < timezone.localdate() - datetime.timedelta(
            days=VERIFICATION_MAX_AGE_DAYS
        )

    @property
    def whatsapp_url(self):
        return whatsapp_url(self.whatsapp)

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @property
    def anchor(self):
        return f"service-{self.translation_key}"


class ServiceDirectoryPage(IntroPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("services directory page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(service_listing_context(request, self))
        return context


def service_listing_context(request, page):
    topics = all_topics()
    topics_by_key = {topic.translation_key: topic for topic in topics}
    topics_by_slug = {topic.slug: topic for topic in topics}
    selected_topic = topics_by_slug.get(request.GET.get("topic", ""))
    selected = {
        "topic": selected_topic.slug if selected_topic else "",
        "free": request.GET.get("free") == "1",
        "no_documents": request.GET.get("no_documents") == "1",
        "language": request.GET.get("language", "")
        if request.GET.get("language", "") in dict(SPOKEN_LANGUAGES)
        else "",
    }
    # The organisation's name in the visitor's language comes inside the same query.
    services = (
        in_active_locale_or_default(ServiceProvider.objects.all())
        .annotate(organisation_name=localized_related_field("organisation", PartnerOrganisation))
        .prefetch_related("topics")
    )
    if selected_topic:
        services = services.filter(
            topics__translation_key=selected_topic.translation_key
        ).distinct()
    if selected["free"]:
        services = services.filter(is_free=True)
    if selected["no_documents"]:
        services = services.filter(no_documents_needed=True)
    if selected["language"]:
        services = services.filter(languages__contains=f",{selected['language']},")
    services = list(services.order_by("name", "pk"))

    entries = []
    for service in services:
        entries.append(
            {
                "service": service,
                "organisation": service.organisation_name,
                "topics": localize_list(topics_by_key, service.topics.all()),
                "report_url": reverse("community:report_service", kwargs={"pk": service.pk}),
            }
        )
    return {
        "entries": entries,
        "topics": topics,
        "languages": SPOKEN_LANGUAGES,
        "selected": selected,
        "filtered": any(selected.values()),
    }
