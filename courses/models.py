"""Courses: the course index, course pages and enrolments.

Seats belong to the course, not to a translation: every enrolment points at the course's
*canonical* page (the Spanish source, see `CoursePage.canonical`), so all translations share one
set of enrolments and one lock row.
"""

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db import models
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField

from home.localization import DefaultLocaleFallbackMixin, in_active_locale_or_default
from home.visibility import public_pages

from .status import SEAT_STATUSES, EnrolmentStatus

MODALITY_CHOICES = [("in_person", _("In person")), ("online", _("Online"))]
TIME_SLOT_CHOICES = [
    ("morning", _("Morning")),
    ("afternoon", _("Afternoon")),
    ("evening", _("Evening")),
    ("weekend", _("Weekend")),
]
INSTRUCTION_LANGUAGE_CHOICES = [
    ("es", _("Spanish")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ht", _("Haitian Creole")),
]
RICH_FEATURES = ["bold", "italic", "link", "ul", "ol"]
COURSES_PER_PAGE = 12


def today():
    return timezone.localdate()


class CourseIndexPage(DefaultLocaleFallbackMixin, Page):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
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

        from .forms import CourseFilterForm

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
        FieldPanel("certificate"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("schedule"),
                FieldRowPanel([FieldPanel("session_start"), FieldPanel("session_end")]),
                FieldPanel("time_slot"),
            ],
            heading=_("Dates and times"),
        ),
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
        """{'confirmed', 'waitlisted', 'free'} for the course (all translations), in one query."""
        return seat_counts_for(
            Enrolment.objects.filter(course__translation_key=self.translation_key), self.capacity
        )

    def seats_left(self):
        taken = getattr(self, "seats_taken", None)
        if taken is None:
            taken = self.seat_counts()["confirmed"]
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
        from home.models import Topic

        keys = self.topics.values("translation_key")
        return list(in_active_locale_or_default(Topic.objects.filter(translation_key__in=keys)))

    def localized_provider(self):
        if self.provider_id is None:
            return None
        return self.provider.localized

    # --- Views ------------------------------------------------------------
    def get_context(self, request, *args, **kwargs):
        from .views import course_path, enrolment_form

        context = super().get_context(request, *args, **kwargs)
        context["index_url"] = course_path(request).rstrip("/").rsplit("/", 1)[0] + "/"
        context["state"] = self.enrolment_state()
        context["counts"] = self.seat_counts()
        context["seats_left"] = max(self.capacity - context["counts"]["confirmed"], 0)
        context["form"] = enrolment_form(request) if context["state"] == "open" else None
        context["topics_list"] = self.localized_topics()
        context["provider_localized"] = self.localized_provider()
        return context

    @path("")
    def course(self, request):
        return self.render(request)

    @path("enrol/")
    def enrol(self, request):
        from .views import enrol_view

        return enrol_view(request, self)

    @path("confirmation/")
    def confirmation(self, request):
        from .views import confirmation_view

        return confirmation_view(request, self)


def _format_date(value):
    from django.utils.formats import date_format

    return date_format(value, "DATE_FORMAT")


def canonical_course_id(page):
    """Primary key of the Spanish translation of a course, else of its oldest translation."""
    rows = Page.objects.filter(translation_key=page.translation_key).values_list(
        "pk", "locale__language_code"
    )
    by_language = {}
    for pk, language in sorted(rows):
        by_language.setdefault(language, pk)
    return by_language.get(settings.LANGUAGE_CODE) or next(iter(by_language.values()), page.pk)


def seats_taken_subquery():
    """Annotation: confirmed seats of a course, counted across all its translations."""
    taken = (
        Enrolment.objects.filter(
            course__translation_key=OuterRef("translation_key"), status__in=SEAT_STATUSES
        )
        .order_by()
        .values("course__translation_key")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(taken, output_field=IntegerField()), Value(0))


