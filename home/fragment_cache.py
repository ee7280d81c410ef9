"""Parts of pages cached until the site's content changes: one key scheme for every app.

A fragment (the guides' "what next" panel, the plan tracker, the site chrome…) is cached under
the site-wide content version and the visitor's language. home/page_cache.py bumps that version
after every publish, unpublish, move, delete, view restriction and snippet, setting or enrolment
change (docs/caching.md), so no app keeps a version key or invalidation signals of its own.
"""

from .localization import active_language
from .page_cache import content_version


def fragment_key(name, *parts):
    """The cache key of fragment `name` for these parts (ids), in the visitor's language, valid
    until the next content change: `fragment_key("community:plan", page.pk)`."""
    return ":".join(str(part) for part in (name, content_version(), active_language(), *parts))
