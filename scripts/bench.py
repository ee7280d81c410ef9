"""Site-wide benchmark: SQL queries and compressed bytes per public page, and cached throughput.

Builds the demo site in a fresh database (the one in DATABASE_URL, else a temporary SQLite file),
then:
1. renders each public page type uncached in-process and counts its SQL queries and the gzip size
   of its HTML plus the CSS and JS it links to (budget: 12 queries, 60 KB);
2. serves the site with gunicorn (production settings, page cache on) and measures requests per
   second for the cached home page against a static file of similar size (budget: ratio ≥ 0.5).
"""

import gzip
import os
import re
import shutil
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench_server import gunicorn, production_env

REPO = Path(__file__).resolve().parent.parent
TMP = Path(tempfile.mkdtemp(prefix="quito-bench-"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{TMP}/bench.sqlite3")
os.environ["DJANGO_SETTINGS_MODULE"] = "quito_site.settings.test"
os.environ["MEDIA_ROOT"] = str(TMP / "media")
sys.path.insert(0, str(REPO))

PAGES = [
    ("home", "/es/"),
    ("home (ht)", "/ht/"),
    ("privacy notice", "/en/privacy/"),
    ("guides index", "/es/guias/"),
    ("courses index", "/es/cursos/"),
    ("community space", "/es/comunidad/"),
    ("events index", "/es/comunidad/eventos/"),
    ("services directory", "/es/servicios/"),
    ("tu voz", "/es/tu-voz/"),
    ("search", "/es/search/?q=trabajo"),
]
QUERY_BUDGET = 12
BYTES_BUDGET = 60 * 1024


def setup_database():
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", "--noinput", verbosity=0)
    with open(os.devnull, "w") as devnull:
        call_command("seed_demo", "--no-users", stdout=devnull)


def first_child_url(client, index_path):
    """A detail page linked from an index (the first link below it), to measure detail pages."""
    html = client.get(index_path).content.decode()
    links = re.findall(rf'href="({re.escape(index_path)}[^"?#]+/)"', html)
    return links[0] if links else None


def measure_pages():
    from django.conf import settings
    from django.contrib.staticfiles import finders
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    pages = list(PAGES)
    for label, index in [
        ("guide", "/es/guias/"),
        ("course", "/es/cursos/"),
        ("event", "/es/comunidad/eventos/"),
    ]:
        url = first_child_url(client, index)
        if url:
            pages.append((label, url))
    print(
        f"{'page':<22}{'status':>7}{'queries':>9}{'html gz':>10}{'css+js gz':>11}{'total gz':>10}"
    )
    worst = 0
    over = []
    for label, path in pages:
        client.get(path)  # warm per-process caches (site root paths, templates)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        html = response.content
        assets = re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)
        asset_bytes = 0
        for asset in set(assets):
            found = finders.find(asset.decode().removeprefix("/static/"))
            if found:
                asset_bytes += len(gzip.compress(Path(found).read_bytes()))
        html_bytes = len(gzip.compress(html))
        total = html_bytes + asset_bytes
        worst = max(worst, len(queries))
        if len(queries) > QUERY_BUDGET or total > BYTES_BUDGET:
            over.append(label)
        print(
            f"{label:<22}{response.status_code:>7}{len(queries):>9}{html_bytes:>10}{asset_bytes:>11}{total:>10}"
        )
    print(
        f"budgets: ≤ {QUERY_BUDGET} queries and ≤ {BYTES_BUDGET} bytes compressed per page; "
        f"over budget: {', '.join(over) or 'none'}"
    )


def hammer(url, seconds=8, clients=8):
    deadline = time.monotonic() + seconds

    def worker():
        count = 0
        while time.monotonic() < deadline:
            with urllib.request.urlopen(url) as response:  # noqa: S310
                response.read()
            count += 1
        return count

    with ThreadPoolExecutor(clients) as pool:
        total = sum(pool.map(lambda _: worker(), range(clients)))
    return total / seconds


def measure_throughput():
    env = production_env(TMP / "static", PAGE_CACHE_SECONDS="300")
    with gunicorn(env) as base:
        page_url = f"{base}/es/"
        page_size = len(urllib.request.urlopen(page_url).read())  # noqa: S310  (fills the cache)
        html = urllib.request.urlopen(page_url).read().decode()  # noqa: S310
        css_path = re.search(r'href="(/static/css/site[^"]*\.css)"', html).group(1)
        static_url = f"{base}{css_path}"
        static_size = len(urllib.request.urlopen(static_url).read())  # noqa: S310
        for url in (page_url, static_url):
            hammer(url, seconds=2)  # warm every worker
        page_rps = hammer(page_url)
        static_rps = hammer(static_url)
    print(f"cached home page ({page_size} B): {page_rps:,.0f} req/s")
    print(f"static file      ({static_size} B): {static_rps:,.0f} req/s")
    print(f"ratio page/static: {page_rps / static_rps:.2f} (budget ≥ 0.50; bakerydemo: 0.014)")


if __name__ == "__main__":
    database = os.environ["DATABASE_URL"].split("@")[-1]
    print(f"Building the demo site in {database} …")
    setup_database()
    measure_pages()
    print()
    measure_throughput()
    shutil.rmtree(TMP, ignore_errors=True)
