"""iCalendar downloads: they parse back, keep Quito time, stable UIDs and escaped text."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db

QUITO = ZoneInfo("America/Guayaquil")


def _calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_event_ics_parses_back_with_quito_time_zone(client, make_event):
    start = datetime.datetime(2031, 3, 14, 15, 30, tzinfo=QUITO)
    event = make_event(
        start=start, end=start + datetime.timedelta(hours=2), title="Taller de salud"
    )

    response = client.get(f"/es/calendar/event-{event.pk}.ics")
    calendar = _calendar(response)
    assert "attachment" in response["Content-Disposition"]
    [component] = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == "Taller de salud"
    dtstart, dtend = component.decoded("DTSTART"), component.decoded("DTEND")
    assert dtstart == start and dtend == start + datetime.timedelta(hours=2)
    assert component["DTSTART"].params["TZID"] == "America/Guayaquil"
    assert dtstart.utcoffset() == datetime.timedelta(hours=-5)
    [timezone_component] = calendar.walk("VTIMEZONE")
    assert str(timezone_component["TZID"]) == "America/Guayaquil"


def test_uid_is_stable_across_downloads_and_languages(
    client, make_event, translate_page, community_en
):
    event = make_event(title="Taller")
    first = _calendar(client.get(f"/es/calendar/event-{event.pk}.ics")).walk("VEVENT")[0]["UID"]
    second = _calendar(client.get(f"/es/calendar/event-{event.pk}.ics")).walk("VEVENT")[0]["UID"]
    english = translate_page(
        event, "en", title="Workshop", slug="workshop", summary="A workshop for everyone."
    )
    english_uid = _calendar(client.get(f"/en/calendar/event-{english.pk}.ics")).walk("VEVENT")[0][
        "UID"
    ]
    assert first == second == english_uid
    assert str(first).endswith("@movilidadhumana.quito.gob.ec")


def test_commas_semicolons_and_newlines_are_escaped(client, make_event):
    event = make_event(
        title="Arte, música; y baile",
        summary="Primera línea, con coma; y punto y coma",
        accessibility="Rampa\nIntérprete de señas",
        location="other",
        venue_name="Casa Barrial; sala 2",
        address="Calle A, N1-2",
    )
    raw = client.get(f"/es/calendar/event-{event.pk}.ics").content.decode()
    unfolded = raw.replace("\r\n ", "")
    assert "SUMMARY;LANGUAGE=es:Arte\\, música\\; y baile" in unfolded
    assert "LOCATION:Casa Barrial\\; sala 2\\, Calle A\\, N1-2" in unfolded
    assert "Rampa\\nIntérprete de señas" in unfolded
    component = Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(component["SUMMARY"]) == "Arte, música; y baile"
    assert "Rampa\nIntérprete de señas" in str(component["DESCRIPTION"])


def test_feed_has_only_upcoming_live_events_in_the_requested_language(
    client, make_event, translate_page, community_en
):
    upcoming = make_event(title="Próximo taller", days=5)
    translate_page(
        upcoming, "en", title="Next workshop", slug="next-workshop", summary="For everyone."
    )
    make_event(title="Taller pasado", days=-5)
    make_event(title="Borrador", days=6, live=False)
    untranslated = make_event(title="Solo en español", days=7)

    english = _calendar(client.get("/en/calendar/events.ics"))
    summaries = [str(event["SUMMARY"]) for event in english.walk("VEVENT")]
    # The translated event appears once, in English; untranslated events fall back to Spanish.
    assert summaries == ["Next workshop", "Solo en español"]
    assert [event["SUMMARY"].params["LANGUAGE"] for event in english.walk("VEVENT")] == ["en", "es"]
    spanish = [
        str(event["SUMMARY"])
        for event in _calendar(client.get("/es/calendar/events.ics")).walk("VEVENT")
    ]
    assert spanish == ["Próximo taller", "Solo en español"]
    assert untranslated.pk


def test_feed_is_advertised_on_the_events_index(client, community):
    html = client.get("/es/comunidad/eventos/").content.decode()
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'href="/es/calendar/events.ics"' in html


def test_unpublished_event_has_no_ics(client, make_event):
    draft = make_event(live=False)
    assert client.get(f"/es/calendar/event-{draft.pk}.ics").status_code == 404


def test_private_events_stay_out_of_listings_and_feeds(client, make_event, community):
    from wagtail.models import PageViewRestriction

    private = make_event(title="Reunión privada")
    make_event(title="Taller abierto")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")  # noqa: S106
    listing = client.get("/es/comunidad/eventos/").content.decode()
    feed = client.get("/es/calendar/events.ics").content.decode()
    assert "Taller abierto" in listing and "Taller abierto" in feed
    assert "Reunión privada" not in listing and "Reunión privada" not in feed
    assert client.get(f"/es/calendar/event-{private.pk}.ics").status_code == 404
