"""Query counts and compressed page weight of the community pages, on the current database.

Usage (after `manage.py seed_demo`):
    DJANGO_SETTINGS_MODULE=quito_site.settings.dev .venv/bin/python scripts/bench_community.py

For each page: SQL queries of an uncached request (after one warm-up request, as on a running
server) and the gzip-compressed bytes of the HTML plus the stylesheets it links to.
"""

import gzip
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quito_site.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

PAGES = [
    "/es/comunidad/",
    "/es/comunidad/eventos/",
    "/es/comunidad/eventos/?type=workshop",
    "/en/community/events/",
    "/ht/kominote/aktivite/",
    "/es/comunidad/eventos/taller-que-necesita-tu-barrio/",
    "/es/servicios/",
    "/es/servicios/?no_documents=1&language=ht",
    "/en/services/",
    "/ht/sevis/",
    "/es/tu-voz/",
    "/es/tu-voz/lo-que-hicimos/",
    "/es/tu-voz/plan/",
]


def stylesheet_bytes(html):
    total = 0
    for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html):
        path = finders.find(href.removeprefix(settings.STATIC_URL))
        if path:
            total += len(gzip.compress(Path(path).read_bytes(), 9))
    return total


def main():
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{'page':55} {'status':>6} {'queries':>7} {'html gz':>8} {'+css gz':>8}")
    for url in PAGES:
        cache.clear()
        client.get(url)  # warm-up: site root paths are cached on a running server
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        html = response.content.decode()
        html_gz = len(gzip.compress(response.content, 9))
        print(
            f"{url:55} {response.status_code:>6} {len(queries):>7} {html_gz:>8} {html_gz + stylesheet_bytes(html):>8}"
        )


if __name__ == "__main__":
    main()
