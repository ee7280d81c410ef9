"""Pages that the tests of one module share, built once instead of once per test.

tests/conftest.py's `_module_home_pages` opens a transaction for a module whose tests can share
pages, builds the home page in four languages in it, and rolls it back after the module's last
test; each test's own transaction nests inside it, so a test's changes are still undone after it.
An app's conftest adds its section to that tree the same way: a module-scoped autouse fixture that
builds inside `building()` when `module_uses()` says a test asks for the section, and yields the
pages' ids; the test's fixture then fetches them afresh (`fetch`) or builds them itself when the
module cannot share.
"""

from contextlib import contextmanager

from django.test import TestCase

from wagtail.models import Page


def module_uses(request, fixture_name):
    """Whether a test of the module that `request` (a module-scoped fixture's) runs for uses it."""
    return any(
        fixture_name in item.fixturenames
        for item in request.session.items
        if item.module is request.module
    )


@contextmanager
def building(django_db_blocker):
    """Database access for a module-scoped fixture, with wagtail-localize's on-commit publishing
    run at the end (the module's transaction never commits)."""
    with django_db_blocker.unblock(), TestCase.captureOnCommitCallbacks(execute=True):
        yield


def page_ids(pages):
    """{key: page} → {key: id}, through nested dicts."""
    return {
        key: page_ids(value) if isinstance(value, dict) else value.pk
        for key, value in pages.items()
    }


def fetch(ids):
    """The pages afresh from the database (through nested dicts), so that no test sees another's
    unsaved changes."""
    return {
        key: fetch(value) if isinstance(value, dict) else Page.objects.get(pk=value).specific
        for key, value in ids.items()
    }
