"""The admin's event form as a browser posts it, for the partner and permission tests."""

import datetime

from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text


def event_form(
    title="Círculo de costura",
    slug="circulo-de-costura",
    action=None,
    organiser="",
    languages=("es", "ht"),
):
    """POST data for an event ten days ahead; `action` is the button pressed (action-submit,
    action-publish), `organiser` a partner organisation's id."""
    start = timezone.localtime() + datetime.timedelta(days=10)
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Aprende a reparar ropa mientras conversamos.",
            "start": start.strftime("%Y-%m-%d %H:%M"),
            "end": (start + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "event_type": "support",
            "location": "space",
            "venue_name": "",
            "address": "",
            "map_url": "",
            "body": rich_text("<p>Trae ropa para arreglar.</p>"),
            "organiser": organiser,
            "audience": "",
            "registration": "none",
            "registration_url": "",
            "accessibility": "",
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
        }
    )
    data["languages"] = list(languages)
    if action:
        data[action] = "1"
    return data
