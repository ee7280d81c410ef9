"""Databases built once per test run and copied for each user.

- The migrated database (PostgreSQL only): `migrate` runs once per run instead of once per
  pytest-xdist worker; each worker's test database is a copy of it (`copy_migrated`, from
  tests/conftest.py's `django_db_keepdb`), and so is the demo's.
- The demo site (`seed_demo --demo-users` on top): the browser tests' server and the test modules
  that read the demo content each get a copy (`copy`).

Each is built by the first process of the run that needs it, under a lock in the run's shared
temporary folder; a copy takes well under a second (`CREATE DATABASE … TEMPLATE`, or a file copy),
so no test sees another's changes. Every database made for the run is listed as it is created,
and whatever is left of them (the templates, a copy or a build cut short by an interrupted run) is
dropped at the end of the run (`drop_databases`, from pytest_sessionfinish).
"""

import contextlib
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url

REPO = Path(__file__).resolve().parents[1]
TEMPLATE_FILE = "demo-template-url"
MIGRATED_FILE = "migrated-database-url"
BUILDER_FILE = "demo-template-builder.pid"
MADE_FILE = "databases-made"  # the URL of each database made for the run, one per line


def run_root(tmp_path_factory):
    """The temporary folder shared by every process of this run (pytest-xdist's workers have
    their own folder inside the controller's)."""
    root = tmp_path_factory.getbasetemp()
    return root.parent if os.environ.get("PYTEST_XDIST_WORKER") else root


def _base_url():
    return os.environ.get("DATABASE_URL", "")


def postgres():
    return _base_url().startswith("postgres")


def _admin_execute(*statements):
    import psycopg

    admin_url = _base_url().rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def server_environment(database_url, media_root):
    """The environment for a `manage.py` process of the test settings on this database."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "quito_site.settings.test",
        "DATABASE_URL": database_url,
        "TEST_MEDIA_ROOT": str(media_root),
    }


def postgres_url(name):
    return _base_url().rsplit("/", 1)[0] + "/" + name


def _create_database(root, name, template=None):
    """CREATE DATABASE (PostgreSQL), listed first so that the end of the run drops it, even
    half-made. The caller holds the template's lock where there is one."""
    with open(root / MADE_FILE, "a") as made:
        made.write(postgres_url(name) + "\n")
    _admin_execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


def _manage(*arguments, database_url, media_root):
    subprocess.run(
        [sys.executable, str(REPO / "manage.py"), *arguments],
        env=server_environment(database_url, media_root),
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )


