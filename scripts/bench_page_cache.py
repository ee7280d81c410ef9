"""Page-cache throughput: every kind of public page against the site's stylesheet, one gunicorn.

Run through scripts/with-database.sh (PostgreSQL when available). Builds the demo site, starts a
throwaway redis-server and gunicorn (production settings, 2 workers sharing that Redis), then, for
the home page, a long guide, the course index, a course page, an event, the directory, Tu voz, a
search and the static CSS, interleaved and repeated ROUNDS times, measures with `wrk`:

- warm: requests per second, p50 and p99 latency (medians over the rounds), ratio to the CSS;
- cold: the latency of the first request right after a publish (the content version bumped);
- SQL queries of an uncached request and the gzip size of the HTML (in-process, test client).
"""

import gzip
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench_server import free_port, gunicorn, production_env

REPO = Path(__file__).resolve().parent.parent
TMP = Path(tempfile.mkdtemp(prefix="quito-bench-cache-"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{TMP}/bench.sqlite3")
os.environ["DJANGO_SETTINGS_MODULE"] = "quito_site.settings.test"
os.environ["MEDIA_ROOT"] = str(TMP / "media")
sys.path.insert(0, str(REPO))

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "3"))
TARGET = 0.7


def start_redis():
    port = free_port()
    folder = TMP / "redis"
    folder.mkdir()
    server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(folder),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    break
        except OSError:
            time.sleep(0.05)
    return server, f"redis://127.0.0.1:{port}/0"


def setup_database():
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", "--noinput", verbosity=0)
    with open(os.devnull, "w") as devnull:
        call_command("seed_demo", "--no-users", stdout=devnull)


def pick_pages():
    """(label, path) of each page kind, the long guide being the demo's longest."""
    from django.conf import settings
    from django.test import Client

    from legal_guides.models import LegalGuidePage

    settings.ALLOWED_HOSTS = ["*"]
    client = Client()

    def first_child(index):
        html = client.get(index).content.decode()
        links = re.findall(rf'href="({re.escape(index)}[^"?#]+/)"', html)
        return links[0] if links else index

    guides = LegalGuidePage.objects.live().filter(locale__language_code="es")
    longest = max(guides, key=lambda guide: len(str(guide.body)), default=None)
    return [
        ("home", "/es/"),
        ("long guide", longest.url if longest else first_child("/es/guias/")),
        ("courses index", "/es/cursos/"),
        ("course page", first_child("/es/cursos/")),
        ("event", first_child("/es/comunidad/eventos/")),
        ("directory", "/es/servicios/"),
        ("tu voz", "/es/tu-voz/"),
        ("search", "/es/search/?q=trabajo"),
    ]


def uncached_costs(pages):
    """{label: (queries, html gzip bytes)} of an uncached request (the page cache is off here)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    costs = {}
    for label, path in pages:
        client.get(path)  # per-process caches (site root paths, templates)
        from django.core.cache import cache

        cache.clear()
        client.get(path)  # the chrome and fragments rebuilt: a cold page after a publish…
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)  # …and a page render whose fragments are warm
        costs[label] = (len(queries), len(gzip.compress(response.content)))
    return costs


def wrk(url):
    """(req/s, p50 ms, p99 ms) from wrk, 2 threads, 8 connections."""
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{SECONDS}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def latency(percent):
        value, unit = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return rps, latency(50), latency(99)


def bump_version(redis_url):
    """What a publish does to the page cache: the shared content version moves on."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "quito_site.settings.test",
        "TEST_REDIS_URL": redis_url,
    }
    code = "import django; django.setup(); from home.page_cache import bump_content_version; bump_content_version()"
    subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, check=True)


def timed_get(url):
    start = time.perf_counter()
    with urllib.request.urlopen(url) as response:  # noqa: S310
        response.read()
    return (time.perf_counter() - start) * 1000


def measure(pages, redis_url):
    env = production_env(TMP / "static", REDIS_URL=redis_url, LOG_LEVEL="ERROR")
    warm, cold = {}, {}
    with gunicorn(env) as base:
        html = urllib.request.urlopen(f"{base}/es/").read().decode()  # noqa: S310
        css = re.search(r'href="(/static/css/site[^"]*\.css)"', html).group(1)
        targets = [*pages, ("static CSS", css)]
        for round_number in range(ROUNDS):
            bump_version(redis_url)  # a publish: every page is cold again
            for label, path in targets:
                cold.setdefault(label, []).append(timed_get(base + path))
            for _label, path in targets:
                for _ in range(4):
                    urllib.request.urlopen(base + path).read()  # noqa: S310 - both workers warm
            order = targets if round_number % 2 == 0 else list(reversed(targets))
            for label, path in order:
                warm.setdefault(label, []).append(wrk(base + path))
    return warm, cold


def main():
    database = os.environ["DATABASE_URL"].split("@")[-1]
    print(f"Building the demo site in {database} …")
    setup_database()
    pages = pick_pages()
    costs = uncached_costs(pages)
    redis_server, redis_url = start_redis()
    try:
        warm, cold = measure(pages, redis_url)
    finally:
        redis_server.terminate()
        redis_server.wait(timeout=10)
    static_rps = statistics.median(r[0] for r in warm["static CSS"])
    print(
        f"\n2 gunicorn workers, production settings, one Redis; wrk -t2 -c8 -d{SECONDS}s; "
        f"medians of {ROUNDS} interleaved rounds"
    )
    print(
        f"{'page':<15}{'warm req/s':>11}{'ratio':>7}{'p50 ms':>8}{'p99 ms':>8}{'cold ms':>9}"
        f"{'queries':>9}{'html gz':>9}"
    )
    below = []
    for label, _path in [*pages, ("static CSS", None)]:
        rps = statistics.median(r[0] for r in warm[label])
        p50 = statistics.median(r[1] for r in warm[label])
        p99 = statistics.median(r[2] for r in warm[label])
        ratio = rps / static_rps
        queries, size = costs.get(label, ("", ""))
        print(
            f"{label:<15}{rps:>11,.0f}{ratio:>7.2f}{p50:>8.2f}{p99:>8.2f}"
            f"{statistics.median(cold[label]):>9.1f}{queries!s:>9}{size!s:>9}"
        )
        if label != "static CSS" and ratio < TARGET:
            below.append(label)
    print(f"target: every page ≥ {TARGET} of the static file; below: {', '.join(below) or 'none'}")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
