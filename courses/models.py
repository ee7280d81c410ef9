"""Courses: the course index and the course pages, with their own context and routes.

Like Wagtail's own routable pages, a course page serves its enrolment form (`enrol/`) and its
confirmation (`confirmation/`) itself, through the forms and the services. Imports point one way:
`status` ← `enrolments` (Enrolment, Notification, seat counts: registered by being imported
here) ← `services`, `forms` ← this module ← `views`, `tasks`, `wagtail_hooks`, `admin_views`.
"""

from urllib.parse import quote

from django.core.paginator import InvalidPage, Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property, lazy
from django.utils.safestring import SafeString
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from home.chrome import chrome_for_request
from home.dates import long_date_with_weekday
from home.forms import (
    RATE_LIMIT_MESSAGE,
    check_contact_rate_limit,
    check_public_form,
    public_form_response,
)
from home.localization import (
    DefaultLocaleFallbackMixin,
    active_language,
    in_active_locale_or_default,
)
from home.models import IntroPage
from home.topics import localized_topics
from home.visibility import public_pages

from . import services
from .attendance import Attendance, Certificate
from .choices import INSTRUCTION_LANGUAGE_CHOICES, MODALITY_CHOICES, TIME_SLOT_CHOICES
from .enrolments import (  # re-exported: the rest of the site imports them from here
    ANONYMOUS_FIELDS,
    FORM_FIELDS,
    PERSON_FIELDS,
    PERSONAL_FIELDS,
    Enrolment,
    Notification,
    NotificationKind,
    age_band,
    canonical_course_id,
    normalise_phone,
    seat_counts_for,
    seats_taken_subquery,
    today,
    waitlist_ahead,
    with_open_seats,
)
from .forms import CourseFilterForm, EnrolmentForm, privacy_label
from .status import SEAT_STATUSES, EnrolmentStatus

__all__ = [
    "ANONYMOUS_FIELDS",
    "Attendance",
    "Certificate",
    "CourseSession",
    "COURSES_PER_PAGE",
    "FORM_FIELDS",
    "INSTRUCTION_LANGUAGE_CHOICES",
    "MODALITY_CHOICES",
    "PERSONAL_FIELDS",
    "PERSON_FIELDS",
    "RICH_FEATURES",
    "SEAT_STATUSES",
    "TIME_SLOT_CHOICES",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "EnrolmentStatus",
    "Notification",
    "NotificationKind",
    "age_band",
    "canonical_course_id",
    "normalise_phone",
    "seat_counts_for",
    "seats_taken_subquery",
    "today",
    "waitlist_ahead",
    "with_open_seats",
]

# The enrolment this browser just made (its id), or the course it was already enrolled on.
SESSION_KEY = "courses_last_enrolment"

RICH_FEATURES = ["bold", "italic", "link", "ul", "ol"]
COURSES_PER_PAGE = 12


class CourseIndexPage(DefaultLocaleFallbackMixin, IntroPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")

    def courses(self):
        """Live courses that have not ended, in the visitor's language (Spanish when untranslated)."""
        return (
            public_pages(in_active_locale_or_default(CoursePage.objects.live()))
            .filter(end_date__gte=today())
            .annotate(seats_taken=seats_taken_subquery())
            .order_by("start_date", "title")
        )

    def get_context(self, request, *args, **kwargs):
        from home.models import Topic

        context = super().get_context(request, *args, **kwargs)
        topics = list(Topic.for_active_locale().only("name", "slug", "icon"))
        form = CourseFilterForm(request.GET or None, topics=topics)
        courses = self.courses()
        if form.is_valid():
            courses = form.filter(courses)
        paginator = Paginator(courses, COURSES_PER_PAGE)
        try:
            page_obj = paginator.page(request.GET.get("page") or 1)
        except InvalidPage as error:
            raise Http404 from error
        items = list(page_obj.object_list)
        for course in items:
            course.listing_url = self.child_url(course)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filter_form=form,
            page_obj=page_obj,
            courses=items,
            filter_query=query.urlencode(),
            filtered=form.is_bound and form.has_filters(),
        )
        return context


