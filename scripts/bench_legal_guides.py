#!/usr/bin/env python
"""Measure a long legal guide: SQL queries and compressed page weight (HTML + CSS + JS).

Usage (on a database seeded with `manage.py seed_demo`):
    .venv/bin/python scripts/bench_legal_guides.py [URL path]

Without a path it measures the longest guide in each language. "Cold" empties the shared cache
first (as right after a publication); "warm" is the next request. The page cache is off.
"""

import gzip
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quito_site.settings.dev")
os.environ["PAGE_CACHE_SECONDS"] = "0"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from legal_guides.models import LegalGuidePage  # noqa: E402


def gz(data):
    return len(gzip.compress(data, compresslevel=9))


def assets(html):
    """Bytes of every stylesheet and script the page loads (served by this site)."""
    total_raw = total_gz = 0
    for url in re.findall(
        r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"', html
    ):
        path = finders.find(url.removeprefix(settings.STATIC_URL).split("?")[0])
        if path:
            data = Path(path).read_bytes()
            total_raw += len(data)
            total_gz += gz(data)
    return total_raw, total_gz


def measure(client, path):
    client.get(path)
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(path)
    with CaptureQueriesContext(connection) as warm:
        response = client.get(path)
    html = response.content
    css_raw, css_gz = assets(html.decode())
    print(
        f"{path}\n  status {response.status_code}, queries cold {len(cold)} / warm {len(warm)}\n"
        f"  HTML {len(html) / 1024:.1f} KB ({gz(html) / 1024:.1f} KB gzip), "
        f"CSS+JS {css_raw / 1024:.1f} KB ({css_gz / 1024:.1f} KB gzip), "
        f"total {(gz(html) + css_gz) / 1024:.1f} KB gzip (budget 60 KB)"
    )


def main():
    client = Client(HTTP_HOST=os.environ.get("BENCH_HOST", "127.0.0.1:8000"))
    if len(sys.argv) > 1:
        for path in sys.argv[1:]:
            measure(client, path)
        return
    guides = list(LegalGuidePage.objects.live().select_related("locale"))
    if not guides:
        sys.exit("No guides: run `manage.py seed_demo` first.")
    longest = {}
    for guide in guides:
        code = guide.locale.language_code
        if code not in longest or len(guide.body.raw_data) > len(longest[code].body.raw_data):
            longest[code] = guide
    for guide in longest.values():
        measure(client, guide.url)


if __name__ == "__main__":
    main()
