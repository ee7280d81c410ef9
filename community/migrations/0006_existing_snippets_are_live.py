"""Directory entries, partner profiles, plan objectives and actions and "you said, we did" entries
that existed before drafts are live and published."""

from django.db import migrations
from django.utils import timezone

MODELS = ("ServiceProvider", "PartnerOrganisation", "PlanObjective", "PlanAction", "FeedbackResponse")


def make_live(apps, schema_editor):
    now = timezone.now()
    for name in MODELS:
        model = apps.get_model("community", name)
        model.objects.filter(first_published_at__isnull=True).update(
            live=True, has_unpublished_changes=False, first_published_at=now, last_published_at=now
        )


class Migration(migrations.Migration):
    dependencies = [("community", "0005_partners_cancelled_events_snippet_drafts")]

    operations = [migrations.RunPython(make_live, migrations.RunPython.noop, elidable=True)]
