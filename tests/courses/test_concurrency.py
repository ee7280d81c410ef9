"""Many people enrolling at the same moment never get the same seat (PostgreSQL only)."""

import threading

from django.db import connection, connections

import pytest

from courses import services
from courses.models import Enrolment
from tests.conftest import requires_postgres

from .conftest import person

THREADS = 32
FREE_SEATS = 5


@requires_postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_enrolments_fill_exactly_the_free_seats(make_course):
    assert connection.vendor == "postgresql"
    course = make_course(capacity=FREE_SEATS + 2)
    for number in range(2):  # two seats already taken
        services.enrol(course, person(1000 + number), "es")

    barrier = threading.Barrier(THREADS)
    errors, results = [], []

    def enrol_one(number):
        try:
            barrier.wait(timeout=30)
            enrolment, created = services.enrol(course, person(number), "es")
            results.append((enrolment.pk, created))
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))
        finally:
            connections.close_all()  # each thread had its own connection

    threads = [threading.Thread(target=enrol_one, args=(number,)) for number in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert len(results) == THREADS and all(created for _, created in results)
    new = Enrolment.objects.filter(course=course).exclude(phone_digits__startswith="0991111")
    assert new.count() == THREADS  # none lost
    assert new.filter(status="confirmed").count() == FREE_SEATS
    waiting = list(new.filter(status="waitlisted").order_by("queue_number"))
    assert len(waiting) == THREADS - FREE_SEATS
    assert [item.waitlist_position() for item in waiting] == list(
        range(1, THREADS - FREE_SEATS + 1)
    )
    numbers = list(
        Enrolment.objects.filter(course=course)
        .order_by("queue_number")
        .values_list("queue_number", flat=True)
    )
    assert numbers == list(range(1, THREADS + 3))  # consecutive, none duplicated
    assert len(set(Enrolment.objects.values_list("reference", flat=True))) == THREADS + 2
    assert course.seat_counts()["confirmed"] == FREE_SEATS + 2


@requires_postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_cancellations_offer_each_waiting_person_one_seat(make_course):
    course = make_course(capacity=5)
    seated = [services.enrol(course, person(n), "es")[0] for n in range(5)]
    waiting = [services.enrol(course, person(100 + n), "es")[0] for n in range(10)]
    barrier = threading.Barrier(len(seated))
    errors = []

    def cancel(enrolment):
        try:
            barrier.wait(timeout=30)
            services.cancel(enrolment)
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=cancel, args=(item,)) for item in seated]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    statuses = {
        item.pk: item.status for item in Enrolment.objects.filter(pk__in=[w.pk for w in waiting])
    }
    assert [statuses[w.pk] for w in waiting] == ["offered"] * 5 + ["waitlisted"] * 5


@requires_postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_accepts_of_one_offer_and_new_enrolments_never_overbook(make_course):
    """The last seat is on offer; the person accepts it from several tabs while others enrol."""
    course = make_course(capacity=3)
    seated = [services.enrol(course, person(n), "es")[0] for n in range(3)]
    waiting = services.enrol(course, person(50), "es")[0]
    services.cancel(seated[0])
    waiting.refresh_from_db()
    assert waiting.status == "offered"
    token = services.offer_token(waiting)

    accepts, newcomers = 4, 8
    barrier = threading.Barrier(accepts + newcomers)
    errors, answers, created = [], [], []

    def accept():
        try:
            barrier.wait(timeout=30)
            answers.append(services.answer_offer(token, accept=True)[0])
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))
        finally:
            connections.close_all()

    def enrol_new(number):
        try:
            barrier.wait(timeout=30)
            created.append(services.enrol(course, person(number), "es")[0].status)
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=accept) for _ in range(accepts)] + [
        threading.Thread(target=enrol_new, args=(200 + n,)) for n in range(newcomers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert sorted(answers) == ["accepted"] + ["already"] * (accepts - 1)
    assert created == ["waitlisted"] * newcomers
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    counts = course.seat_counts()
    assert counts["confirmed"] == course.capacity and counts["offered"] == 0
    assert counts["waitlisted"] == newcomers