def with_open_seats(queryset):
    day = today()
    return queryset.filter(
        enrolment_opens__lte=day,
        enrolment_closes__gte=day,
        start_date__gt=day,
        seats_taken__lt=F("capacity"),
    )


def seat_counts_for(enrolments, capacity):
    rows = enrolments.order_by().values("status").annotate(total=Count("pk"))
    totals = {row["status"]: row["total"] for row in rows}
    confirmed = sum(totals.get(status, 0) for status in SEAT_STATUSES)
    return {
        "confirmed": confirmed,
        "waitlisted": totals.get(EnrolmentStatus.WAITLISTED, 0),
        "cancelled": totals.get(EnrolmentStatus.CANCELLED, 0),
        "free": max(capacity - confirmed, 0),
        "capacity": capacity,
    }


class Enrolment(models.Model):
    """One person's enrolment on one course. Personal data: only coordinators may see it."""

    Status = EnrolmentStatus
    CHANNEL_CHOICES = [
        ("whatsapp", "WhatsApp"),
        ("call", _("Phone call")),
        ("sms", _("SMS")),
        ("email", _("Email")),
    ]
    DOCUMENT_CHOICES = [
        ("", _("I prefer not to say")),
        ("passport", _("Passport")),
        ("cedula", _("Cédula (national identity card)")),
        ("refugee_id", _("Refugee ID")),
        ("other", _("Other document")),
        ("none", _("I have no document")),
    ]
    NATIONALITY_CHOICES = [
        ("", _("I prefer not to say")),
        ("VE", _("Venezuelan")),
        ("CO", _("Colombian")),
        ("EC", _("Ecuadorian")),
        ("HT", _("Haitian")),
        ("CU", _("Cuban")),
        ("PE", _("Peruvian")),
        ("other", _("Other")),
    ]
    GENDER_CHOICES = [
        ("", _("I prefer not to say")),
        ("woman", _("Woman")),
        ("man", _("Man")),
        ("non_binary", _("Non-binary")),
        ("self", _("I describe myself as…")),
    ]
    HEARD_CHOICES = [
        ("", _("I prefer not to say")),
        ("friends", _("Friends or family")),
        ("social", _("Social media or WhatsApp")),
        ("organisation", _("An organisation that helps me")),
        ("community_space", _("The community space")),
        ("website", _("This website")),
        ("other", _("Other")),
    ]

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.PROTECT, related_name="enrolments"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=EnrolmentStatus.choices, db_index=True
    )
    queue_number = models.PositiveIntegerField(_("order of arrival"), editable=False)
    language = models.CharField(_("language"), max_length=5, default="es", editable=False)
    created_at = models.DateTimeField(_("enrolled at"), default=timezone.now, editable=False)
    status_changed_at = models.DateTimeField(
        _("status changed at"), default=timezone.now, editable=False
    )

    # Personal data (blanked by erase/purge).
    full_name = models.CharField(_("full name"), max_length=150)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    phone_digits = models.CharField(max_length=30, blank=True, editable=False, db_index=True)
    email = models.EmailField(_("email"), max_length=254, blank=True)
    preferred_channel = models.CharField(
        _("preferred channel"), max_length=10, choices=CHANNEL_CHOICES, default="whatsapp"
    )
    document_type = models.CharField(
        _("identity document"), max_length=12, choices=DOCUMENT_CHOICES, blank=True
    )
    document_number = models.CharField(_("document number"), max_length=40, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    gender_self_description = models.CharField(
        _("gender, in your words"), max_length=60, blank=True
    )
    needs = models.TextField(_("accessibility or childcare needs"), max_length=500, blank=True)

    # Anonymous data kept for statistics after the purge.
    nationality = models.CharField(
        _("nationality"), max_length=6, choices=NATIONALITY_CHOICES, blank=True
    )
    gender = models.CharField(_("gender"), max_length=12, choices=GENDER_CHOICES, blank=True)
    age_band = models.CharField(_("age band"), max_length=8, blank=True, editable=False)
    heard_about = models.CharField(
        _("how they heard about the course"), max_length=20, choices=HEARD_CHOICES, blank=True
    )

    consent_at = models.DateTimeField(_("consent given at"), editable=False)
    privacy_notice_version = models.CharField(
        _("privacy notice version"), max_length=20, editable=False
    )
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "queue_number"], name="courses_enrolment_unique_queue"
            ),
        ]
        indexes = [
            models.Index(fields=["course", "status", "queue_number"], name="courses_enr_queue_idx")
        ]

    def __str__(self):
        # Never the person's name: this string ends up in admin logs and messages.
        return self.reference

    def save(self, *args, **kwargs):
        self.phone_digits = normalise_phone(self.phone)
        self.email = (self.email or "").strip().lower()
        if self.birth_year and not self.age_band:
            self.age_band = age_band(self.birth_year, self.created_at or timezone.now())
        super().save(*args, **kwargs)

    @property
    def holds_seat(self):
        return self.status in SEAT_STATUSES

    def waitlist_position(self):
        if self.status != EnrolmentStatus.WAITLISTED:
            return None
        return (
            Enrolment.objects.filter(
                course_id=self.course_id,
                status=EnrolmentStatus.WAITLISTED,
                queue_number__lt=self.queue_number,
            ).count()
            + 1
        )

    def course_in(self, language_code):
        """The course page in `language_code`, or the canonical one."""
        page = (
            CoursePage.objects.live()
            .filter(
                translation_key=self.course.translation_key, locale__language_code=language_code
            )
            .first()
        )
        return page or self.course

    @property
    def is_erased(self):
        return self.personal_data_erased_at is not None


