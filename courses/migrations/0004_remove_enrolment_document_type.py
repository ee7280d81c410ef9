"""Stop keeping the identity document's type (issue 17): with choices such as "Refugee ID" and
"I have no document", it told anyone reading the database who is undocumented.

The values are blanked first, so that nothing of them is left in the table's pages even where the
database only marks a dropped column as gone (PostgreSQL), then the column is dropped.
"""

from django.db import migrations


def blank_document_types(apps, schema_editor):
    Enrolment = apps.get_model("courses", "Enrolment")
    Enrolment.objects.exclude(document_type="").update(document_type="")


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_offers_and_phone_messages"),
    ]

    operations = [
        migrations.RunPython(blank_document_types, migrations.RunPython.noop),
        migrations.RemoveField(model_name="enrolment", name="document_type"),
    ]
