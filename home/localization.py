"""Reading content in the visitor's language, falling back to Spanish (the source language).

Every app reads translatable pages and snippets through these helpers, so the fallback rule
lives in one place.
"""

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language

from wagtail.models import Locale


def active_locale():
    """The Locale for the current request's language, or the default one."""
    try:
        return Locale.objects.get_for_language(get_language() or settings.LANGUAGE_CODE)
    except Locale.DoesNotExist:
        return Locale.get_default()


def default_locale():
    return Locale.get_default()


def active_language():
    """The active content language code: one of settings.LANGUAGES, else the default."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def in_active_locale(queryset):
    """Filter pages or translatable snippets to the visitor's language, without an extra query."""
    return queryset.filter(locale__language_code=active_language())


def in_active_locale_or_default(queryset):
    """Items in the active locale, plus Spanish items that have no translation in it yet.

    Works for pages and translatable snippets alike, in a single query.
    """
    active = active_language()
    if active == settings.LANGUAGE_CODE:
        return queryset.filter(locale__language_code=active)
    translated_keys = queryset.model.objects.filter(locale__language_code=active).values(
        "translation_key"
    )
    return queryset.filter(
        Q(locale__language_code=active)
        | (
            Q(locale__language_code=settings.LANGUAGE_CODE)
            & ~Q(translation_key__in=translated_keys)
        )
    )


def localized_snippet(model):
    """The first instance of a translatable snippet in the active language, else in Spanish."""
    instances = {
        item.locale.language_code: item
        for item in in_active_locale_or_default(model.objects.select_related("locale"))[:2]
    }
    return instances.get(active_language()) or instances.get(settings.LANGUAGE_CODE)


class DefaultLocaleFallbackMixin:
    """For index pages: a child that is not translated yet is served from the Spanish tree.

    `/en/guides/some-guide/` shows the Spanish guide, with the English interface and a notice,
    instead of a 404. The base template shows the notice whenever a page's locale differs from
    the active language.
    """

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components or self.locale.language_code == settings.LANGUAGE_CODE:
                raise
            source = self.get_translation_or_none(default_locale())
            if source is None or not source.live:
                raise
            return source.specific.route(request, path_components)

    def child_url(self, child):
        """URL of a listed child: its own URL, or its fallback URL under this index."""
        if child.locale_id == self.locale_id:
            return child.url
        return f"{self.url}{child.slug}/"
