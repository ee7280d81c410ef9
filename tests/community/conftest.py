"""Fixtures for the community tests: topics, partner organisations and roles (the section's pages
are in tests/sections.py)."""

import pytest

from community.models import (
    PartnerOrganisation,
)
from home.models import Topic


@pytest.fixture
def topics(locales):
    return {
        slug: Topic.objects.create(locale=locales["es"], slug=slug, name=name, icon="info")
        for slug, name in [("salud", "Salud"), ("trabajo", "Trabajo"), ("asilo", "Asilo")]
    }


@pytest.fixture
def partner_org(locales):
    return PartnerOrganisation.objects.create(
        locale=locales["es"], name="Tejiendo Redes", website="https://example.org"
    )


@pytest.fixture
def partner_roles(community, locales):
    """`setup_roles` (as in production), two partner organisations each with a partner user, and a
    community editor. Partners' users are linked to their organisation (PartnerMembership)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from community.models import PartnerMembership
    from home.roles import setup_roles

    setup_roles()
    User = get_user_model()

    def user(name, group, organisation=None):
        account = User.objects.create_user(username=name, password="pw-for-tests-2026")  # noqa: S106
        account.groups.add(Group.objects.get(name=group))
        if organisation is not None:
            PartnerMembership.objects.create(user=account, organisation=organisation)
        return account

    own = PartnerOrganisation.objects.create(locale=locales["es"], name="Tejiendo Redes")
    other = PartnerOrganisation.objects.create(locale=locales["es"], name="ACNUR")
    return {
        "own_org": own,
        "other_org": other,
        "partner": user("partner-a", "Partners", own),
        "other_partner": user("partner-b", "Partners", other),
        "editor": user("community-editor", "Community editors"),
    }
