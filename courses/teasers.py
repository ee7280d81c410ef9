"""Courses shown elsewhere on the site: the home page teaser and the "what next" panel."""

from django.db.models import Subquery
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from home.localization import in_active_locale_or_default
from home.visibility import public_pages

from .models import CourseIndexPage, CoursePage, seats_taken_subquery, today, with_open_seats

TEASER_COUNT = 3


def _index_for(home_page):
    return public_pages(CourseIndexPage.objects.live().child_of(home_page)).first()


def open_courses(limit):
    courses = (
        in_active_locale_or_default(public_pages(CoursePage.objects.live()))
        .annotate(seats_taken=seats_taken_subquery())
        .order_by("start_date", "title")
    )
    return with_open_seats(courses)[:limit]


def _listing_url(index, course, request):
    if index is not None:
        return index.child_url(course)
    return course.get_url(request)


def open_courses_teaser(request, home_page):
    index = _index_for(home_page)
    items = list(open_courses(TEASER_COUNT))
    for course in items:
        course.listing_url = _listing_url(index, course, request)
    return {
        "heading": _("Courses open for enrolment"),
        "template": "courses/includes/teaser.html",
        "items": items,
        "more_url": index.url if index else "",
        "more_text": _("See all courses"),
        "order": 20,
    }


def courses_for_topics(request, topic_ids, exclude_page_id):
    """Up to three upcoming public courses sharing a topic, in the visitor's language, in one query."""
    from home.models import Topic

    if not topic_ids:
        return None
    keys = Topic.objects.filter(pk__in=list(topic_ids)).values("translation_key")
    courses = (
        in_active_locale_or_default(public_pages(CoursePage.objects.live()))
        .filter(end_date__gte=today(), topics__translation_key__in=Subquery(keys))
        .exclude(pk=exclude_page_id)
        .order_by("start_date", "pk")
        .distinct()[:TEASER_COUNT]
    )
    items = [
        {
            "title": course.title,
            "url": course.get_url(request),
            "meta": _("Free course · starts %(date)s")
            % {"date": date_format(course.start_date, "DATE_FORMAT")},
        }
        for course in courses
    ]
    return {"section": _("Courses"), "items": items}
