"""Compile the project's .po catalogues into .mo files, with or without GNU gettext.

Django's `compilemessages` needs GNU gettext's `msgfmt`, which a newcomer's laptop may lack. This
command uses `msgfmt` when it is installed (it also checks format strings) and otherwise compiles
in pure Python with polib (installed with wagtail-localize). Only the project's own catalogues
(site/ and the apps in this repository) are compiled, and only when a .po is newer than its .mo.
"""

import shutil
import subprocess
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def project_catalogues():
    base = Path(settings.BASE_DIR).resolve()
    folders = {Path(path).resolve() for path in settings.LOCALE_PATHS}
    folders |= {Path(config.path).resolve() / "locale" for config in apps.get_app_configs()}
    catalogues = []
    for folder in sorted(folders):
        if folder.is_dir() and folder.is_relative_to(base) and ".venv" not in folder.parts:
            catalogues += sorted(folder.glob("*/LC_MESSAGES/*.po"))
    return catalogues


def compile_catalogue(po_path, mo_path, msgfmt=None):
    """msgfmt when given (its path), else polib, which like msgfmt leaves out fuzzy entries."""
    if msgfmt:
        result = subprocess.run(  # noqa: S603 (msgfmt from PATH, our own files)
            [msgfmt, "--check-format", "-o", str(mo_path), str(po_path)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise CommandError(f"msgfmt failed on {po_path}:\n{result.stderr}")
    else:
        import polib

        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))


class Command(BaseCommand):
    help = "Compile the project's .po catalogues (msgfmt when installed, else pure Python)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Compile even up-to-date catalogues."
        )
        parser.add_argument(
            "--python",
            action="store_true",
            help="Use the pure-Python compiler even if msgfmt is installed.",
        )

    def handle(self, *args, force=False, python=False, **options):
        msgfmt = None if python else shutil.which("msgfmt")
        compiled = 0
        for po_path in project_catalogues():
            mo_path = po_path.with_suffix(".mo")
            if (
                not force
                and mo_path.exists()
                and mo_path.stat().st_mtime >= po_path.stat().st_mtime
            ):
                continue
            compile_catalogue(po_path, mo_path, msgfmt)
            compiled += 1
        if options["verbosity"] > 0:
            tool = "msgfmt" if msgfmt else "polib (pure Python)"
            self.stdout.write(f"{compiled} catalogues compiled with {tool}.")
