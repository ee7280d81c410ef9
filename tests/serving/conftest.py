"""Serving at city scale: a real Redis for the tests that need one.

`redis_url` starts Debian's `redis-server` once per session, on a free port, in a temporary folder,
with persistence off, and stops it by its PID. Without /usr/bin/redis-server the tests that need it
are skipped (listed by -rs), or fail when REQUIRE_POSTGRES is set (CI installs redis-server too, so
a CI run cannot pass with them left out).
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from django.core.cache import caches

import pytest

REDIS_SERVER = os.environ.get("REDIS_SERVER_PATH", "/usr/bin/redis-server")
NO_REDIS = f"needs Redis at {REDIS_SERVER} (apt-get install redis-server, or set REDIS_SERVER_PATH)"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ping(port):
    """True when a Redis server answers PING on 127.0.0.1:port (plain RESP, no client library)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_url():
    """redis://127.0.0.1:PORT of a throwaway Redis server; add /0, /1… to choose a database."""
    if not Path(REDIS_SERVER).exists():
        if os.environ.get("REQUIRE_POSTGRES", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(f"REQUIRE_POSTGRES is set (CI) but this test {NO_REDIS}", pytrace=False)
        pytest.skip(NO_REDIS)
    folder = tempfile.mkdtemp(prefix="quito-redis-")
    port = free_port()
    server = subprocess.Popen(
        [
            REDIS_SERVER,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            folder,
            "--save",
            "",
            "--appendonly",
            "no",
            "--logfile",
            f"{folder}/redis.log",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if _ping(port):
                break
            if server.poll() is not None:
                raise RuntimeError(
                    f"redis-server exited with {server.returncode}; see {folder}/redis.log"
                )
            time.sleep(0.05)
        else:
            raise RuntimeError(f"redis-server did not answer PING on port {port}")
        yield f"redis://127.0.0.1:{port}"
    finally:
        os.kill(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(server.pid, signal.SIGKILL)
            server.wait()
        shutil.rmtree(folder, ignore_errors=True)


def redis_caches(location):
    return {
        "default": {
            "BACKEND": "quito_site.redis_cache.DegradingRedisCache",
            "LOCATION": location,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.fixture
def shared_cache(redis_url, settings):
    """This test's cache is the real Redis (database 0, emptied before and after)."""
    settings.CACHES = redis_caches(f"{redis_url}/0")
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


@pytest.fixture
def unreachable_cache(settings):
    """This test's cache is a Redis that cannot be reached (nothing listens on the port)."""
    from quito_site import redis_cache

    settings.CACHES = redis_caches(f"redis://127.0.0.1:{free_port()}/0")
    redis_cache._down_until.clear()
    yield caches["default"]
    redis_cache._down_until.clear()
