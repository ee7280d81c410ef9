"""Partners cancel their own published events: the page, JSON-LD and both iCal outputs say so."""

import json
import re

from django.urls import reverse

import pytest
from icalendar import Calendar

from community.models import EventPage
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db


def _json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def _vevents(response):
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_partner_cancels_own_event_in_every_language(
    client, make_event, partner_roles, community_en, translate_page
):
    event = make_event(days=5, organiser=partner_roles["own_org"], owner=partner_roles["partner"])
    english = translate_page(event, "en", title="Sewing circle", slug="sewing-circle")
    keep = make_event(days=6, title="Sigue en pie", slug="sigue-en-pie")
    before = _vevents(client.get(f"/es/calendar/event-{event.pk}.ics"))[0]
    assert str(before["STATUS"]) == "CONFIRMED"

    login_verified(client, partner_roles["partner"])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(event.pk,))).content.decode()
    cancel_url = reverse("community_cancel_event", args=(event.pk,))
    assert cancel_url in edit  # the "Cancel event" button
    assert client.get(cancel_url).status_code == 200
    assert client.post(cancel_url).status_code == 302
    client.logout()

    for page in (event, english):
        page.refresh_from_db()
        assert page.cancelled and page.live and page.ical_sequence == 1
    # Still visible, marked cancelled, in Spanish and English.
    response = client.get(f"/es/comunidad/eventos/{event.slug}/")
    html = response.content.decode()
    assert response.status_code == 200, html[-3000:]
    assert "event-cancelled" in html, html[html.find("<main") : html.find("<main") + 1500]
    assert "Cancelado" in html
    assert _json_ld(html)["eventStatus"] == "https://schema.org/EventCancelled"
    html_en = client.get("/en/community/events/sewing-circle/").content.decode()
    assert "Cancelled" in html_en
    assert _json_ld(html_en)["eventStatus"] == "https://schema.org/EventCancelled"
    # The event's own calendar file and the feed: same UID, CANCELLED, higher SEQUENCE.
    after = _vevents(client.get(f"/es/calendar/event-{event.pk}.ics"))[0]
    assert str(after["STATUS"]) == "CANCELLED"
    assert after["UID"] == before["UID"]
    assert int(after["SEQUENCE"]) > int(before.get("SEQUENCE", 0))
    feed = {str(v["UID"]): v for v in _vevents(client.get("/es/calendar/events.ics"))}
    assert str(feed[str(before["UID"])]["STATUS"]) == "CANCELLED"
    assert int(feed[str(before["UID"])]["SEQUENCE"]) == 1
    assert str(feed[keep.ical_uid]["STATUS"]) == "CONFIRMED"
    # It leaves the upcoming lists (the events index, the community space).
    listing = client.get("/es/comunidad/eventos/").content.decode()
    assert keep.title in listing and event.title not in listing
    assert event.title not in client.get("/es/comunidad/").content.decode()
    # The cancellation is in the page's history.
    assert (
        EventPage.objects.get(pk=event.pk).revisions.count() >= 2
        and event.get_latest_revision().as_object().cancelled
    )


def test_partner_cannot_cancel_another_organisations_event(client, make_event, partner_roles):
    event = make_event(days=5, organiser=partner_roles["other_org"])
    login_verified(client, partner_roles["partner"])
    cancel_url = reverse("community_cancel_event", args=(event.pk,))
    assert client.get(cancel_url).status_code in (302, 403)
    assert client.post(cancel_url).status_code in (302, 403)
    event.refresh_from_db()
    assert not event.cancelled
    feed = _vevents(client.get("/es/calendar/events.ics"))
    assert [str(v["STATUS"]) for v in feed] == ["CONFIRMED"]