class CoursePage(RoutablePageMixin, Page):
    search_section = "course"  # how search results label it (search/index.py)

    summary = models.CharField(_("summary"), max_length=300)
    description = RichTextField(_("description"), features=RICH_FEATURES)
    learning_outcomes = RichTextField(_("what you will learn"), features=RICH_FEATURES, blank=True)
    requirements = RichTextField(
        _("requirements"),
        features=RICH_FEATURES,
        blank=True,
        help_text=_("Never ask for an identity document or an immigration status."),
    )
    certificate = models.BooleanField(_("certificate on completion"), default=False)
    completion_percent = models.PositiveSmallIntegerField(
        _("sessions needed to complete (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "A confirmed person who attends at least this share of the sessions completes the "
            "course (and gets the certificate, if the course gives one)."
        ),
    )

    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    schedule = models.CharField(
        _("weekly schedule"), max_length=120, help_text=_("e.g. Mondays and Wednesdays")
    )
    session_start = models.TimeField(_("session starts at"))
    session_end = models.TimeField(_("session ends at"))
    time_slot = models.CharField(_("time of day"), max_length=10, choices=TIME_SLOT_CHOICES)

    modality = models.CharField(
        _("modality"), max_length=10, choices=MODALITY_CHOICES, default="in_person"
    )
    at_community_space = models.BooleanField(
        _("at the community space"), default=True, help_text=_("Untick to give another address.")
    )
    address = models.CharField(_("other address"), max_length=255, blank=True)
    instruction_language = models.CharField(
        _("language of instruction"),
        max_length=5,
        choices=INSTRUCTION_LANGUAGE_CHOICES,
        default="es",
    )
    provider = models.ForeignKey(
        "community.PartnerOrganisation",
        verbose_name=_("provider"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(
        "home.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )

    capacity = models.PositiveIntegerField(
        _("capacity"), help_text=_("Seats available. Shared by all translations.")
    )
    enrolment_opens = models.DateField(_("enrolment opens"))
    enrolment_closes = models.DateField(_("enrolment closes"), help_text=_("Last day to enrol."))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("learning_outcomes"),
        FieldPanel("requirements"),
        FieldRowPanel([FieldPanel("certificate"), FieldPanel("completion_percent")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("schedule"),
                FieldRowPanel([FieldPanel("session_start"), FieldPanel("session_end")]),
                FieldPanel("time_slot"),
            ],
            heading=_("Dates and times"),
        ),
        InlinePanel("sessions", heading=_("Sessions"), label=_("session")),
        MultiFieldPanel(
            [
                FieldPanel("modality"),
                FieldPanel("at_community_space"),
                FieldPanel("address"),
                FieldPanel("instruction_language"),
                FieldPanel("provider"),
                FieldPanel("topics"),
            ],
            heading=_("Place and organisation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel([FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")]),
            ],
            heading=_("Enrolment"),
        ),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("learning_outcomes"),
        TranslatableField("requirements"),
        TranslatableField("schedule"),
        TranslatableField("address"),
        SynchronizedField("certificate"),
        SynchronizedField("completion_percent"),
        SynchronizedField("sessions"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("session_start"),
        SynchronizedField("session_end"),
        SynchronizedField("time_slot"),
        SynchronizedField("modality"),
        SynchronizedField("at_community_space"),
        SynchronizedField("instruction_language"),
        SynchronizedField("provider"),
        SynchronizedField("topics"),
        SynchronizedField("capacity"),
        SynchronizedField("enrolment_opens"),
        SynchronizedField("enrolment_closes"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("learning_outcomes"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The course cannot end before it starts.")
        if (
            self.enrolment_opens
            and self.enrolment_closes
            and self.enrolment_closes < self.enrolment_opens
        ):
            errors["enrolment_closes"] = _("Enrolment cannot close before it opens.")
        if self.start_date and self.enrolment_opens and self.enrolment_opens > self.start_date:
            errors["enrolment_opens"] = _("Enrolment must open before the course starts.")
        if self.modality == "in_person" and not self.at_community_space and not self.address:
            errors["address"] = _("Give the address, or tick “at the community space”.")
        if errors:
            raise ValidationError(errors)

    # --- Sessions -----------------------------------------------------------
    def course_sessions(self):
        """The sessions in date order, read from the canonical page: attendance points at its
        sessions, and a translation not synchronised yet still shows the right dates."""
        return self.canonical.sessions.order_by("date", "start_time")

    # --- Seats ------------------------------------------------------------
    @cached_property
    def canonical_id(self):
        return canonical_course_id(self)

    @cached_property
    def canonical(self):
        """The page all enrolments point at: the Spanish source, shared by every translation."""
        return (
            self if self.canonical_id == self.pk else CoursePage.objects.get(pk=self.canonical_id)
        )

    def enrolment_state(self, on=None):
        """'upcoming' (not open yet), 'open', 'closed' (closing date passed) or 'started'."""
        on = on or today()
        if on >= self.start_date:
            return "started"
        if on < self.enrolment_opens:
            return "upcoming"
        if on > self.enrolment_closes:
            return "closed"
        return "open"

    def seat_counts(self):
        """{'confirmed', 'offered', 'waitlisted', 'free'} for the course (all translations), in one
        query."""
        return seat_counts_for(
            Enrolment.objects.filter(course__translation_key=self.translation_key), self.capacity
        )

    def seats_left(self):
        taken = getattr(self, "seats_taken", None)
        if taken is None:
            return self.seat_counts()["free"]  # a seat on offer is not free
        return max(self.capacity - taken, 0)

    def seat_status(self):
        """(css modifier, label) for listings: seats left, waitlist or closed."""
        state = self.enrolment_state()
        if state == "upcoming":
            return "info", _("Enrolment opens on %(date)s") % {
                "date": _format_date(self.enrolment_opens)
            }
        if state != "open":
            return "closed", _("Enrolment closed")
        left = self.seats_left()
        if left:
            return "ok", ngettext("%(count)d seat left", "%(count)d seats left", left) % {
                "count": left
            }
        return "warn", _("Full: waitlist open")

    @property
    def place(self):
        if self.modality == "online":
            return _("Online")
        if self.at_community_space or not self.address:
            return _("Community space")
        return self.address

    def localized_topics(self):
        return localized_topics(self.topics.all())  # home/topics.py

    def localized_provider(self):
        if self.provider_id is None:
            return None
        return self.provider.localized

    # --- Serving: the course page, its enrolment form and the confirmation ---------------
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index_url"] = self.index_url(request)
        context["state"] = self.enrolment_state()
        context["counts"] = self.seat_counts()
        context["seats_left"] = context["counts"]["free"]
        context["form"] = enrolment_form(request) if context["state"] == "open" else None
        context["topics_list"] = self.localized_topics()
        context["provider_localized"] = self.localized_provider()
        context["sessions"] = [
            {
                "date": long_date_with_weekday(item.date),
                "start": item.start_time,
                "end": item.end_time,
            }
            # The page's own copy (synchronised like its dates): one query, no canonical look-up.
            for item in self.sessions.order_by("date", "start_time")
        ]
        return context

    def index_url(self, request):
        """The course index the visitor came through: the page's parent (known from routing, no
        query), or, when this Spanish course is shown under another language's index because it
        is not translated yet, the parent's translation in the visitor's language."""
        index = self.get_parent()
        url = index.get_url(request)
        if not request.path.startswith(url):
            url = index.localized.get_url(request)
        return url

    def render_form(self, request, form, status, closed=None):
        """The course page answering a POST: its form shown again with the error summary, or the
        reason enrolment is closed (`closed`, no form). Never cached."""
        context = self.get_context(request)
        context.update(form=form, closed_error=closed)
        return public_form_response(request, self.get_template(request), context, status)

    @path("")
    def course(self, request):
        return self.render(request)

    @path("enrol/")
    def enrol(self, request):
        """POST only. Any GET lands back on the course page."""
        if request.method != "POST":
            return redirect(course_path(request))
        state = self.enrolment_state()
        if state != "open":
            return self.render_form(request, None, 409, closed=closed_message(state))
        form = enrolment_form(request, request.POST)
        status = check_public_form(request, form, "enrolment")  # per client: ENROLMENT_RATE_LIMIT
        if status is not None:  # 429 or 400, the form shown again with its error summary
            return self.render_form(request, form, status)
        contacts = [
            ("phone", normalise_phone(form.cleaned_data.get("phone"))),
            ("email", (form.cleaned_data.get("email") or "").strip().lower()),
        ]
        if check_contact_rate_limit("enrolment", self.translation_key, contacts):  # per person
            form.refuse(RATE_LIMIT_MESSAGE)
            return self.render_form(request, form, 429)
        try:
            enrolment, created = services.enrol(self, form.save(commit=False), active_language())
        except services.EnrolmentClosed as closed:
            return self.render_form(request, None, 409, closed=closed_message(closed.state))
        if created:
            request.session[SESSION_KEY] = {"id": enrolment.pk}
        else:
            # Whoever typed this phone or email may not be its owner: show nothing of the
            # enrolment and send the reference to the contact on file. The same redirect.
            services.resend_reference(enrolment)
            request.session[SESSION_KEY] = {"already_enrolled": str(self.translation_key)}
        return redirect(course_path(request) + "confirmation/")

    @path("confirmation/")
    def confirmation(self, request):
        stored = request.session.get(SESSION_KEY) or {}
        if stored.get("already_enrolled") == str(self.translation_key):
            return self.already_enrolled(request)
        enrolment = (
            Enrolment.objects.filter(
                course__translation_key=self.translation_key,
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
        share_text = gettext(
            "My enrolment for the course “%(course)s”: reference %(reference)s. %(url)s"
        ) % {
            "course": self.title,
            "reference": enrolment.reference,
            "url": request.build_absolute_uri(course_path(request)),
        }
        context = {
            "page": self,
            "self": self,
            "course_url": course_path(request),
            "enrolment": enrolment,
            "position": enrolment.ahead + 1
            if enrolment.status == EnrolmentStatus.WAITLISTED
            else None,
            "whatsapp_url": "https://wa.me/?text=" + quote(share_text),
            "cancel_url": reverse(
                "courses:cancel", kwargs={"token": services.cancel_token(enrolment)}
            )
            if services.can_cancel_online(enrolment)
            else None,
        }
        response = TemplateResponse(request, "courses/confirmation.html", context)
        add_never_cache_headers(response)
        return response

    def already_enrolled(self, request):
        """The same page whether the phone or the email matched, whatever the enrolment's state."""
        context = {"page": self, "self": self, "course_url": course_path(request)}
        response = TemplateResponse(request, "courses/already_enrolled.html", context)
        add_never_cache_headers(response)
        return response


class CourseSession(Orderable):
    """One dated session of a course. Attendance is marked per session (`Attendance`)."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")])]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.start_time:%H:%M}"

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("A session ends after it starts.")})


def course_path(request):
    """The course's URL as the visitor reached it (`/en/courses/x/` even for an untranslated course)."""
    path = request.path
    for suffix in ("enrol/", "confirmation/"):
        if path.endswith("/" + suffix):
            return path[: -len(suffix)]
    return path


def privacy_url(request):
    """The privacy notice in the visitor's language, from the site chrome (cached by home)."""
    return chrome_for_request(request).get("privacy_url") or ""


def enrolment_form(request, data=None):
    """The form with its consent label linking to the privacy notice (looked up only to render)."""
    form = EnrolmentForm(data, action=course_path(request) + "enrol/")
    form.fields["consent"].label = lazy(lambda: privacy_label(privacy_url(request)), SafeString)()
    return form


def closed_message(state):
    return {
        "upcoming": gettext("Enrolment has not opened yet."),
        "closed": gettext("Enrolment for this course has closed."),
        "started": gettext("This course has already started, so enrolment is closed."),
    }.get(state, gettext("Enrolment for this course has closed."))


def _format_date(value):
    from django.utils.formats import date_format

    return date_format(value, "DATE_FORMAT")
