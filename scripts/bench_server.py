"""The production server the benchmarks measure: gunicorn with production settings on 127.0.0.1."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(static_root, **overrides):
    """Production settings for a local benchmark: no TLS redirect, static files collected in
    `static_root`; the local cache stands in for Redis unless REDIS_URL is given."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "quito_site.settings.production",
        "SECRET_KEY": "bench-" + "k" * 60,
        "ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": "https://127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "ALLOW_LOCAL_CACHE": os.environ.get("ALLOW_LOCAL_CACHE", "1"),
        "STATIC_ROOT": str(static_root),
        **overrides,
    }


@contextlib.contextmanager
def gunicorn(env, workers=2, threads=1):
    """Collect static files, start gunicorn, wait until /healthz answers; yields the base URL."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=REPO,
        env=env,
        check=True,
    )
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "quito_site.wsgi", "-w", str(workers)]
    command += ["--threads", str(threads), "-b", f"127.0.0.1:{port}", "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=REPO, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
