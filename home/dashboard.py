"""The admin dashboard, one panel per role (Wagtail's `construct_homepage_panels`).

Each panel is shown only to the groups that can act on it (and to superusers); it counts the other
apps' data read-only and links to the listing where the work is done. Every panel uses one
template, `home/dashboard/panel.html`: a few figures, then at most one short table.

| panel | groups |
|---|---|
| Courses | Course coordinators |
| Community | Community editors |
| Legal review | Legal reviewers |
| Legal advice | Legal advisers |
| Your organisation | Partners |
| Translations and search | Editors, Moderators |
"""

import dataclasses
import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, Sum
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from . import translation_status

TABLE_LIMIT = 10
NEARLY_FULL = 0.8  # a course with 80% of its seats taken is "nearly full"


@dataclasses.dataclass
class Figure:
    label: str
    value: int
    url: str = ""
    attention: bool = False  # shown highlighted when not zero


@dataclasses.dataclass
class Table:
    caption: str
    headers: list
    rows: list  # each a list of (text, url) cells
    empty: str = ""
    more_url: str = ""


def _url(name, *args, query=None):
    try:
        url = reverse(name, args=args)
    except NoReverseMatch:
        return ""
    return f"{url}?{urlencode(query)}" if query else url


def _snippet_url(model, view="list", *args):
    viewset = getattr(model, "snippet_viewset", None)
    return _url(viewset.get_url_name(view), *args) if viewset else ""


def in_groups(user, names):
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return any(group.name in names for group in user.groups.all())


def pages_in_moderation(model):
    """Pages of `model` (every language) waiting on a workflow task, oldest first."""
    waiting = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    return (
        model.objects.filter(pk__in=[int(pk) for pk in waiting])
        .select_related("locale")
        .order_by("latest_revision_created_at")
    )


class RolePanel(Component):
    template_name = "home/dashboard/panel.html"
    groups = ()
    heading = ""
    order = 50

    def __init__(self, user):
        self.user = user

    @property
    def name(self):
        return f"role_{self.slug}"

    @classmethod
    def shown_to(cls, user):
        return in_groups(user, cls.groups)

    def figures(self):
        return []

    def tables(self):
        return []

    def get_context_data(self, parent_context):
        return {
            "panel_id": f"dashboard-{self.slug}",
            "heading": self.heading,
            "figures": self.figures(),
            "tables": self.tables(),
        }


class CoordinatorPanel(RolePanel):
    slug = "courses"
    groups = ("Course coordinators",)
    heading = _("Courses and enrolments")
    order = 60

    def figures(self):
        from courses.admin_views import failed_notifications
        from courses.models import Enrolment, Notification
        from courses.status import EnrolmentStatus

        week_ago = timezone.now() - datetime.timedelta(days=7)
        enrolments = _url("enrolments:index")
        figures = [
            Figure(
                _("People on a waitlist"),
                Enrolment.objects.filter(status=EnrolmentStatus.WAITLISTED).count(),
                enrolments + "?" + urlencode({"status": EnrolmentStatus.WAITLISTED})
                if enrolments
                else "",
            ),
            Figure(
                _("Enrolments in the last 7 days"),
                Enrolment.objects.filter(created_at__gte=week_ago).count(),
                enrolments,
            ),
        ]
        channel = getattr(Notification, "Channel", None)
        if channel is not None and hasattr(channel, "CALL"):
            figures.append(
                Figure(
                    _("People to call (no email or phone message reached them)"),
                    Notification.objects.filter(channel=channel.CALL, call_outcome="").count(),
                    _url("courses_admin:call_list") or enrolments,
                    attention=True,
                )
            )
        figures.append(
            Figure(
                _("Failed notifications"),
                failed_notifications().count(),
                _url("failed_notifications:index"),
                attention=True,
            )
        )
        return figures

    def tables(self):
        from courses.models import CoursePage, Enrolment, seats_taken_subquery
        from courses.status import EnrolmentStatus

        today = timezone.localdate()
        courses = list(
            CoursePage.objects.live()
            .filter(
                locale__language_code=translation_status.source_language(), start_date__gte=today
            )
            .annotate(seats_taken=seats_taken_subquery())
            .order_by("start_date", "title")
        )
        busy = [
            course
            for course in courses
            if course.capacity and course.seats_taken >= NEARLY_FULL * course.capacity
        ]
        waiting = dict(
            Enrolment.objects.filter(
                course__translation_key__in=[course.translation_key for course in busy],
                status=EnrolmentStatus.WAITLISTED,
            )
            .values("course__translation_key")
            .annotate(total=Count("pk"))
            .values_list("course__translation_key", "total")
        )
        rows = [
            [
                (course.title, _url("courses_admin:roster", course.pk)),
                (f"{course.seats_taken} / {course.capacity}", ""),
                (
                    str(_("Full"))
                    if course.seats_taken >= course.capacity
                    else str(_("Nearly full")),
                    "",
                ),
                (str(waiting.get(course.translation_key, 0)), ""),
            ]
            for course in busy[:TABLE_LIMIT]
        ]
        return [
            Table(
                caption=_("Courses full or nearly full"),
                headers=[_("Course"), _("Seats taken"), _("Status"), _("Waitlist")],
                rows=rows,
                empty=_("No upcoming course is full or nearly full."),
                more_url=_url("courses_admin:seats"),
            )
        ]


