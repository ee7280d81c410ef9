"""Partners work for their own organisation only: events, directory entries, Tu voz, translations.

Through the real admin URLs, as each role set up by `setup_roles`."""

from django.urls import reverse
from django.utils import timezone

import pytest

from community.models import EventPage, Feedback
from tests.community.event_forms import event_form
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db


def _own_org_event_form(organiser, **kwargs):
    return event_form(organiser=organiser.pk, languages=["es"], action="action-submit", **kwargs)


def test_partner_can_only_post_events_in_their_organisations_name(client, community, partner_roles):
    own, other = partner_roles["own_org"], partner_roles["other_org"]
    login_verified(client, partner_roles["partner"])
    add_url = reverse(
        "wagtailadmin_pages:add", args=("community", "eventpage", community["events"].pk)
    )

    form = client.get(add_url).context["form"]
    assert list(form.fields["organiser"].queryset) == [own]  # the list offers only theirs
    html = client.get(add_url).content.decode()
    assert own.name in html and other.name not in html

    # Posting another organisation's id anyway is refused, and nothing is created.
    response = client.post(add_url, _own_org_event_form(other, slug="como-acnur"))
    assert response.status_code == 200
    assert "organiser" in response.context["form"].errors
    assert not EventPage.objects.filter(slug="como-acnur").exists()

    assert client.post(add_url, _own_org_event_form(own)).status_code == 302
    event = EventPage.objects.get(slug="circulo-de-costura")
    assert event.organiser == own


def test_partner_cannot_edit_another_organisations_event_or_entry(
    client, make_event, make_service, partner_roles
):
    partner = partner_roles["partner"]
    # Even an event they own, once it is in another organisation's name, is not theirs to edit.
    theirs = make_event(organiser=partner_roles["other_org"], owner=partner)
    mine = make_event(organiser=partner_roles["own_org"], owner=partner)
    other_entry = make_service(name="Oficina de ACNUR", organisation=partner_roles["other_org"])
    my_entry = make_service(name="Casa Tejiendo Redes", organisation=partner_roles["own_org"])

    login_verified(client, partner)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(theirs.pk,))).status_code in (
        302,
        403,
    )
    assert client.post(reverse("wagtailadmin_pages:edit", args=(theirs.pk,)), {}).status_code in (
        302,
        403,
    )
    assert client.get(reverse("wagtailadmin_pages:edit", args=(mine.pk,))).status_code == 200

    snippet = "wagtailsnippets_community_serviceprovider"
    assert client.get(reverse(f"{snippet}:edit", args=(other_entry.pk,))).status_code in (302, 403)
    assert client.post(reverse(f"{snippet}:edit", args=(other_entry.pk,)), {}).status_code in (
        302,
        403,
    )
    assert client.get(reverse(f"{snippet}:history", args=(other_entry.pk,))).status_code in (
        302,
        403,
    )
    assert client.get(reverse(f"{snippet}:edit", args=(my_entry.pk,))).status_code == 200
    listing = client.get(reverse(f"{snippet}:list")).content.decode()
    assert my_entry.name in listing and other_entry.name not in listing

    profiles = "wagtailsnippets_community_partnerorganisation"
    other_profile = partner_roles["other_org"].pk
    assert client.get(reverse(f"{profiles}:edit", args=(other_profile,))).status_code in (302, 403)
    own_profile = partner_roles["own_org"].pk
    assert client.get(reverse(f"{profiles}:edit", args=(own_profile,))).status_code == 200


def test_partner_sees_messages_forwarded_to_them_and_records_a_response(
    client, partner_roles, topics
):
    own, other = partner_roles["own_org"], partner_roles["other_org"]
    shared = Feedback.objects.create(
        language="ht",
        topic=topics["salud"],
        message="Nou bezwen yon doktè ki pale kreyòl.",
        name="Jean",
        contact="0991234567",
        consent_at=timezone.now(),
        share_contact=True,
        forwarded_partner=own,
    )
    private = Feedback.objects.create(
        language="es",
        message="Necesito ayuda con el arriendo.",
        contact="persona@example.org",
        consent_at=timezone.now(),
        share_contact=False,
        forwarded_partner=own,
    )
    elsewhere = Feedback.objects.create(
        language="es", message="Mensaje para otra organización.", forwarded_partner=other
    )

    login_verified(client, partner_roles["partner"])
    listing = client.get(reverse("community_partner_messages")).content.decode()
    assert "Nou bezwen yon doktè" in listing and "ayuda con el arriendo" in listing
    assert "otra organización" not in listing
    assert "Salud" in listing

    detail = client.get(reverse("community_partner_message", args=(shared.pk,))).content.decode()
    assert "0991234567" in detail  # the person agreed to share it
    detail = client.get(reverse("community_partner_message", args=(private.pk,))).content.decode()
    assert "persona@example.org" not in detail
    refused = client.get(reverse("community_partner_message", args=(elsewhere.pk,)))
    assert refused.status_code in (302, 404)  # the admin sends a 404 to the language's admin
    assert "otra organización" not in refused.content.decode()

    response = client.post(
        reverse("community_partner_message", args=(shared.pk,)),
        {"response": "Le llamamos y tiene cita el martes."},
    )
    assert response.status_code == 302
    shared.refresh_from_db()
    assert shared.partner_response == "Le llamamos y tiene cita el martes."
    assert shared.partner_responded_by == partner_roles["partner"]

    # The Municipality's own Tu voz triage stays closed to partners; the partner screen to staff.
    assert client.get("/admin/snippets/community/feedback/").status_code in (302, 403)
    client.logout()
    login_verified(client, partner_roles["editor"])
    assert client.get(reverse("community_partner_messages")).status_code in (302, 403)


def test_partner_requests_translations_of_their_own_events_only(client, make_event, partner_roles):
    mine = make_event(organiser=partner_roles["own_org"], owner=partner_roles["partner"])
    theirs = make_event(organiser=partner_roles["other_org"])
    login_verified(client, partner_roles["partner"])
    url = "wagtail_localize:submit_page_translation"
    assert client.get(reverse(url, args=(mine.pk,))).status_code == 200
    assert client.get(reverse(url, args=(theirs.pk,))).status_code in (302, 403)
