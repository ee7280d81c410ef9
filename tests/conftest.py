"""Shared fixtures: the page tree in four languages, built the way editors build it."""

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction
from django.test import TransactionTestCase
from django.utils import translation

from wagtail.models import Collection, Locale, Page, Site

import pytest

from home.demo import translate
from home.models import HomePage
from tests import demo_database, module_pages
from tests.browser.helpers import CHROMIUM

# The sections (community, courses, guides) as every test folder builds them.
pytest_plugins = ["tests.sections"]

# Playwright runs an event loop in the test thread; Django refuses sync DB access there without this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

HOME_TITLES = {"es": "Inicio", "en": "Home", "fr": "Accueil", "ht": "Akèy"}
HOME_SLUGS = {"es": "inicio", "en": "home", "fr": "accueil", "ht": "akey"}


def is_postgres():
    return connection.vendor == "postgresql"


def _required(name):
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no")


# A test marked `requires_postgres` is skipped on SQLite, unless REQUIRE_POSTGRES is set (CI): then
# it fails, so that a run cannot pass with the PostgreSQL-only tests quietly left out.
requires_postgres = pytest.mark.requires_postgres
_NO_POSTGRES = "needs PostgreSQL: run `make test` with PostgreSQL installed, or set DATABASE_URL"


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "requires_postgres: skipped without PostgreSQL (fails with REQUIRE_POSTGRES=1)"
    )
    config.addinivalue_line(
        "markers",
        "own_page_tree: the test needs a database without the page tree that the other tests of its"
        " module share (its module builds pages test by test)",
    )
    # Set by pytest_collection_modifyitems below; registered here too for runs without xdist.
    config.addinivalue_line("markers", "xdist_group(name): tests that run on one xdist worker")


def _transactional(item):
    """Whether pytest-django runs `item` as a TransactionTestCase (it flushes the tables after)."""
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


def _set_nodeid(item, nodeid):
    if hasattr(item, "_id"):  # pytest ≥ 9.2
        from _pytest.nodeid import NodeId

        item._id = NodeId.parse(nodeid)
    else:
        item._nodeid = nodeid


