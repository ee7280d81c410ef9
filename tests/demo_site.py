"""The demo site (`seed_demo`) for a whole test module, seeded once and rolled back at the end."""

import contextlib
import io
from unittest import mock

from django.core.management import call_command
from django.db import transaction


def publish_at_once(func, using=None, robust=False):
    """`transaction.on_commit` as `seed_demo` meets it in autocommit: the callback runs at once.

    wagtail-localize publishes translations on commit. Deferred to the end of a test's
    transaction, a translated section's publication would save it as it was before its children
    were translated (with no children), and those children would answer 404.
    """
    func()


@contextlib.contextmanager
def seeded_demo(django_db_blocker):
    """Use in a module-scoped fixture: `with seeded_demo(django_db_blocker): yield`."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            with mock.patch("django.db.transaction.on_commit", publish_at_once):
                call_command("seed_demo", "--no-users", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
