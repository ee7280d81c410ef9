"""The plain Django views of the community section: the iCalendar downloads and the stable
links to a directory entry. The pages' own listings and the Tu voz form live in their page models
(community/models/)."""

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from home.localization import active_language, in_active_locale_or_default
from home.visibility import public_pages

from .ical import calendar_response
from .listing import _first_or_404
from .models import EventPage, FeedbackPage, ServiceDirectoryPage, ServiceProvider
from .models.events import calendar_events


def events_feed(request):
    """All upcoming live events in the requested language, as a subscribable calendar. Cancelled
    ones stay in it (STATUS:CANCELLED) so that subscribers' calendars drop them."""
    events = calendar_events().select_related("organiser")
    name = _("Community events · Human Mobility Quito")
    return calendar_response(request, list(events), name, filename="events.ics", inline=True)


def event_ics(request, page_id):
    event = _first_or_404(
        public_pages(EventPage.objects.live()).select_related("locale", "organiser"), page_id
    )
    return calendar_response(request, [event], event.title, filename=f"{event.slug}.ics")


# --- Services -------------------------------------------------------------------------------
def service_entry(request, pk):
    """A stable link to one directory entry: the directory page in the visitor's language, at that entry."""
    service = _first_or_404(ServiceProvider.objects.filter(live=True), pk)
    directory = in_active_locale_or_default(
        public_pages(ServiceDirectoryPage.objects.live())
    ).select_related("locale")
    directory = sorted(directory, key=lambda page: page.locale.language_code != active_language())
    if not directory:
        raise Http404
    return redirect(f"{directory[0].get_url(request)}#{service.anchor}")


def report_service(request, pk):
    """ "Report wrong information": the Tu voz form in the visitor's language, tagged with the entry."""
    _first_or_404(ServiceProvider.objects.filter(live=True), pk)
    feedback_page = sorted(
        in_active_locale_or_default(public_pages(FeedbackPage.objects.live())).select_related(
            "locale"
        ),
        key=lambda page: page.locale.language_code != active_language(),
    )
    if not feedback_page:
        raise Http404
    return redirect(f"{feedback_page[0].get_url(request)}?{urlencode({'service': pk})}")