def _needs_demo(item):
    """Whether a test reads the seeded demo: a module on a copy of it, or a browser test (its
    server runs on one) where there is a Chromium to run it."""
    if "demo_site" in getattr(item, "fixturenames", ()):
        return True
    return _module_path(item).startswith("tests/browser/") and Path(CHROMIUM).exists()


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (scripts/test.sh), tests that must share a worker get one group:
    - the transactional tests run on one worker in the order of a serial run: a flush (followed by
      post_migrate, which recreates content types with new ids) must not come before a test with
      `serialized_rollback` that a serial run puts first;
    - the tests of a module that use a module-scoped fixture (a copy of the seeded demo, a built
      wheel, …) share it, instead of building it once per worker.
    Other tests are spread over the workers one by one; each worker that runs browser tests starts
    its own server. The groups are set before pytest-xdist reads them; afterwards (pytest-django
    has put the database tests first) they are sorted by `_run_order`, so that the database is
    migrated and the demo built in the background meanwhile (`_demo_in_background`)."""
    for item in items:
        if item.get_closest_marker("xdist_group"):
            continue
        path = _module_path(item)
        fixture_info = getattr(item, "_fixtureinfo", None)
        if _transactional(item):
            item.add_marker(pytest.mark.xdist_group("transactional"))
        elif fixture_info is not None and any(
            definitions[-1].scope == "module" and name != "_module_home_pages"
            for name, definitions in fixture_info.name2fixturedefs.items()
        ):
            item.add_marker(pytest.mark.xdist_group(path))
    result = yield
    if getattr(config.option, "loadgroup", False):  # a pytest-xdist worker, `--dist loadgroup`
        for item in items:
            # The group goes into the test id as `nodeid@group`, which the scheduler reads.
            # pytest-xdist 3.8's own hook sets `item._nodeid`, which pytest 9.2 no longer reads
            # (ids are `item._id`, a NodeId): without this every group is silently split.
            group = item.get_closest_marker("xdist_group")
            if group and not item.nodeid.endswith(f"@{group.args[0]}"):
                _set_nodeid(item, f"{item.nodeid}@{group.args[0]}")
        # The scheduler hands out work in this order (scripts/test.sh turns off its own reordering
        # by group size).
        database_modules = {_module_path(item) for item in items if _uses_database(item)}
        items.sort(key=lambda item: _run_order(item, database_modules))
    return result


_DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server"}


def _uses_database(item):
    test_class = getattr(item, "cls", None)
    return bool(
        item.get_closest_marker("django_db")
        or _DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
        or (test_class is not None and issubclass(test_class, TransactionTestCase))  # and TestCase
    )


def _module_path(item):
    return item.nodeid.split("::")[0]


def _run_order(item, database_modules):
    """The tests that read the seeded demo (browser tests included: they use no test database)
    last. Before them, the modules without a database test first (the wheel's, the CI scripts'):
    they run while the test database is migrated (tests/demo_database.py); a module's tests stay
    together, so that its module-scoped fixtures are built once. Then the long transactional
    group, then the rest."""
    if _needs_demo(item):
        return 3
    if _module_path(item) not in database_modules:
        return 0
    group = item.get_closest_marker("xdist_group")
    return 1 if group and group.args[0] == "transactional" else 2


def pytest_sessionfinish(session):
    if not os.environ.get("PYTEST_XDIST_WORKER"):  # the controller, or a run without workers
        demo_database.drop_databases(session.config._tmp_path_factory.getbasetemp())


def pytest_runtest_setup(item):
    if item.get_closest_marker("requires_postgres") and not os.environ.get(
        "DATABASE_URL", ""
    ).startswith("postgres"):
        if _required("REQUIRE_POSTGRES"):
            pytest.fail(
                f"REQUIRE_POSTGRES is set but the tests run without PostgreSQL: {_NO_POSTGRES}",
                pytrace=False,
            )
        pytest.skip(_NO_POSTGRES)


@pytest.fixture(scope="session", autouse=True)
def _demo_in_background(request, tmp_path_factory):
    """Where some test of the run reads the seeded demo, the first worker to start starts building
    it in the background (tests/demo_database.py)."""
    if any(_needs_demo(item) for item in request.session.items):
        demo_database.start_building(demo_database.run_root(tmp_path_factory))


@pytest.fixture(scope="session")
def django_db_keepdb(request, django_db_modify_db_settings, django_db_blocker, tmp_path_factory):
    """On PostgreSQL, each worker's test database is a copy of one database migrated once per run
    (tests/demo_database.py), which pytest-django then keeps ("keepdb": nothing left to migrate)
    instead of migrating its own; the copy is dropped at the end of the session."""
    reuse_db = request.config.getvalue("reuse_db")
    if reuse_db or not demo_database.postgres():
        return reuse_db
    from django.db import connection

    name = connection.creation._get_test_db_name()
    with django_db_blocker.unblock():
        demo_database.copy_migrated(tmp_path_factory, name)

    def drop_copy():
        with django_db_blocker.unblock():
            connection.close()
            demo_database.drop(demo_database.postgres_url(name))

    request.addfinalizer(drop_copy)
    return True


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The module's tests run on their own copy of the seeded demo site (`seed_demo`); each test
    still rolls back its own changes."""
    with demo_database.seeded_demo(django_db_blocker, tmp_path_factory):
        yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: the test client's requests go through
    LocaleMiddleware, which activates the page's language and leaves it active in this thread."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and cached pages must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


