"""Topics, urgent notices and contact details that existed before drafts are live and published."""

from django.db import migrations
from django.utils import timezone

MODELS = ("Topic", "UrgentNotice", "ContactDetails")


def make_live(apps, schema_editor):
    now = timezone.now()
    for name in MODELS:
        model = apps.get_model("home", name)
        model.objects.filter(first_published_at__isnull=True).update(
            live=True, has_unpublished_changes=False, first_published_at=now, last_published_at=now
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0002_drafts_and_history_for_snippets")]

    operations = [migrations.RunPython(make_live, migrations.RunPython.noop, elidable=True)]
