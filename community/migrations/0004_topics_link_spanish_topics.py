# Topics are linked the same way everywhere (home/topics.py): the Spanish topics, synchronised to
# every translation, matched across languages by translation_key.

import home.topics
import modelcluster.fields
from django.conf import settings
from django.db import migrations

TAGGED = ["EventPage", "ServiceProvider", "PartnerOrganisation"]


def link_spanish_topics(apps, schema_editor):
    """Every tag points at a Spanish topic, and a translation has its Spanish source's topics.

    A tag on a topic of another language moves to the Spanish topic with the same
    translation_key; then each translation gets its source's topics, as wagtail-localize's
    SynchronizedField("topics") writes them on every sync from now on.
    """
    Topic = apps.get_model("home", "Topic")
    source = settings.LANGUAGE_CODE
    topics = {
        pk: (key, code)
        for pk, key, code in Topic.objects.values_list(
            "pk", "translation_key", "locale__language_code"
        )
    }
    spanish = {key: pk for pk, (key, code) in topics.items() if code == source}
    for name in TAGGED:
        model = apps.get_model("community", name)
        field = model._meta.get_field("topics")
        through, owner = field.remote_field.through, f"{field.m2m_field_name()}_id"
        tags = {}
        for owner_id, topic_id in through.objects.values_list(owner, "topic_id"):
            tags.setdefault(owner_id, []).append(spanish.get(topics[topic_id][0], topic_id))
        items = list(model.objects.values_list("pk", "translation_key", "locale__language_code"))
        sources = {key: pk for pk, key, code in items if code == source}
        through.objects.all().delete()
        rows = []
        for pk, key, _code in items:
            own = tags.get(sources.get(key, pk), [])
            rows += [
                through(**{owner: pk, "topic_id": topic_id}) for topic_id in dict.fromkeys(own)
            ]
        through.objects.bulk_create(rows)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0003_communityspacepage_eventindexpage_feedbackpage_and_more"),
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="eventpage",
            name="topics",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                limit_choices_to=home.topics.source_language_topics,
                to="home.topic",
                verbose_name="topics",
            ),
        ),
        migrations.AlterField(
            model_name="partnerorganisation",
            name="topics",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                limit_choices_to=home.topics.source_language_topics,
                to="home.topic",
                verbose_name="topics served",
            ),
        ),
        migrations.AlterField(
            model_name="serviceprovider",
            name="topics",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                limit_choices_to=home.topics.source_language_topics,
                to="home.topic",
                verbose_name="topics",
            ),
        ),
        migrations.RunPython(link_spanish_topics, migrations.RunPython.noop),
    ]
