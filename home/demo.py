"""Building blocks for `seed_demo`, shared by every app's `demo.py`.

Demo content is written in Spanish and translated through wagtail-localize's own models, exactly
as a translator would in the admin, so the demo exercises the real translation flow.
"""

from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

LANGUAGE_CODES = ["es", "en", "fr", "ht"]
TARGET_LANGUAGES = ["en", "fr", "ht"]


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


def child_page(parent, model, slug, **fields):
    """Return the live child of `parent` with this slug, creating and publishing it if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, locale_id=parent.locale_id, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _string_segments(instance):
    return [
        segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)
    ]


def translate(instance, language_code, update=False, **translated_fields):
    """Translate a page or snippet into `language_code` through wagtail-localize.

    `translated_fields` hold the translated values of the instance's translatable fields, with
    the same shape as the source (same paragraphs, same StreamField blocks in the same order).
    Returns the translated instance. An existing translation is left alone unless `update`.
    """
    return translate_all(instance, {language_code: translated_fields}, update=update)[language_code]


def _current_source(instance):
    """wagtail-localize's source of `instance`, with the segments of its current content."""
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    return source


def _translate(source, instance, locale, translated_fields):
    language_code = locale.language_code
    translated_copy = type(instance).objects.get(pk=instance.pk)
    for field_name, value in translated_fields.items():
        setattr(translated_copy, field_name, value)
        field = translated_copy._meta.get_field(field_name)
        if isinstance(field, StreamField):
            field.get_prep_value(
                field.value_from_object(translated_copy)
            )  # gives new blocks their ids
    source_segments = list(
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    target_values = _string_segments(translated_copy)
    if len(source_segments) != len(target_values):
        raise ValueError(
            f"{instance!r} → {language_code}: {len(source_segments)} source segments but "
            f"{len(target_values)} translated ones; give every translatable field with the same shape."
        )
    for segment, target in zip(source_segments, target_values, strict=True):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": target.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    # wagtail-localize publishes pages with transaction.on_commit: seed outside any atomic block.
    translation.save_target(publish=True)
    result = instance.get_translation(locale)
    return result.specific if isinstance(result, Page) else result


def translate_all(instance, translations, update=False):
    """`translations` maps each target language code to that language's field values (as
    `translate` takes them). The source's segments are read once for all the languages."""
    if isinstance(instance, Page):
        instance = instance.specific
    source = None
    translated = {}
    for code, fields in translations.items():
        locale = Locale.objects.get(language_code=code)
        existing = instance.get_translation_or_none(locale)
        if existing is not None and not update:
            translated[code] = existing.specific if isinstance(existing, Page) else existing
            continue
        source = source or _current_source(instance)
        translated[code] = _translate(source, instance, locale, translated_fields=fields)
    return translated


def page_at(path, language_code="es"):
    """The live page at a URL path such as 'comunidad/eventos' under a language's home page."""
    from home.models import HomePage

    home = HomePage.objects.filter(locale__language_code=language_code).first()
    if home is None:
        return None
    page = home
    for slug in [part for part in path.strip("/").split("/") if part]:
        page = page.get_children().filter(slug=slug).first()
        if page is None:
            return None
    return page.specific
