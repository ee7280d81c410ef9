"""The community space, its events index and its events."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalManyToManyField

from home.json_ld import safe_json_ld
from home.localization import (
    DefaultLocaleFallbackMixin,
    active_language,
    in_active_locale_or_default,
    translations_of,
)
from home.models import IntroPage
from home.topics import localized_topics, source_language_topics
from home.visibility import public_pages

from ..listing import SimplePage, _month_choices, _page_number, _parse_month, _query_without_page
from .event_form import EventPageForm
from .fields import LanguageListField, language_names
from .routing import TypedChildRoutingMixin

TIME_ZONE = "America/Guayaquil"

EVENT_TYPES = [
    ("workshop", _("Participatory workshop")),
    ("training", _("Training")),
    ("cultural", _("Cultural event")),
    ("support", _("Support group")),
    ("fair", _("Fair")),
]
EVENT_TYPE_NAMES = dict(EVENT_TYPES)


def listed_events():
    """Live events anyone may see, in the visitor's language (or Spanish when not translated yet)."""
    return in_active_locale_or_default(public_pages(EventPage.objects.live())).select_related(
        "locale"
    )


def upcoming_events(limit=None):
    """Live upcoming events in the visitor's language (or Spanish when not translated), soonest first."""
    queryset = (
        listed_events().filter(end__gte=timezone.now(), cancelled=False).order_by("start", "pk")
    )
    return queryset[:limit] if limit else queryset


def calendar_events():
    """Events a calendar subscription carries: upcoming ones, cancelled ones included (so that
    subscribers' calendars mark them cancelled instead of keeping them)."""
    return listed_events().filter(end__gte=timezone.now()).order_by("start", "pk")


EVENTS_PER_PAGE = 20


def event_listing_context(request, index):
    now = timezone.now()
    past = request.GET.get("when") == "past"
    event_type = request.GET.get("type", "")
    if event_type not in dict(EVENT_TYPES):
        event_type = ""
    month = _parse_month(request.GET.get("month"))

    events = listed_events()
    if past:
        events = events.filter(end__lt=now).order_by("-start", "-pk")
    else:
        events = events.filter(end__gte=now, cancelled=False).order_by("start", "pk")
    if event_type:
        events = events.filter(event_type=event_type)
    if month:
        tz = timezone.get_current_timezone()
        first = datetime.datetime.combine(month, datetime.time.min, tzinfo=tz)
        following = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        last = datetime.datetime.combine(following, datetime.time.min, tzinfo=tz)
        events = events.filter(start__lt=last, end__gte=first)

    # One query whatever the number of events: fetch one extra row to know whether a next page exists.
    number = _page_number(request)
    offset = (number - 1) * EVENTS_PER_PAGE
    rows = list(events[offset : offset + EVENTS_PER_PAGE + 1])
    if number > 1 and not rows:
        raise Http404
    page = SimplePage(number, has_next=len(rows) > EVENTS_PER_PAGE)
    items = [{"event": event, "url": index.child_url(event)} for event in rows[:EVENTS_PER_PAGE]]
    return {
        "past": past,
        "event_items": items,
        "page_obj": page,
        "filter_query": _query_without_page(request),
        "event_types": EVENT_TYPES,
        "selected_type": event_type,
        "months": _month_choices(past),
        "selected_month": month.strftime("%Y-%m") if month else "",
        "filtered": bool(event_type or month),
    }


