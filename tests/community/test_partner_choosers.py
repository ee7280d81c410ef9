"""A partner's choosers and listings in the admin offer only their own organisation's events,
directory entries and profile (issue 13). Staff see everything.

Through the real admin URLs, as the roles set up by `setup_roles`."""

from django.urls import reverse

import pytest

from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(make_event, partner_roles):
    return {
        "mine": make_event(title="Feria de Tejiendo Redes", organiser=partner_roles["own_org"]),
        "mine_draft": make_event(
            title="Borrador de Tejiendo Redes", organiser=partner_roles["own_org"], live=False
        ),
        "theirs": make_event(title="Taller de ACNUR", organiser=partner_roles["other_org"]),
        "theirs_draft": make_event(
            title="Borrador de ACNUR", organiser=partner_roles["other_org"], live=False
        ),
        "nobodys": make_event(title="Cine del Municipio"),
    }


def _html(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def _page_urls(index):
    return {
        "page chooser": reverse("wagtailadmin_choose_page_child", args=(index.pk,)),
        "page chooser search": reverse("wagtailadmin_choose_page_search") + "?q=de",
        "page explorer": reverse("wagtailadmin_explore", args=(index.pk,)),
    }


def test_a_partner_chooses_and_lists_only_their_own_organisations_events(
    client, community, partner_roles, events
):
    login_verified(client, partner_roles["partner"])
    for name, url in _page_urls(community["events"]).items():
        html = _html(client, url)
        assert "Feria de Tejiendo Redes" in html, name
        assert "Taller de ACNUR" not in html and "Borrador de ACNUR" not in html, name
        assert "Cine del Municipio" not in html, name


def test_staff_choose_and_list_every_event(client, community, partner_roles, events):
    login_verified(client, partner_roles["editor"])
    for name, url in _page_urls(community["events"]).items():
        html = _html(client, url)
        for title in ("Feria de Tejiendo Redes", "Taller de ACNUR", "Cine del Municipio"):
            assert title in html, (name, title)


def test_a_partner_with_no_organisation_yet_is_offered_no_events(
    client, community, partner_roles, events, django_user_model
):
    from django.contrib.auth.models import Group

    newcomer = django_user_model.objects.create_user("partner-c", password="pw-for-tests-2026")  # noqa: S106
    newcomer.groups.add(Group.objects.get(name="Partners"))
    login_verified(client, newcomer)
    html = _html(client, reverse("wagtailadmin_choose_page_search") + "?q=de")
    assert "Feria de Tejiendo Redes" not in html and "Taller de ACNUR" not in html


def test_the_snippet_choosers_offer_a_partner_only_their_own_entries_and_profile(
    client, partner_roles, make_service
):
    own, other = partner_roles["own_org"], partner_roles["other_org"]
    make_service(name="Casa Tejiendo Redes", organisation=own)
    make_service(name="Oficina de ACNUR", organisation=other)
    choosers = {
        "wagtailsnippetchoosers_community_serviceprovider": (
            "Casa Tejiendo Redes",
            "Oficina de ACNUR",
        ),
        "wagtailsnippetchoosers_community_partnerorganisation": (own.name, other.name),
    }
    login_verified(client, partner_roles["partner"])
    for chooser, (mine, theirs) in choosers.items():
        for view in ("choose", "choose_results"):
            html = _html(client, reverse(f"{chooser}:{view}"))
            assert mine in html and theirs not in html, (chooser, view)
    client.logout()
    login_verified(client, partner_roles["editor"])
    for chooser, (mine, theirs) in choosers.items():
        html = _html(client, reverse(f"{chooser}:choose"))
        assert mine in html and theirs in html, chooser