def _base_rows():
    """The locales, and what migrations make if a transactional test flushed the tables."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    if Page.get_first_root_node() is None:
        # A transactional test before this one flushed the tables that migrations had filled:
        # rebuild what they made, a root and a placeholder page that the default Site points at
        # (`home_page` deletes the placeholder, never the root). Content types were recreated with
        # new ids.
        ContentType.objects.clear_cache()
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["es"]))
        welcome = root.add_child(
            instance=Page(title="Welcome", slug="welcome", locale=locales["es"])
        )
        Site.objects.get_or_create(
            is_default_site=True, defaults={"hostname": "testserver", "root_page": welcome}
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")  # images and documents live in a collection
    # A flush also removes the permission that a data migration of wagtail-localize made (the
    # roles grant it); usually it is there and nothing changes.
    translation_type = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )[0]
    Permission.objects.get_or_create(
        content_type=translation_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    return locales


def _build_home_page(locales):
    """The Spanish home page as the default Site's root (the existing Site is re-pointed)."""
    root = Page.get_first_root_node()
    home = HomePage(
        title=HOME_TITLES["es"], slug=HOME_SLUGS["es"], welcome="Bienvenida", locale=locales["es"]
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.hostname, site.port = "testserver", 80
    site.save()
    if old_root.pk != home.pk and type(old_root.specific) is Page:
        old_root.delete()
    return home


def _translate_home_page(home_page):
    """The home page in the other three languages, translated through wagtail-localize (which
    publishes in on_commit callbacks: call inside captureOnCommitCallbacks(execute=True))."""
    return {
        code: translate(
            home_page,
            code,
            title=HOME_TITLES[code],
            slug=HOME_SLUGS[code],
            welcome=f"Welcome {code}",
        )
        for code in ("en", "fr", "ht")
    }


def _shares_page_tree(module_items):
    """Whether a module's tests share one page tree: those of a module where a test uses the home
    page, unless one of them commits (a transactional test, or a server thread that must see the
    data), reads the seeded demo or needs a database without the tree (`own_page_tree`)."""
    return any("home_page" in item.fixturenames for item in module_items) and not any(
        _transactional(item)
        or "demo_site" in item.fixturenames
        or item.get_closest_marker("own_page_tree")
        for item in module_items
    )


@pytest.fixture(scope="module", autouse=True)
def _module_home_pages(request, django_db_blocker):
    """The home page, built once for a module's tests instead of once per test, and translated
    into en, fr and ht when a test of the module asks for `home_pages` (wagtail-localize takes
    most of a second to translate a page). Every database test of the module sees them, whether it
    asks for them or not; tests/module_pages.py says how the module's transaction undoes each
    test's changes. Yields the pages' ids by language, or None where the module's tests cannot
    share (`_shares_page_tree`): those build their pages test by test."""
    module_items = [item for item in request.session.items if item.module is request.module]
    if not _shares_page_tree(module_items):
        yield None
        return
    request.getfixturevalue("django_db_setup")  # the test database, only for modules that use it
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction._from_testcase = True  # tests' durable atomic blocks may nest inside
        module_transaction.__enter__()
    try:
        with module_pages.building(django_db_blocker):
            pages = {"es": _build_home_page(_base_rows())}
            if module_pages.module_uses(request, "home_pages"):
                pages.update(_translate_home_page(pages["es"]))
        yield module_pages.page_ids(pages)
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


@pytest.fixture
def locales(db):
    return _base_rows()


@pytest.fixture
def home_page(locales, _module_home_pages):
    """The Spanish home page, the default Site's root (translated too where another test of the
    module uses `home_pages`: see `_module_home_pages`)."""
    if _module_home_pages:
        return HomePage.objects.get(pk=_module_home_pages["es"])
    return _build_home_page(locales)


@pytest.fixture
def home_pages(home_page, _module_home_pages, django_capture_on_commit_callbacks):
    """The home page in all four languages, translated through wagtail-localize."""
    if _module_home_pages:
        return module_pages.fetch(_module_home_pages)
    with django_capture_on_commit_callbacks(execute=True):
        pages = {"es": home_page, **_translate_home_page(home_page)}
    for page in pages.values():
        page.refresh_from_db()
    return pages


@pytest.fixture
def translate_page(django_capture_on_commit_callbacks):
    """translate_page(page, "en", title=..., slug=..., ...) → the live translated page."""

    def _translate(instance, language_code, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            translated = translate(instance, language_code, **fields)
        translated.refresh_from_db()
        return translated

    return _translate


@pytest.fixture
def admin_client(admin_client, admin_user):
    """pytest-django's superuser client, signed in with its second factor passed (superusers
    must pass one before the admin opens; see tests/staff_login.py)."""
    from tests.staff_login import login_verified

    return login_verified(admin_client, admin_user)
