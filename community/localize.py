"""Showing related translatable objects in the visitor's language without one query per item.

Synchronised relations (an event's topics, an action's objective) point at the Spanish objects;
these helpers swap them for their translation in the active language in a single query.
"""

from home.localization import in_active_locale_or_default


def localized_map(model, objects):
    """{translation_key: the object in the active language, else Spanish} for these objects."""
    keys = {obj.translation_key for obj in objects if obj is not None}
    if not keys:
        return {}
    queryset = in_active_locale_or_default(model.objects.filter(translation_key__in=keys))
    return {item.translation_key: item for item in queryset}


def localize_list(mapping, objects):
    return [mapping.get(obj.translation_key, obj) for obj in objects if obj is not None]
