"""iCalendar (RFC 5545) files for events, built with the `icalendar` package.

- UIDs come from the page's translation key, so they are stable across downloads and languages.
- Times are written in America/Guayaquil with its VTIMEZONE, so calendars show Quito time.
- `icalendar` escapes commas, semicolons, backslashes and newlines in text values.
"""

from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext

from icalendar import Calendar, Event

from home.localization import active_language

from .models import CommunitySpacePage

QUITO = ZoneInfo("America/Guayaquil")
PRODID = "-//Municipio del Distrito Metropolitano de Quito//Movilidad Humana//ES"


def _event_component(event, request, space):
    component = Event()
    component.add("uid", event.ical_uid)
    stamp = event.last_published_at or event.latest_revision_created_at or timezone.now()
    component.add("dtstamp", stamp.astimezone(ZoneInfo("UTC")))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(ZoneInfo("UTC")))
    component.add("dtstart", event.start.astimezone(QUITO))
    component.add("dtend", event.end.astimezone(QUITO))
    # An untranslated event in another language's feed says which language its text is in (RFC 5545 LANGUAGE).
    language = {"LANGUAGE": event.locale.language_code}
    title = event.title
    if event.cancelled:
        with translation.override(event.locale.language_code):
            title = f"{gettext('Cancelled')}: {title}"
    component.add("summary", title, parameters=language)
    description = [event.summary]
    body = strip_tags(event.body or "").strip()
    if body:
        description.append(body)
    if event.accessibility:
        description.append(event.accessibility)
    url = event.get_full_url(request)
    if url:
        description.append(url)
        component.add("url", url)
    component.add(
        "description", "\n\n".join(part for part in description if part), parameters=language
    )
    location = event.location_text(space)
    if location:
        component.add("location", location)
    component.add("categories", [str(event.type_name)])
    # A cancellation keeps the UID and raises SEQUENCE, so calendars mark the event cancelled.
    component.add("sequence", event.ical_sequence)
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    component.add("transp", "OPAQUE")
    if event.organiser_id and event.organiser:
        component.add(
            "organizer",
            f"mailto:{event.organiser.contact_email or 'movilidadhumana@quito.gob.ec'}",
            parameters={"CN": event.organiser.name},
        )
    return component


def build_calendar(events, name, request=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "America/Guayaquil")
    # One query for the spaces of every event, whatever the number of events.
    space_paths = {event.path[: -2 * event.steplen] for event in events}
    spaces = {
        space.path: space for space in CommunitySpacePage.objects.filter(path__in=space_paths)
    }
    for event in events:
        calendar.add_component(
            _event_component(event, request, spaces.get(event.path[: -2 * event.steplen]))
        )
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_response(request, events, name, filename, inline=False):
    response = HttpResponse(
        build_calendar(events, str(name), request), content_type="text/calendar; charset=utf-8"
    )
    disposition = "inline" if inline else "attachment"
    safe_name = slugify(filename.rsplit(".", 1)[0]) or "event"
    response["Content-Disposition"] = (
        f'{disposition}; filename="{safe_name}-{active_language()}.ics"'
    )
    response["Content-Language"] = active_language()
    return response
