"""Package discovery for `pip install .` (metadata lives in pyproject.toml).

setuptools finds every package itself; the one twist is `site/`, which is imported as
`quito_site` because the standard library owns the name `site`. A wheel also gets compiled
`.mo` catalogues, built from the `.po` files with polib (pure Python, no GNU gettext needed).
"""

from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

NOT_INSTALLED = ["tests", "tests.*", "scripts", "scripts.*", "docs", "docs.*", "site", "site.*"]


def _packages():
    """Every app (any folder with an `__init__.py`) and its subpackages, and `site/` as `quito_site`."""
    apps = find_packages(exclude=NOT_INSTALLED)
    site = find_packages(include=["site", "site.*"])
    return sorted(apps + ["quito_site" + name[len("site") :] for name in site])


class BuildPyWithCatalogues(build_py):
    """Also write `django.mo` next to each `django.po` in the build tree (never in the sources)."""

    def run(self):
        super().run()
        import polib

        for po_path in Path(self.build_lib).glob("*/locale/*/LC_MESSAGES/*.po"):
            polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))


setup(
    packages=_packages(),
    package_dir={"quito_site": "site"},
    cmdclass={"build_py": BuildPyWithCatalogues},
)