class CommunitySpacePage(TypedChildRoutingMixin, IntroPage):
    address = models.CharField(_("address"), max_length=255)
    map_url = models.URLField(
        _("map link (OpenStreetMap)"),
        blank=True,
        help_text=_(
            "A link to openstreetmap.org. No map is embedded, so visitors are not tracked."
        ),
    )
    opening_hours = models.CharField(_("opening hours"), max_length=255)
    facilities = RichTextField(_("facilities"), features=["bold", "ul", "link"], blank=True)
    how_to_use = RichTextField(
        _("how to use the space"), features=["h3", "bold", "ul", "ol", "link"], blank=True
    )

    content_panels = IntroPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("map_url"), FieldPanel("opening_hours")],
            heading=_("Visit"),
        ),
        FieldPanel("facilities"),
        FieldPanel("how_to_use"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("address"),
        index.SearchField("how_to_use"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.EventIndexPage", "home.StandardPage"]
    max_count_per_parent = 1

    @property
    def routed_child_types(self):
        return (EventIndexPage,)

    class Meta:
        verbose_name = _("community space page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events_index = (
            public_pages(EventIndexPage.objects.live().child_of(self))
            .select_related("locale")
            .first()
        )
        context["events_index"] = events_index
        context["next_events"] = [
            {"event": event, "url": events_index.child_url(event) if events_index else event.url}
            for event in upcoming_events(limit=3)
        ]
        return context


class EventIndexPage(DefaultLocaleFallbackMixin, TypedChildRoutingMixin, IntroPage):
    @property
    def routed_child_types(self):
        return (EventPage,)

    parent_page_types = ["community.CommunitySpacePage", "home.HomePage"]
    subpage_types = ["community.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(event_listing_context(request, self))
        return context

    @property
    def feed_url(self):
        return reverse("community:events_feed")


class EventPage(Page):
    LOCATION_CHOICES = [("space", _("At the community space")), ("other", _("At another address"))]
    REGISTRATION_CHOICES = [
        ("none", _("No registration needed: just come")),
        ("external", _("Register online")),
        ("ask", _("Ask at the community space")),
    ]

    event_type = models.CharField(_("type"), max_length=20, choices=EVENT_TYPES, default="workshop")
    start = models.DateTimeField(_("starts"), help_text=_("Quito time (America/Guayaquil)."))
    end = models.DateTimeField(_("ends"), help_text=_("Quito time (America/Guayaquil)."))
    summary = models.CharField(
        _("summary"), max_length=255, help_text=_("One or two sentences for listings.")
    )
    body = RichTextField(
        _("description"), features=["h3", "bold", "italic", "ul", "ol", "link"], blank=True
    )
    location = models.CharField(
        _("location"), max_length=10, choices=LOCATION_CHOICES, default="space"
    )
    venue_name = models.CharField(
        _("place name"),
        max_length=150,
        blank=True,
        help_text=_("Only when the event is not at the space."),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    map_url = models.URLField(_("map link (OpenStreetMap)"), blank=True)
    organiser = models.ForeignKey(
        "community.PartnerOrganisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    audience = models.CharField(_("who it is for"), max_length=255, blank=True)
    languages = LanguageListField(_("languages spoken"))
    registration = models.CharField(
        _("registration"), max_length=10, choices=REGISTRATION_CHOICES, default="none"
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, sign language, childcare, breaks…"),
    )
    topics = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("topics"),
        blank=True,
        limit_choices_to=source_language_topics,
    )
    # Set by the "Cancel event" action (community/admin_views.py); not in the edit form (panels).
    cancelled = models.BooleanField(_("cancelled"), default=False)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    # RFC 5545 SEQUENCE: raised on each change calendars must notice (a cancellation).
    ical_sequence = models.PositiveIntegerField(_("calendar sequence"), default=0)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("event_type")],
            heading=_("When and what"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("location"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldPanel("map_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("audience"),
                FieldPanel("languages"),
                FieldPanel("topics"),
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldPanel("accessibility"),
            ],
            heading=_("Taking part"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("event_type"),
    ]
    # Dates, type, organiser, topics and languages are the same in every language version.
    override_translatable_fields = [
        SynchronizedField("cancelled"),
        SynchronizedField("cancelled_at"),
        SynchronizedField("ical_sequence"),
        SynchronizedField("organiser"),
        SynchronizedField("languages"),
        SynchronizedField("topics"),
    ]
    parent_page_types = ["community.EventIndexPage"]
    subpage_types = []
    base_form_class = EventPageForm
    search_section = "event"  # how search results label it (search/index.py)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if self.registration == "external" and not self.registration_url:
            errors["registration_url"] = _(
                "Give the registration link, or choose another kind of registration."
            )
        if self.location == "other" and not self.address:
            errors["address"] = _("Give the address when the event is not at the community space.")
        if errors:
            raise ValidationError(errors)

    # --- shown to visitors ---------------------------------------------------------------
    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def type_name(self):
        return EVENT_TYPE_NAMES.get(self.event_type, "")

    @property
    def language_names(self):
        return language_names(self.languages)

    @property
    def ical_uid(self):
        """The same for every language version and every download: calendars update, not duplicate."""
        return f"event-{self.translation_key}@movilidadhumana.quito.gob.ec"

    @property
    def ics_url(self):
        return reverse("community:event_ics", kwargs={"page_id": self.pk})

    def location_text(self, space=None):
        if self.location == "space" and space is not None:
            return f"{space.title}, {space.address}"
        return ", ".join(part for part in (self.venue_name, self.address) if part)

    def json_ld(self, request=None, space=None, organiser=None):
        location_name = self.venue_name or (
            space.title if space and self.location == "space" else ""
        )
        address = self.address or (space.address if space and self.location == "space" else "")
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": timezone.localtime(self.start).isoformat(),
            "endDate": timezone.localtime(self.end).isoformat(),
            "eventStatus": "https://schema.org/EventCancelled"
            if self.cancelled
            else "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "isAccessibleForFree": True,
            "inLanguage": [code for code in self.languages.split(",") if code]
            or [self.locale.language_code],
            "url": self.get_full_url(request),
            "location": {
                "@type": "Place",
                "name": location_name or address,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": address,
                    "addressLocality": "Quito",
                    "addressCountry": "EC",
                },
            },
        }
        if organiser is not None:
            data["organizer"] = {"@type": "Organization", "name": organiser.name}
            if organiser.website:
                data["organizer"]["url"] = organiser.website
        return safe_json_ld(data)

    def space(self):
        """The community space this event's index hangs under (no query when the page was routed)."""
        index = self.get_parent()
        space = index.get_parent() if index is not None else None
        if space is not None and not isinstance(space, CommunitySpacePage):
            space = CommunitySpacePage.objects.filter(pk=space.pk).first()
        return space

    def localized_organiser(self):
        """The organiser in the visitor's language (Spanish when not translated), in one query."""
        from .partners import PartnerOrganisation

        if not self.organiser_id:
            return None
        return translations_of(PartnerOrganisation.objects.filter(pk=self.organiser_id)).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        space = self.space()
        organiser = self.localized_organiser()
        context.update(
            space=space,
            organiser=organiser,
            topics=localized_topics(self.topics.all()),
            location_text=self.location_text(space),
            json_ld=self.json_ld(request, space, organiser),
            language=active_language(),
            time_zone=TIME_ZONE,
        )
        return context


def default_event_times(days_ahead=7, hour=15, duration_hours=2):
    """A start and end at a round hour in Quito, `days_ahead` days from today (for demo content)."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(getattr(settings, "TIME_ZONE", TIME_ZONE))
    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    start = datetime.datetime.combine(day, datetime.time(hour, 0), tzinfo=tz)
    return start, start + datetime.timedelta(hours=duration_hours)
