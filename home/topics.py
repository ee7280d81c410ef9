"""Topics on content, one way for every app.

How topics are linked: a page or snippet is tagged with the Spanish (source-language) topics,
and its `topics` field is a `SynchronizedField`, so each translation carries the same Spanish
topics (wagtail-localize copies them on every sync). To show them, or to match content across
languages, a topic is identified by its `translation_key`, which every translation of a topic
shares and no translator can change (unlike the slug, which a translation may override).
"""

from django.conf import settings
from django.db.models import Q

from .localization import in_active_locale_or_default, translations_of
from .models import Topic


def source_language_topics():
    """`limit_choices_to` of every topics field: editors choose among the Spanish topics."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


def all_topics():
    """Every topic, in the visitor's language (Spanish when not translated yet), sorted."""
    return list(in_active_locale_or_default(Topic.objects.all()).order_by("sort_order", "name"))


def localized_topics(topics, language=None):
    """These topics (a queryset, any language) in `language` (default: the visitor's), else in
    Spanish, sorted: one query."""
    return list(translations_of(topics, language).order_by("sort_order", "name"))


def same_topics(topic_ids):
    """The translation keys of these topics (any language), as a subquery: filter content with
    `topics__translation_key__in=same_topics(ids)`."""
    return Topic.objects.filter(pk__in=list(topic_ids)).values("translation_key")
