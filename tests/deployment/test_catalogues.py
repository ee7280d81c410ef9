"""`make run` without GNU gettext: compile_catalogues falls back to a pure-Python compiler."""

import gettext
import io
import shutil

from django.core.management import call_command

import pytest

from home.management.commands import compile_catalogues as command


def test_every_project_catalogue_is_found_and_none_from_the_virtualenv():
    found = command.project_catalogues()
    folders = {str(path.parent.parent.parent.parent.name) for path in found}
    assert {"site", "home", "legal_guides", "courses", "community", "search"} <= folders
    assert len(found) >= 24  # six catalogues × four languages
    assert not [path for path in found if ".venv" in path.parts or "site-packages" in path.parts]


def _catalogue(mo_path):
    with open(mo_path, "rb") as handle:
        translations = gettext.GNUTranslations(handle)
    return {key: value for key, value in translations._catalog.items() if key != ""}, translations


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="compares with GNU msgfmt")
def test_the_pure_python_compiler_gives_what_msgfmt_gives(tmp_path):
    total = 0
    for number, po_path in enumerate(command.project_catalogues()):
        command.compile_catalogue(po_path, tmp_path / f"{number}.python.mo")
        command.compile_catalogue(po_path, tmp_path / f"{number}.gnu.mo", shutil.which("msgfmt"))
        python, python_translations = _catalogue(tmp_path / f"{number}.python.mo")
        gnu, gnu_translations = _catalogue(tmp_path / f"{number}.gnu.mo")
        assert python == gnu, po_path
        assert [python_translations.plural(n) for n in range(3)] == [
            gnu_translations.plural(n) for n in range(3)
        ], po_path
        total += len(python)
    assert total > 500


def test_without_msgfmt_the_command_compiles_with_polib(tmp_path, monkeypatch):
    source = next(
        p
        for p in command.project_catalogues()
        if p.parts[-5:-3] == ("site", "locale") and p.parts[-3] == "ht"
    )
    po_path = tmp_path / "ht" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    shutil.copy(source, po_path)
    monkeypatch.setattr(command.shutil, "which", lambda name: None)
    monkeypatch.setattr(command, "project_catalogues", lambda: [po_path])
    out = io.StringIO()
    call_command("compile_catalogues", stdout=out)
    assert "1 catalogues compiled with polib (pure Python)" in out.getvalue()
    catalogue, translations = _catalogue(po_path.with_suffix(".mo"))
    assert translations.gettext("Page not found") != "Page not found"
    # Up to date: a second run compiles nothing.
    out = io.StringIO()
    call_command("compile_catalogues", stdout=out)
    assert "0 catalogues compiled" in out.getvalue()