def normalise_phone(value):
    digits = "".join(ch for ch in value or "" if ch.isdigit())
    return digits[-15:]


def age_band(birth_year, on):
    age = on.year - birth_year
    for upper, label in ((17, "<18"), (24, "18-24"), (34, "25-34"), (44, "35-44"), (59, "45-59")):
        if age <= upper:
            return label
    return "60+"


# Everything a person tells us about themselves, in the enrolment form's order (the age band is
# worked out from the year of birth). The public form, the admin's form and export, the person's
# own data export, the erase action and the purge all take their field lists from here.
PERSON_FIELDS = (
    "full_name",
    "phone",
    "email",
    "preferred_channel",
    "document_type",
    "document_number",
    "nationality",
    "birth_year",
    "age_band",
    "gender",
    "gender_self_description",
    "needs",
    "heard_about",
)
# What stays once personal data is erased: anonymous figures by course, nationality, age band and
# gender (and how people heard about the course and like to be contacted).
ANONYMOUS_FIELDS = ("preferred_channel", "nationality", "age_band", "gender", "heard_about")
# Personal data: seen only by coordinators, blanked by the erase action and by the purge.
PERSONAL_FIELDS = tuple(name for name in PERSON_FIELDS if name not in ANONYMOUS_FIELDS)
# What the person fills in (the public form, and staff enrolling someone by phone).
FORM_FIELDS = tuple(name for name in PERSON_FIELDS if Enrolment._meta.get_field(name).editable)


class NotificationKind(models.TextChoices):
    CONFIRMED = EnrolmentStatus.CONFIRMED.value, _("Seat confirmed")
    WAITLISTED = EnrolmentStatus.WAITLISTED.value, _("On the waitlist")
    PROMOTED = "promoted", _("Promoted from the waitlist")
    CANCELLED = EnrolmentStatus.CANCELLED.value, _("Cancelled")
    REFERENCE = "reference", _("Reference sent again")


class Notification(models.Model):
    """An email about an enrolment. It is sent by a background task and retried until it goes out.

    A "reference" row for a person who gave only a phone number is recorded but not sent: there is
    no phone channel yet, and the row is what that channel will pick up.
    """

    Kind = NotificationKind
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=12, choices=NotificationKind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=200, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    gave_up = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("notification")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.kind} {self.enrolment_id}"
