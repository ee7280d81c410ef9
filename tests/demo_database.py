"""The demo site (`migrate` and `seed_demo --demo-users`) built once per test run and copied for
each user: the browser tests' server and the test modules that read the demo content.

Seeding takes minutes, so the first worker that needs it builds a template (a PostgreSQL database,
or a SQLite file, plus its media folder) under a lock in the run's shared temporary folder; every
user gets its own copy (`CREATE DATABASE … TEMPLATE`, or a file copy), so no test sees another's
changes. The template is dropped at the end of the run (`drop_template`, from pytest_sessionfinish).
"""

import contextlib
import fcntl
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url

REPO = Path(__file__).resolve().parents[1]
TEMPLATE_FILE = "demo-template-url"


def run_root(tmp_path_factory):
    """The temporary folder shared by every process of this run (pytest-xdist's workers have
    their own folder inside the controller's)."""
    root = tmp_path_factory.getbasetemp()
    return root.parent if os.environ.get("PYTEST_XDIST_WORKER") else root


def _base_url():
    return os.environ.get("DATABASE_URL", "")


def _postgres():
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


def _build(root):
    name = f"quito_demo_{uuid.uuid4().hex[:12]}"
    if _postgres():
        _admin_execute(f'CREATE DATABASE "{name}"')
        url = _base_url().rsplit("/", 1)[0] + "/" + name
    else:
        url = f"sqlite:///{root / name}.sqlite3"
    env = server_environment(url, root / f"{name}-media")
    manage = [sys.executable, str(REPO / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=REPO)
    subprocess.run(
        [*manage, "seed_demo", "--demo-users"],
        env=env,
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    return url, name


def template(tmp_path_factory):
    """(database URL, media folder) of the seeded template, built by the first caller of the run."""
    root = run_root(tmp_path_factory)
    record = root / TEMPLATE_FILE
    with open(root / "demo-template.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            url, name = _build(root)
            record.write_text(f"{url}\n{root / f'{name}-media'}\n")
    url, media = record.read_text().split("\n")[:2]
    return url, Path(media)


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
    if _postgres():
        template_name = template_url.rsplit("/", 1)[1]
        with open(root / "demo-template.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # a template must have no other session while copied
            _admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
        return _base_url().rsplit("/", 1)[0] + "/" + name, media
    path = root / f"{name}.sqlite3"
    shutil.copyfile(template_url.removeprefix("sqlite:///"), path)
    return f"sqlite:///{path}", media


def drop(url):
    if url.startswith("postgres"):
        _admin_execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    else:
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)


def drop_template(root):
    record = root / TEMPLATE_FILE
    if record.exists():
        drop(record.read_text().split("\n")[0])
        record.unlink()


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
