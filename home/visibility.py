"""Which pages the public may see: none under a view restriction, in any language.

A page is private when a view restriction (a password, a login or groups) is set

- on the page or on one of its ancestors (Wagtail's own rule), or
- on the Spanish (source) version of the page or of one of its ancestors, or on an ancestor of
  that Spanish version: translations inherit the restriction of their source.

Private pages are left out of every list, teaser, related-content panel, feed, sitemap and search
result: wrap the queryset in `public_pages()`. The check runs inside the list's own query
(correlated subqueries), so a list of 50 pages costs the same number of queries as a list of 5.

When a translation is served, `restrictions_inherited_from_source()` gives the restrictions it
inherits; a hook asks for them the way Wagtail asks for the page's own (see
`check_inherited_view_restrictions`). A translation with a restriction of its own keeps its own
and inherits nothing.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.db.models import Exists, ExpressionWrapper, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from wagtail.models import Locale, Page, PageViewRestriction

SOURCE_LOCALE_ID_KEY = "home:source-locale-id"
SOURCE_RESTRICTIONS_KEY = "home:source-restrictions-exist"
SOURCE_RESTRICTIONS_SECONDS = 60  # bounds staleness should a process-local cache be in use


def _outer_path():
    return ExpressionWrapper(OuterRef("path"), output_field=models.CharField())


def _covering_restrictions():
    """Restrictions on the outer page or on one of its ancestors (their path starts its path)."""
    return PageViewRestriction.objects.filter(StartsWith(_outer_path(), F("page__path")))


def _private_source_keys():
    """translation_key of every Spanish page on or under a restricted page (not correlated)."""
    return (
        Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .filter(Exists(_covering_restrictions()))
        .values("translation_key")
    )


def public_pages(queryset):
    """The pages of `queryset` that anyone may see, in the same query."""
    restricted_itself = Exists(_covering_restrictions())
    # The page or an ancestor is a translation of a private Spanish page.
    translates_private_source = Exists(
        Page.objects.filter(
            StartsWith(_outer_path(), F("path")), translation_key__in=_private_source_keys()
        )
    )
    return queryset.exclude(restricted_itself).exclude(translates_private_source)


def is_public(page):
    """True when anyone may see `page` (one query)."""
    return public_pages(Page.objects.filter(pk=page.pk)).exists()


def _source_locale_id():
    """The Spanish Locale's id, kept in the shared cache: it spares a query on every page served."""
    return cache.get_or_set(SOURCE_LOCALE_ID_KEY, lambda: Locale.get_default().pk, None)


def _any_source_restriction():
    """Whether any Spanish page has a restriction. Asked for every translation served and nearly
    always no, so it is cached, and forgotten whenever a restriction is saved or deleted."""
    return cache.get_or_set(
        SOURCE_RESTRICTIONS_KEY,
        lambda: PageViewRestriction.objects.filter(page__locale_id=_source_locale_id()).exists(),
        SOURCE_RESTRICTIONS_SECONDS,
    )


def forget_source_restrictions(**kwargs):
    cache.delete(SOURCE_RESTRICTIONS_KEY)
    transaction.on_commit(lambda: cache.delete(SOURCE_RESTRICTIONS_KEY))


post_save.connect(
    forget_source_restrictions, sender=PageViewRestriction, dispatch_uid="home_restriction_saved"
)
post_delete.connect(
    forget_source_restrictions, sender=PageViewRestriction, dispatch_uid="home_restriction_deleted"
)


def restrictions_inherited_from_source(page):
    """The restrictions a translation inherits from its Spanish source (one query, or none when no
    Spanish page has a restriction).

    Those on the Spanish versions of the page and of its ancestors, and on their ancestors; none
    when the page has a restriction of its own, and none for a Spanish page (Wagtail checks those).
    """
    if page.locale_id == _source_locale_id() or not _any_source_restriction():
        return []
    own_branch = [page.path[: page.steplen * depth] for depth in range(1, page.depth + 1)]
    spanish_versions = Page.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE,
        translation_key__in=Page.objects.filter(path__in=own_branch).values("translation_key"),
    )
    inherited = Q(page__locale__language_code=settings.LANGUAGE_CODE) & Exists(
        spanish_versions.filter(StartsWith(F("path"), OuterRef("page__path")))
    )
    restrictions = list(
        PageViewRestriction.objects.filter(Q(page_id=page.pk) | inherited)
        .exclude(page__path__in=own_branch[:-1])
        .order_by("pk")
    )
    if any(restriction.page_id == page.pk for restriction in restrictions):
        return []  # an editor gave this translation its own restriction, checked by Wagtail
    return restrictions


def restriction_response(page, request, restriction):
    """What Wagtail answers when `restriction` is not met: its password form, or its login page."""
    from wagtail.forms import PasswordViewRestrictionForm
    from wagtail.wagtail_hooks import require_wagtail_login

    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        form = PasswordViewRestrictionForm(
            instance=restriction, initial={"return_url": request.get_full_path()}
        )
        action_url = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]
        )
        response = page.serve_password_required_response(request, form, action_url)
    else:
        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response


def check_inherited_view_restrictions(serve):
    """An `on_serve_page` hook: a translation asks for what its Spanish source asks for.

    Wagtail's own hook checks the page's own restrictions; this one checks the inherited ones with
    the same forms and session, so a visitor who typed the Spanish page's password can read its
    translations too.
    """

    def inner(page, request, serve_args, serve_kwargs):
        restrictions = restrictions_inherited_from_source(page)
        for restriction in restrictions:
            if not restriction.accept_request(request):
                return restriction_response(page, request, restriction)
        response = serve(page, request, serve_args, serve_kwargs)
        if restrictions:
            add_never_cache_headers(response)
        return response

    return inner
