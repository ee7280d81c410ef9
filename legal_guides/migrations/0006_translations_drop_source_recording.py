"""Translations stop playing the Spanish recording that wagtail-localize copied into them.

From now on `LegalGuidePage.save` drops the copy; this clears the ones already saved. Run
`manage.py make_guide_audio` afterwards so that those translations get their own computer voice.
"""

from django.conf import settings
from django.db import migrations
from django.db.models import F, OuterRef, Subquery


def drop_copied_recordings(apps, schema_editor):
    LegalGuidePage = apps.get_model("legal_guides", "LegalGuidePage")
    spanish_recording = LegalGuidePage.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    ).values("audio_recording_id")[:1]
    copies = (
        LegalGuidePage.objects.exclude(locale__language_code=settings.LANGUAGE_CODE)
        .filter(alias_of__isnull=True)
        .annotate(spanish_recording=Subquery(spanish_recording))
        .filter(audio_recording_id=F("spanish_recording"))
        .values_list("pk", flat=True)
    )
    LegalGuidePage.objects.filter(pk__in=list(copies)).update(audio_recording=None)


class Migration(migrations.Migration):
    dependencies = [("legal_guides", "0005_glossary_and_audio")]

    operations = [migrations.RunPython(drop_copied_recordings, migrations.RunPython.noop)]