class CommunityPanel(RolePanel):
    slug = "community"
    groups = ("Community editors",)
    heading = _("Community: messages, directory and events")
    order = 60

    def figures(self):
        from community.models import EventPage, Feedback, ServiceProvider
        from community.models.services import VERIFICATION_MAX_AGE_DAYS

        stale = timezone.localdate() - datetime.timedelta(days=VERIFICATION_MAX_AGE_DAYS)
        feedback_url = _snippet_url(Feedback)
        return [
            Figure(
                _("New Tu voz messages"),
                Feedback.objects.filter(status=Feedback.STATUS_RECEIVED).count(),
                feedback_url + "?" + urlencode({"status": Feedback.STATUS_RECEIVED})
                if feedback_url
                else "",
                attention=True,
            ),
            Figure(
                _("Tu voz messages not answered yet"),
                Feedback.objects.exclude(status__in=("answered", "included")).count(),
                feedback_url,
            ),
            Figure(
                _("Directory entries overdue for verification"),
                ServiceProvider.objects.filter(
                    locale__language_code=translation_status.source_language(),
                    last_verified__lt=stale,
                ).count(),
                _snippet_url(ServiceProvider),
                attention=True,
            ),
            Figure(
                _("Events awaiting moderation"),
                pages_in_moderation(EventPage).count(),
                _url("wagtailadmin_reports:workflow"),
                attention=True,
            ),
        ]


class LegalReviewPanel(RolePanel):
    slug = "legal-review"
    groups = ("Legal reviewers",)
    heading = _("Legal review")
    order = 55

    def tables(self):
        from legal_guides.models import LegalGuidePage

        waiting = list(pages_in_moderation(LegalGuidePage)[:TABLE_LIMIT])
        return [
            Table(
                caption=_("Guides awaiting legal review"),
                headers=[_("Guide"), _("Language"), _("Submitted")],
                rows=[
                    [
                        (guide.title, _url("wagtailadmin_pages:edit", guide.pk)),
                        (guide.locale.language_code, ""),
                        (
                            timezone.localtime(guide.latest_revision_created_at).strftime(
                                "%Y-%m-%d"
                            )
                            if guide.latest_revision_created_at
                            else "",
                            "",
                        ),
                    ]
                    for guide in waiting
                ],
                empty=_("No guide is waiting for legal review."),
                more_url=_url("wagtailadmin_reports:workflow"),
            ),
        ]

    def figures(self):
        from legal_guides.models import LegalGuidePage

        today = timezone.localdate()
        return [
            Figure(
                _("Guides awaiting legal review"),
                pages_in_moderation(LegalGuidePage).count(),
                _url("wagtailadmin_reports:workflow"),
                attention=True,
            ),
            Figure(
                _("Guides overdue for review"),
                LegalGuidePage.objects.filter(next_review_due__lt=today).count(),
                attention=True,
            ),
            Figure(
                _("Guides due in the next 30 days"),
                LegalGuidePage.due_for_review().filter(next_review_due__gte=today).count(),
            ),
        ]


class LegalAdvicePanel(RolePanel):
    slug = "legal-advice"
    groups = ("Legal advisers",)
    heading = _("Legal advice requests")
    order = 56

    def figures(self):
        from legal_advice.models import AdviceRequest
        from legal_advice.services import call_list

        now = timezone.now()
        queue = _url("legal_advice_requests:index")
        live = AdviceRequest.objects.filter(personal_data_erased_at__isnull=True)
        return [
            Figure(
                _("New requests"),
                live.filter(status=AdviceRequest.Status.NEW).count(),
                f"{queue}?{urlencode({'status': AdviceRequest.Status.NEW})}" if queue else "",
                attention=True,
            ),
            Figure(
                _("Appointments in the next 7 days"),
                live.filter(
                    status=AdviceRequest.Status.APPOINTMENT_OFFERED,
                    appointment_at__gte=now,
                    appointment_at__lt=now + datetime.timedelta(days=7),
                ).count(),
                f"{queue}?{urlencode({'status': AdviceRequest.Status.APPOINTMENT_OFFERED})}"
                if queue
                else "",
            ),
            Figure(
                _("People to call (no email or phone message reached them)"),
                call_list().count(),
                _url("legal_advice_admin:call_list"),
                attention=True,
            ),
        ]


