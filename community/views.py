"""Listings, filters, the Tu voz form and the iCalendar downloads."""

import datetime
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _

from wagtail.models import Page

from home.dates import month_name
from home.forms import check_public_form, public_form_response
from home.fragment_cache import fragment_key
from home.localization import (
    active_language,
    in_active_locale_or_default,
    localize_list,
    localized_map,
    localized_related_field,
)
from home.models import Topic
from home.topics import all_topics
from home.visibility import public_pages

from .forms import FeedbackForm
from .ical import calendar_response
from .models import (
    SPOKEN_LANGUAGES,
    EventIndexPage,
    EventPage,
    FeedbackPage,
    FeedbackResponse,
    PartnerOrganisation,
    PlanAction,
    PlanObjective,
    PlanPage,
    ServiceDirectoryPage,
    ServiceProvider,
    YouSaidWeDidPage,
)
from .models.events import EVENT_TYPES, listed_events, upcoming_events

EVENTS_PER_PAGE = 20


def section_links(*models):
    """{model: live public page of that type in the visitor's language (else Spanish)}, in one query.

    Plain Page objects are enough for a title and a URL, so no extra query fetches the specific pages.
    """
    pages = in_active_locale_or_default(public_pages(Page.objects.live().type(*models)))
    pages = pages.select_related("locale")
    found = {}
    for page in sorted(pages, key=lambda page: page.locale.language_code != active_language()):
        found.setdefault(page.specific_class, page)
    return {model: found.get(model) for model in models}


class SimplePage:
    """Previous/next pagination without a COUNT query."""

    def __init__(self, number, has_next):
        self.number = number
        self.has_next = has_next
        self.has_previous = number > 1
        self.has_other_pages = has_next or number > 1
        self.next_page_number = number + 1
        self.previous_page_number = number - 1


LARGEST_ID = 2**31 - 1  # the largest id a PostgreSQL integer primary key holds
LARGEST_PAGE_NUMBER = 10_000  # far beyond any list on this site; larger numbers would overflow SQL


def _page_number(request):
    """The ?page= number (1 when absent). 0, -1, text or an absurdly large number is a 404."""
    value = request.GET.get("page") or "1"
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= LARGEST_PAGE_NUMBER:
        raise Http404
    return int(value)


def _first_or_404(queryset, pk):
    """The object with this id, or a 404: also for ids too large for the database."""
    found = queryset.filter(pk=pk).first() if 0 < pk <= LARGEST_ID else None
    if found is None:
        raise Http404
    return found


def _query_without_page(request):
    params = [(key, value) for key, value in request.GET.items() if key != "page" and value]
    return urlencode(params)


# --- Events -------------------------------------------------------------------------------
def _month_choices(past):
    today = timezone.localdate()
    months = []
    year, month = today.year, today.month
    for _step in range(12 if past else 6):
        months.append((f"{year:04d}-{month:02d}", f"{month_name(month)} {year}"))
        month += -1 if past else 1
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return months


def _parse_month(value):
    try:
        day = datetime.datetime.strptime(value, "%Y-%m").date()
    except (TypeError, ValueError):
        return None
    if not 2000 <= day.year <= 2100:
        return None
    return day


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
        events = events.filter(end__gte=now).order_by("start", "pk")
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


def events_feed(request):
    """All upcoming live events in the requested language, as a subscribable calendar."""
    events = upcoming_events().select_related("organiser")
    name = _("Community events · Human Mobility Quito")
    return calendar_response(request, list(events), name, filename="events.ics", inline=True)


def event_ics(request, page_id):
    event = _first_or_404(
        public_pages(EventPage.objects.live()).select_related("locale", "organiser"), page_id
    )
    return calendar_response(request, [event], event.title, filename=f"{event.slug}.ics")


# --- Services -------------------------------------------------------------------------------
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


# --- Tu voz ---------------------------------------------------------------------------------
def _reported_service(value):
    try:
        service_id = int(value)
    except (TypeError, ValueError):
        return None
    if not 0 < service_id <= LARGEST_ID:
        return None
    service = ServiceProvider.objects.filter(pk=service_id).first()
    if service is None:
        return None
    return localized_map(ServiceProvider, [service]).get(service.translation_key, service)


