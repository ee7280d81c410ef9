"""Signal handlers that keep the per-language index current.

- publish (including wagtail-localize publishing a translation) → index the page;
- unpublish → remove it;
- delete → the entry goes with the page (foreign key cascade); snippets are removed here;
- slug change → re-index the subtree, because URLs change;
- move, view restriction → re-index the subtree in every language, because translations inherit
  their Spanish source's restrictions.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import index


def on_page_published(sender, instance, **kwargs):
    index.index_page(instance)
    if instance.locale.language_code != instance.locale.get_default().language_code:
        index.refresh_fallback_urls(instance)
    index.index_snippets_listed_on(instance)


def on_page_unpublished(sender, instance, **kwargs):
    index.remove_page(instance)
    index.index_snippets_listed_on(instance)


def on_subtree_changed(sender, instance, **kwargs):
    index.index_subtree(instance)


def on_page_moved(sender, instance, **kwargs):
    index.index_subtree_in_every_language(instance)


def on_view_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()  # gone when the page itself is deleted
    if page is not None:
        index.index_subtree_in_every_language(page)
        index.index_all_snippets()  # their listing page may be on the branch


def on_snippet_saved(sender, instance, **kwargs):
    """Index after the commit: topics (many-to-many) are saved after post_save."""
    if sender not in index.indexed_snippet_models():
        return
    model, pk = type(instance), instance.pk

    def reindex():
        obj = model.objects.filter(pk=pk).first()
        if obj is not None:
            index.index_snippet(obj)

    transaction.on_commit(reindex)


def on_snippet_deleted(sender, instance, **kwargs):
    if sender in index.indexed_snippet_models():
        index.remove_object(instance)


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    page_slug_changed.connect(on_subtree_changed, dispatch_uid="search_page_slug_changed")
    post_page_move.connect(on_page_moved, dispatch_uid="search_post_page_move")
    post_save.connect(
        on_view_restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="search_restriction_saved",
    )
    post_delete.connect(
        on_view_restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="search_restriction_deleted",
    )
    for model in index.indexed_snippet_models():
        post_save.connect(
            on_snippet_saved, sender=model, dispatch_uid=f"search_saved_{model._meta.label}"
        )
        post_delete.connect(
            on_snippet_deleted, sender=model, dispatch_uid=f"search_deleted_{model._meta.label}"
        )