class PartnerPanel(RolePanel):
    slug = "partner"
    groups = ("Partners",)
    heading = _("Your organisation")
    order = 60

    def _organisation_key(self):
        from community import models as community

        key_for = getattr(community, "organisation_key_for", None)
        if key_for is None:
            from community.models import partners

            key_for = getattr(partners, "organisation_key_for", None)
        return key_for(self.user) if key_for else None

    def tables(self):
        from community.models import EventPage, ServiceProvider

        key = self._organisation_key()
        own = Q(owner=self.user)
        if key is not None:
            own |= Q(organiser__translation_key=key)
        events = list(
            EventPage.objects.filter(own)
            .filter(locale__language_code=translation_status.source_language())
            .order_by("-start")[:TABLE_LIMIT]
        )
        in_moderation = set(pages_in_moderation(EventPage).values_list("pk", flat=True))
        event_rows = [
            [
                (event.title, _url("wagtailadmin_pages:edit", event.pk)),
                (timezone.localtime(event.start).strftime("%Y-%m-%d %H:%M"), ""),
                (str(self._event_state(event, in_moderation)), ""),
            ]
            for event in events
        ]
        tables = [
            Table(
                caption=_("Your events"),
                headers=[_("Event"), _("Starts"), _("State")],
                rows=event_rows,
                empty=_("You have not proposed any event yet."),
            )
        ]
        if key is not None:
            entries = ServiceProvider.objects.filter(
                organisation__translation_key=key,
                locale__language_code=translation_status.source_language(),
            ).order_by("name")[:TABLE_LIMIT]
            tables.append(
                Table(
                    caption=_("Your directory entries"),
                    headers=[_("Entry"), _("Last verified")],
                    rows=[
                        [
                            (str(entry), _snippet_url(ServiceProvider, "edit", entry.pk)),
                            (entry.last_verified.isoformat(), ""),
                        ]
                        for entry in entries
                    ],
                    empty=_("Your organisation has no entry in the services directory."),
                )
            )
        return tables

    def figures(self):
        from community.models import Feedback

        key = self._organisation_key()
        if key is None or not hasattr(Feedback, "forwarded_partner"):
            return []
        return [
            Figure(
                _("Tu voz messages forwarded to your organisation"),
                Feedback.objects.filter(forwarded_partner__translation_key=key).count(),
                _url("community_partner_messages"),
            )
        ]

    @staticmethod
    def _event_state(event, in_moderation):
        if getattr(event, "cancelled", False):
            return _("Cancelled")
        if event.pk in in_moderation:
            return _("Awaiting moderation")
        if event.live:
            return (
                _("Published, with changes awaiting moderation")
                if event.has_unpublished_changes
                else _("Published")
            )
        return _("Draft")


class EditorPanel(RolePanel):
    slug = "translations"
    groups = ("Editors", "Moderators")
    heading = _("Translations and search")
    order = 60

    def get_context_data(self, parent_context):
        from search.models import ZeroResultQuery, week_start

        context = super().get_context_data(parent_context)
        rows = translation_status.build_rows()
        counts = translation_status.summary(rows)
        names = translation_status.language_names()
        report = _url("translation_status")
        context["tables"] = [
            Table(
                caption=_("Pages and snippets to translate, per language"),
                headers=[
                    _("Language"),
                    _("Missing"),
                    _("Out of date"),
                    _("Machine-translated, awaiting review"),
                ],
                rows=[
                    [
                        (names.get(code, code), f"{report}?{urlencode({'language': code})}"),
                        *[
                            (
                                str(counts[code][status]),
                                f"{report}?{urlencode({'language': code, 'status': status})}",
                            )
                            for status in (
                                translation_status.MISSING,
                                translation_status.OUT_OF_DATE,
                                translation_status.AWAITING_REVIEW,
                            )
                        ],
                    ]
                    for code in counts
                ],
                more_url=report,
            )
        ]
        this_week = week_start(timezone.localdate())
        context["figures"] = [
            Figure(
                _("Searches without results this week"),
                ZeroResultQuery.objects.filter(week=this_week).aggregate(total=Sum("count"))[
                    "total"
                ]
                or 0,
                _url("search_zero_results"),
            )
        ]
        return context


PANELS = [
    LegalReviewPanel,
    LegalAdvicePanel,
    CoordinatorPanel,
    CommunityPanel,
    PartnerPanel,
    EditorPanel,
]


def construct_panels(request, panels):
    """The `construct_homepage_panels` hook: add the panels of the user's roles."""
    for panel_class in PANELS:
        if panel_class.shown_to(request.user):
            panels.append(panel_class(request.user))