@contextlib.contextmanager
def _locked(root, record_name):
    """The record's path, with the run's lock on it held (one lock per record)."""
    with open(root / f"{record_name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield root / record_name


def _built_once(root, record_name, build):
    """The lines `build()` returned for the first caller of the run; later callers wait for it."""
    with _locked(root, record_name) as record:
        if not record.exists():
            record.write_text("\n".join(build()) + "\n")
        return record.read_text().split("\n")[:-1]


def _build_migrated(root):
    name = f"quito_migrated_{uuid.uuid4().hex[:12]}"
    _create_database(root, name)
    url = postgres_url(name)
    # --run-syncdb as Django's own test database set-up does (apps without migrations).
    _manage("migrate", "--run-syncdb", "--noinput", "-v0", database_url=url, media_root=root)
    return [url]


def _migrated(root):
    return _built_once(root, MIGRATED_FILE, lambda: _build_migrated(root))[0]


def copy_migrated(tmp_path_factory, name):
    """(Re)create the database `name` as a copy of the run's migrated database (PostgreSQL
    only), which the first caller of the run migrates."""
    template_name = _migrated(run_root(tmp_path_factory)).rsplit("/", 1)[1]
    with _locked(run_root(tmp_path_factory), MIGRATED_FILE):
        _admin_execute(
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
            f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"',
        )


def _build(root):
    name = f"quito_demo_{uuid.uuid4().hex[:12]}"
    media = root / f"{name}-media"
    if postgres():
        url = postgres_url(name)
        template_name = _migrated(root).rsplit("/", 1)[1]
        with _locked(root, MIGRATED_FILE):  # a template must have no other session while copied
            _create_database(root, name, template_name)
    else:
        url = f"sqlite:///{root / name}.sqlite3"
        _manage("migrate", "--noinput", "-v0", database_url=url, media_root=media)
    _manage("seed_demo", "--demo-users", database_url=url, media_root=media)
    return [url, str(media)]


def template(tmp_path_factory):
    """(database URL, media folder) of the seeded template, built by the first caller of the run."""
    root = run_root(tmp_path_factory)
    url, media = _built_once(root, TEMPLATE_FILE, lambda: _build(root))
    return url, Path(media)


def start_building(root):
    """Start building the seeded template in a background process, unless it is built or being
    built: the workers go on with other tests meanwhile (tests/conftest.py runs the tests that
    need the demo last). The process holds the template's lock until it has written the record, so
    `template()` waits for it; if it fails, `template()` builds the template itself. On
    PostgreSQL the process waits for the migrated database (or migrates it, if first).

    `root` is the run's shared folder (`run_root`)."""
    lock = open(root / f"{TEMPLATE_FILE}.lock", "w")  # noqa: SIM115 - handed to the process
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # another process is building it
        if (root / TEMPLATE_FILE).exists():
            return
        with open(root / "demo-template-build.log", "w") as log:
            builder = subprocess.Popen(  # noqa: S603 - this module, run as a script (below)
                [sys.executable, "-m", "tests.demo_database", str(root)],
                pass_fds=(lock.fileno(),),  # the lock stays held until the process exits
                cwd=REPO,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, stopped with its children
            )
        (root / BUILDER_FILE).write_text(str(builder.pid))


def copy(tmp_path_factory):
    """(database URL, media folder) of a new copy of the seeded template, for one user."""
    template_url, template_media = template(tmp_path_factory)
    root = run_root(tmp_path_factory)
    name = f"quito_demo_copy_{uuid.uuid4().hex[:12]}"
    media = root / f"{name}-media"
    if template_media.exists():
        shutil.copytree(template_media, media)
    else:
        media.mkdir()
    if postgres():
        template_name = template_url.rsplit("/", 1)[1]
        with _locked(root, TEMPLATE_FILE):  # a template must have no other session while copied
            _create_database(root, name, template_name)
        return postgres_url(name), media
    path = root / f"{name}.sqlite3"
    shutil.copyfile(template_url.removeprefix("sqlite:///"), path)
    return f"sqlite:///{path}", media


def drop(url):
    if url.startswith("postgres"):
        _admin_execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    else:
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)


def drop_databases(root):
    """At the end of the run: stop a background build still running (an interrupted run), then
    drop every database made for the run that is still there."""
    builder = root / BUILDER_FILE
    if builder.exists():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(int(builder.read_text()), signal.SIGTERM)
        builder.unlink()
    made = root / MADE_FILE
    urls = made.read_text().split() if made.exists() else []
    for record_name in (TEMPLATE_FILE, MIGRATED_FILE):
        record = root / record_name
        if record.exists():
            urls.append(record.read_text().split("\n")[0])  # a SQLite template is a file
            record.unlink()
    for url in dict.fromkeys(urls):
        drop(url)
    made.unlink(missing_ok=True)


@contextlib.contextmanager
def seeded_demo(django_db_blocker, tmp_path_factory):
    """The tests inside use a copy of the seeded demo as their database (each test still rolls
    back its own changes). Use in a module-scoped fixture:
    `with seeded_demo(django_db_blocker, tmp_path_factory): yield`."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connections
    from django.test import override_settings

    url, media = copy(tmp_path_factory)
    connection = connections["default"]
    saved = dict(connection.settings_dict)
    with django_db_blocker.unblock():
        connection.close()
        parsed = dj_database_url.parse(url)
        connection.settings_dict.update({key: parsed[key] for key in ("NAME", "HOST", "PORT")})
        ContentType.objects.clear_cache()  # the copy numbered its content types itself
        try:
            with override_settings(MEDIA_ROOT=str(media)):
                yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)
            ContentType.objects.clear_cache()
            drop(url)
            shutil.rmtree(media, ignore_errors=True)


def publish_at_once(func, using=None, robust=False):
    """`transaction.on_commit` as `seed_demo` meets it in autocommit: the callback runs at once.

    For tests that seed part of the demo inside their transaction: wagtail-localize publishes
    translations on commit, and deferred to the end of the test, a translated section would be
    published as it was before its children were translated (with no children).
    """
    func()


if __name__ == "__main__":  # start_building's background process, holding the template's lock
    run = Path(sys.argv[1])
    (run / TEMPLATE_FILE).write_text("\n".join(_build(run)) + "\n")
    (run / BUILDER_FILE).unlink(missing_ok=True)
