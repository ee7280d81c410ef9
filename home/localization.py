"""Reading content in the visitor's language, falling back to Spanish (the source language).

Every app reads translatable pages and snippets through these helpers, so the fallback rule
lives in one place. The other shared helpers a new app should use sit beside it: home/topics.py
(topics on content), home/dates.py (dates), home/json_ld.py (structured data) and
home/fragment_cache.py (parts of pages cached until the content changes).
"""

from django.conf import settings
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import get_language

from wagtail.models import DraftStateMixin, Locale, Page


def default_locale():
    return Locale.get_default()


def active_language():
    """The active content language code: one of settings.LANGUAGES, else the default."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def live_snippets(queryset):
    """Only the live (published) objects of a draftable snippet's queryset; others unchanged.

    Pages are left to their callers (`.live()`, home.visibility). A snippet's row always holds its
    live version (drafts wait in revisions), so this filter is all visitors' queries need."""
    model = queryset.model
    if issubclass(model, DraftStateMixin) and not issubclass(model, Page):
        return queryset.filter(live=True)
    return queryset


def in_active_locale(queryset):
    """Filter pages or translatable snippets to the visitor's language, without an extra query."""
    return live_snippets(queryset).filter(locale__language_code=active_language())


def in_language_or_default(queryset, language):
    """Items in `language`, plus Spanish items that have no translation in it yet.

    Works for pages and translatable snippets alike, in a single query.
    """
    queryset = live_snippets(queryset)
    if language == settings.LANGUAGE_CODE:
        return queryset.filter(locale__language_code=language)
    translated_keys = live_snippets(
        queryset.model.objects.filter(locale__language_code=language)
    ).values("translation_key")
    return queryset.filter(
        Q(locale__language_code=language)
        | (
            Q(locale__language_code=settings.LANGUAGE_CODE)
            & ~Q(translation_key__in=translated_keys)
        )
    )


def in_active_locale_or_default(queryset):
    """Items in the active locale, plus Spanish items that have no translation in it yet."""
    return in_language_or_default(queryset, active_language())


def translations_of(queryset, language=None):
    """The objects of `queryset` (in any language) in `language`, else in Spanish: one query.

    `language` defaults to the visitor's. Translations are found by `translation_key`, which
    wagtail-localize gives every translation of a page or snippet, so it works whichever
    language's objects a relation points at.
    """
    if isinstance(queryset, QuerySet):
        keys = queryset.values("translation_key")  # a subquery: still one query
    else:  # modelcluster's in-memory relation of a page being previewed
        keys = [obj.translation_key for obj in queryset]
    return in_language_or_default(
        queryset.model.objects.filter(translation_key__in=keys), language or active_language()
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
            return self.route_to_child(request, path_components)
        except Http404:
            if not path_components or self.locale.language_code == settings.LANGUAGE_CODE:
                raise
            source = self.get_translation_or_none(default_locale())
            if source is None or not source.live:
                raise
            return source.specific.route(request, path_components)

    def route_to_child(self, request, path_components):
        """An index of one kind of page (courses, events) finds the child in one query, with its
        own fields, instead of two (the page, then the specific page)."""
        child_models = self.allowed_subpage_models()
        if not path_components or len(child_models) != 1:
            return super().route(request, path_components)
        child = child_models[0].objects.child_of(self).filter(slug=path_components[0]).first()
        if child is None:
            raise Http404
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def child_url(self, child):
        """URL of a listed child: its own URL, or the URL this index serves it at (`route`)."""
        if child.locale_id == self.locale_id:
            return child.url
        index_url = self.url
        return f"{index_url}{child.slug}/" if index_url else None


def localized_map(model, objects):
    """{translation_key: the object in the visitor's language, else Spanish} for these objects of
    any language (a relation's topics, chosen services): one query."""
    keys = {obj.translation_key for obj in objects if obj is not None}
    if not keys:
        return {}
    queryset = in_active_locale_or_default(model.objects.filter(translation_key__in=keys))
    return {item.translation_key: item for item in queryset}


def localize_list(mapping, objects):
    """`objects` swapped for their entry in `mapping` (from `localized_map` or a list already in
    the visitor's language, keyed by translation_key); kept as they are when it has none."""
    return [mapping.get(obj.translation_key, obj) for obj in objects if obj is not None]


def localized_related_field(relation, model, field="name"):
    """An annotation: `field` of the translatable object at `relation`, in the visitor's language,
    else as stored (Spanish). A subquery, so a list costs no extra query:
    `.annotate(topic_name=localized_related_field("topic", Topic))`."""
    translation = live_snippets(model.objects.all()).filter(
        translation_key=OuterRef(f"{relation}__translation_key"),
        locale__language_code=active_language(),
    )
    return Coalesce(Subquery(translation.values(field)[:1]), F(f"{relation}__{field}"))