def _feedback_links(page):
    links = section_links(YouSaidWeDidPage, PlanPage)
    return {"you_said_page": links[YouSaidWeDidPage], "plan_page": links[PlanPage]}


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
            form.save(language=active_language(), service=service)
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
    links = section_links(PlanPage, FeedbackPage)
    return {"responses": items, "plan_page": links[PlanPage], "feedback_page": links[FeedbackPage]}


# --- Plan tracker ---------------------------------------------------------------------------
PLAN_CACHE_SECONDS = 300


def plan_context(request, page):
    """The plan tracker's rows. Eight queries to build, so cached per language until editors
    change anything (home/fragment_cache.py)."""
    key = fragment_key("community:plan", page.pk)
    context = cache.get(key)
    if context is None:
        context = _build_plan_context(request, page)
        cache.set(key, context, PLAN_CACHE_SECONDS)
    return context


def _build_plan_context(request, page):
    objectives = list(
        in_active_locale_or_default(PlanObjective.objects.all()).order_by("number", "pk")
    )
    actions = list(
        in_active_locale_or_default(PlanAction.objects.all())
        .select_related("objective")
        .prefetch_related("workshops", "feedback")
        .order_by("number", "pk")
    )
    workshops = [event for action in actions for event in action.workshops.all()]
    feedback = [item for action in actions for item in action.feedback.all()]
    event_map = {}
    if workshops:
        event_map = {
            event.translation_key: event
            for event in in_active_locale_or_default(
                public_pages(EventPage.objects.live()).filter(
                    translation_key__in={e.translation_key for e in workshops}
                )
            ).select_related("locale")
        }
    feedback_map = {}
    if feedback:
        feedback_map = {
            item.translation_key: item
            for item in in_active_locale_or_default(
                FeedbackResponse.objects.filter(
                    is_public=True, translation_key__in={f.translation_key for f in feedback}
                )
            )
        }
    by_objective = {}
    for action in actions:
        by_objective.setdefault(action.objective.translation_key, []).append(
            {
                "action": action,
                "workshops": [
                    event_map[e.translation_key]
                    for e in action.workshops.all()
                    if e.translation_key in event_map
                ],
                "feedback": [
                    feedback_map[f.translation_key]
                    for f in action.feedback.all()
                    if f.translation_key in feedback_map
                ],
            }
        )
    rows = [
        {"objective": objective, "actions": by_objective.get(objective.translation_key, [])}
        for objective in objectives
    ]
    total = [item["action"].progress for row in rows for item in row["actions"]]
    links = section_links(YouSaidWeDidPage, EventIndexPage)
    return {
        "objectives": rows,
        "overall_progress": round(sum(total) / len(total)) if total else 0,
        "you_said_page": links[YouSaidWeDidPage],
        "events_index": links[EventIndexPage],
    }


def service_entry(request, pk):
    """A stable link to one directory entry: the directory page in the visitor's language, at that entry."""
    service = _first_or_404(ServiceProvider.objects.all(), pk)
    directory = in_active_locale_or_default(
        public_pages(ServiceDirectoryPage.objects.live())
    ).select_related("locale")
    directory = sorted(directory, key=lambda page: page.locale.language_code != active_language())
    if not directory:
        raise Http404
    return redirect(f"{directory[0].get_url(request)}#{service.anchor}")


def report_service(request, pk):
    """ "Report wrong information": the Tu voz form in the visitor's language, tagged with the entry."""
    _first_or_404(ServiceProvider.objects.all(), pk)
    feedback_page = sorted(
        in_active_locale_or_default(public_pages(FeedbackPage.objects.live())).select_related(
            "locale"
        ),
        key=lambda page: page.locale.language_code != active_language(),
    )
    if not feedback_page:
        raise Http404
    return redirect(f"{feedback_page[0].get_url(request)}?{urlencode({'service': pk})}")
