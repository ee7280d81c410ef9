"""Partners linked to an organisation see the names and contacts people agreed to share with it
(forwarded Tu voz messages, referrals), so they sign in with a second factor like other staff who
see personal data (home/staff_security.py)."""

from django.contrib.auth.models import Group

import pytest

from community.models import PartnerMembership
from home.staff_security import requires_two_factor
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db

SETUP = "/admin/two-factor/setup/"


def test_a_linked_partner_needs_a_second_factor_before_the_admin_opens(
    client, partner_roles, django_user_model
):
    partner = partner_roles["partner"]
    assert requires_two_factor(partner)
    client.force_login(partner)
    for url in ("/admin/", "/admin/partner_referrals/", "/admin/community/my-messages/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(SETUP), url
    login_verified(client, partner)
    assert client.get("/admin/community/my-messages/").status_code == 200

    # A partner account nobody linked to an organisation yet sees no one's contact.
    newcomer = django_user_model.objects.create_user("partner-c", password="pw-for-tests-2026")  # noqa: S106
    newcomer.groups.add(Group.objects.get(name="Partners"))
    assert not requires_two_factor(newcomer)
    PartnerMembership.objects.create(user=newcomer, organisation=partner_roles["own_org"])
    assert requires_two_factor(django_user_model.objects.get(pk=newcomer.pk))
