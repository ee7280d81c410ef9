"""Enrolment throughput: requests per second and latency with 16 concurrent clients on gunicorn.

Builds the home page and the demo courses in the database in DATABASE_URL (`scripts/bench.sh`
gives it a throwaway PostgreSQL cluster), adds one open course, starts gunicorn with the production
settings and has 16 clients POST the real enrolment form (CSRF token, unique phone numbers) for a
fixed time. Every enrolment locks the same course row, so this measures the worst case: everybody
enrolling on one popular course at once.

Each request comes from its own loopback address (127.0.x.y) so that the per-client rate limit,
which stays in the measured path, does not refuse the benchmark's own clients.

Prints requests/s, p50/p95/max latency, status codes, and checks the result: exactly `capacity`
confirmed, the rest waitlisted with consecutive positions, none lost or duplicated.
"""

import http.client
import itertools
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench_server import gunicorn, production_env

REPO = Path(__file__).resolve().parent.parent
TMP = Path(tempfile.mkdtemp(prefix="quito-bench-enrol-"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{TMP}/bench.sqlite3")
os.environ["DJANGO_SETTINGS_MODULE"] = "quito_site.settings.test"
os.environ["MEDIA_ROOT"] = str(TMP / "media")
sys.path.insert(0, str(REPO))

CLIENTS = int(os.environ.get("BENCH_CLIENTS", "16"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
WORKERS = os.environ.get("BENCH_WORKERS", "2")
THREADS = os.environ.get("BENCH_THREADS", "4")
CAPACITY = 100
COURSE_SLUG = "bench-enrolment"


class Log:
    def log(self, message):
        print(f"  {message}")

    stdout = sys.stdout


def setup_database():
    import datetime

    import django
    from django.core.management import call_command

    django.setup()
    from django.utils import timezone

    from courses import demo as courses_demo
    from courses.models import CourseIndexPage, CoursePage
    from home import demo_content
    from home.demo import child_page

    call_command("migrate", "--noinput", verbosity=0)
    demo_content.seed(Log())
    courses_demo.seed(Log())
    index = CourseIndexPage.objects.get(locale__language_code="es")
    day = timezone.localdate()
    course = child_page(
        index,
        CoursePage,
        COURSE_SLUG,
        title="Curso de prueba de carga",
        summary="Benchmark.",
        description="<p>Benchmark.</p>",
        schedule="Lunes",
        session_start=datetime.time(9),
        session_end=datetime.time(12),
        time_slot="morning",
        start_date=day + datetime.timedelta(days=30),
        end_date=day + datetime.timedelta(days=60),
        enrolment_opens=day - datetime.timedelta(days=1),
        enrolment_closes=day + datetime.timedelta(days=20),
        capacity=CAPACITY,
    )
    return course.pk


def source_addresses():
    for third, fourth in itertools.product(range(1, 255), range(1, 255)):
        yield f"127.0.{third}.{fourth}"


def form_action(port, path):
    """One GET of the course page (cached, so without a CSRF token): the enrolment form's action.
    Public forms are checked by their Origin header instead (home/form_origin.py)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers={"Host": "127.0.0.1"})
    body = conn.getresponse().read().decode()
    conn.close()
    return re.search(r'<form[^>]+action="([^"]+enrol/)"', body).group(1)


def run_clients(port, path):
    addresses = source_addresses()
    address_lock = threading.Lock()
    numbers = itertools.count(1)
    latencies, statuses, errors = [], {}, []
    barrier = threading.Barrier(CLIENTS)
    deadline_box = {}

    def client():
        action = form_action(port, path)
        barrier.wait()
        deadline = deadline_box.setdefault("deadline", time.monotonic() + SECONDS)
        while time.monotonic() < deadline:
            with address_lock:
                source = next(addresses)
                number = next(numbers)
            body = urllib.parse.urlencode(
                {
                    "full_name": f"Persona de prueba {number}",
                    "phone": f"09{number:08d}",
                    "preferred_channel": "whatsapp",
                    "consent": "on",
                    "website": "",
                }
            )
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(
                    "127.0.0.1", port, timeout=60, source_address=(source, 0)
                )
                conn.request(
                    "POST",
                    action,
                    body=body,
                    headers={
                        "Host": "127.0.0.1",
                        "Origin": "http://127.0.0.1",
                        "Content-Type": "application/x-www-form-urlencoded",
                    },
                )
                response = conn.getresponse()
                response.read()
                conn.close()
            except OSError as error:
                errors.append(repr(error))
                continue
            elapsed = time.perf_counter() - started
            with address_lock:
                latencies.append(elapsed)
                statuses[response.status] = statuses.get(response.status, 0) + 1

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, statuses, errors


def check_database(course_id):
    from courses.models import Enrolment

    enrolments = Enrolment.objects.filter(course_id=course_id)
    total = enrolments.count()
    confirmed = enrolments.filter(status="confirmed").count()
    waiting = list(enrolments.filter(status="waitlisted").order_by("queue_number"))
    queue = list(enrolments.order_by("queue_number").values_list("queue_number", flat=True))
    phones = enrolments.values("phone_digits").distinct().count()
    consecutive = queue == list(range(1, total + 1))
    positions_ok = all(
        item.waitlist_position() == index for index, item in enumerate(waiting[:5], start=1)
    )
    return total, confirmed, len(waiting), consecutive and positions_ok and phones == total


def main():
    database = os.environ["DATABASE_URL"].split("@")[-1]
    print(f"Building the demo courses in {database} …")
    course_id = setup_database()
    env = production_env(TMP / "static")
    path = f"/es/cursos/{COURSE_SLUG}/"
    with gunicorn(env, workers=WORKERS, threads=THREADS) as base:
        port = urllib.parse.urlsplit(base).port
        latencies, statuses, errors = run_clients(port, path)

    latencies.sort()
    count = len(latencies)
    p95 = latencies[max(int(count * 0.95) - 1, 0)] if count else float("nan")
    print(
        f"gunicorn: {WORKERS} workers × {THREADS} threads; {CLIENTS} concurrent clients for {SECONDS:.0f} s; "
        f"all on one course (capacity {CAPACITY})"
    )
    print(f"enrolments: {count} requests, {count / SECONDS:,.1f} req/s")
    if count:
        print(
            f"latency: p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {latencies[-1] * 1000:.0f} ms"
        )
    print(f"status codes: {dict(sorted(statuses.items()))}; connection errors: {len(errors)}")
    total, confirmed, waiting, consistent = check_database(course_id)
    print(
        f"database: {total} enrolments, {confirmed} confirmed (capacity {CAPACITY}), {waiting} waitlisted; "
        f"queue consecutive and no duplicates: {'yes' if consistent else 'NO'}"
    )
    ok = (
        statuses.get(302, 0) == total
        and confirmed == min(CAPACITY, total)
        and consistent
        and not errors
    )
    shutil.rmtree(TMP, ignore_errors=True)
    if not ok:
        print("FAILED: some enrolments were lost, duplicated or refused")
        sys.exit(1)


if __name__ == "__main__":
    main()
