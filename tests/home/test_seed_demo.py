"""Seeding the demo a second time adds nothing: `make run` seeds at every start.

The module runs on its own copy of the seeded demo (the `demo_site` fixture): the first seed is the
one every demo-reading test uses.
"""

import io

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def row_counts():
    """Rows of every model of the project's own apps, and the users."""
    counts = {
        model._meta.label: model.objects.count()
        for app_label in ("home", "legal_guides", "courses", "community", "results", "referrals")
        for model in apps.get_app_config(app_label).get_models()
    }
    counts["users"] = get_user_model().objects.count()
    return counts


def test_seeding_the_demo_again_adds_nothing(demo_site, django_capture_on_commit_callbacks):
    assert HomePage.objects.filter(live=True).count() == 4
    assert StandardPage.objects.filter(live=True).count() >= 4
    before = row_counts()
    assert before["legal_guides.LegalGuidePage"] > 0 and before["users"] > 0
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", "--demo-users", stdout=io.StringIO())
    assert row_counts() == before
