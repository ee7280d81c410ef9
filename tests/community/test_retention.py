"""Tu voz keeps names and contact details only as long as needed."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest

from community.models import Feedback

pytestmark = pytest.mark.django_db


def test_old_finished_messages_lose_their_contact_details_but_keep_the_message(settings):
    settings.TU_VOZ_RETENTION_DAYS = 30
    old = Feedback.objects.create(
        language="es", message="Gracias", name="Ana", contact="099", status="answered"
    )
    open_case = Feedback.objects.create(
        language="es", message="Sigo esperando", name="Luis", contact="098"
    )
    recent = Feedback.objects.create(
        language="es", message="Nuevo", name="Eva", contact="097", status="answered"
    )
    long_ago = timezone.now() - datetime.timedelta(days=40)
    Feedback.objects.filter(pk__in=[old.pk, open_case.pk]).update(updated_at=long_ago)

    call_command("purge_tu_voz_contacts", stdout=open("/dev/null", "w"))  # noqa: SIM115

    old.refresh_from_db()
    open_case.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.contact, old.message) == ("", "", "Gracias")
    assert open_case.contact == "098"  # still being handled
    assert recent.contact == "097"  # within the retention period
