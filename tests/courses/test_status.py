"""One table of status changes, one list of personal fields, and the admin list's queries."""

import ast
import io
import pathlib

from django.contrib.messages import get_messages
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from courses import services
from courses.models import PERSON_FIELDS, PERSONAL_FIELDS, Enrolment, Notification
from courses.status import TRANSITIONS, EnrolmentStatus, StatusChangeRefused
from tests.staff_login import login_verified

from .conftest import person

pytestmark = pytest.mark.django_db

Status = EnrolmentStatus


def enrol(course, number, **fields):
    return services.enrol(course, person(number, **fields), "es")[0]


def in_status(course, status, number=1):
    """An enrolment brought to `status` through the services (the course holds 2 seats)."""
    if status in (Status.WAITLISTED, Status.OFFERED):
        enrol(course, 100 + number)
        enrol(course, 200 + number)
        enrolment = enrol(course, number)
        if status == Status.OFFERED:
            services.change_status(enrolment, Status.OFFERED)
            enrolment.refresh_from_db()
        return enrolment
    enrolment = enrol(course, number)
    path = {
        Status.CONFIRMED: [],
        Status.CANCELLED: [Status.CANCELLED],
        Status.ATTENDED: [Status.ATTENDED],
        Status.COMPLETED: [Status.ATTENDED, Status.COMPLETED],
    }[status]
    for step in path:
        services.change_status(enrolment, step)
    enrolment.refresh_from_db()
    assert enrolment.status == status
    return enrolment


@pytest.mark.parametrize("current", list(Status))
@pytest.mark.parametrize("new", list(Status))
def test_services_allow_exactly_the_changes_in_the_table(course, current, new):
    enrolment = in_status(course, current)
    if new in TRANSITIONS[current]:
        services.change_status(enrolment, new)
        enrolment.refresh_from_db()
        assert enrolment.status == new
    else:
        with pytest.raises(StatusChangeRefused):
            services.change_status(enrolment, new)
        enrolment.refresh_from_db()
        assert enrolment.status == current


ACTIONS = {"confirm": Status.CONFIRMED, "cancel": Status.CANCELLED}
ACTIONS.update(attended=Status.ATTENDED, completed=Status.COMPLETED)


@pytest.mark.parametrize("current", list(Status))
def test_the_admin_offers_only_the_allowed_changes_and_refuses_the_others(
    client, users, course, current
):
    enrolment = in_status(course, current)
    login_verified(client, users["coordinator"])
    page = client.get(reverse("enrolments:inspect", args=[enrolment.pk]))
    offered = {action for action in ACTIONS if f'value="{action}"' in page.content.decode()}
    assert offered == {
        action for action, status in ACTIONS.items() if status in TRANSITIONS[current]
    }

    for action in set(ACTIONS) - offered:  # an old tab, or a hand-made request
        response = client.post(
            reverse("courses_admin:status", args=[enrolment.pk]), {"action": action}
        )
        assert response.status_code == 302
        enrolment.refresh_from_db()
        assert enrolment.status == current
        messages = [str(message) for message in get_messages(response.wsgi_request)]
        assert messages[-1] in {
            "Solo se puede confirmar a personas en lista de espera o con una plaza ofrecida.",
            "Esta inscripción no se puede cancelar.",
            "Este cambio no es posible con el estado de esta inscripción.",
        }, messages


def test_cancelling_from_the_admin_offers_the_seat_to_the_first_person_waiting_once(
    client, users, course
):
    seated = enrol(course, 1)
    enrol(course, 2)
    waiting = enrol(course, 3, email="espera@example.org")
    login_verified(client, users["coordinator"])
    url = reverse("courses_admin:status", args=[seated.pk])
    client.post(url, {"action": "cancel"})
    client.post(url, {"action": "cancel"})  # twice: refused, nobody else moves up
    waiting.refresh_from_db()
    assert waiting.status == Status.OFFERED
    counts = course.seat_counts()
    assert (counts["confirmed"], counts["offered"], counts["free"]) == (1, 1, 0)


def test_an_enrolment_email_is_queued_by_the_task_layer_after_commit(
    course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enrolment = enrol(course, 1, email="una@example.org")
    assert mail.outbox == []  # nothing goes out before the enrolment is committed
    for callback in callbacks:
        callback()
    assert [message.to for message in mail.outbox] == [["una@example.org"]]
    assert enrolment.notifications.get().sent_at is not None


def test_erasing_blanks_every_personal_field_and_keeps_the_anonymous_ones(course):
    enrolment = enrol(
        course,
        1,
        email="una@example.org",
        document_number="X1",
        birth_year=1990,
        nationality="VE",
        gender="self",
        gender_self_description="—",
        needs="guardería",
        heard_about="friends",
    )
    export = services.person_export(enrolment)[0]
    assert set(PERSON_FIELDS) <= set(export)
    services.erase_person(enrolment)
    enrolment.refresh_from_db()
    for name in PERSONAL_FIELDS:
        assert getattr(enrolment, name) in ("", None, "—"), name
    assert enrolment.phone_digits == ""
    assert (enrolment.nationality, enrolment.gender, enrolment.age_band) == ("VE", "self", "35-44")


def test_the_enrolment_list_makes_the_same_queries_for_3_or_30_enrolments(
    client, users, make_course
):
    login_verified(client, users["coordinator"])
    url = reverse("enrolments:index")

    def queries(count):
        course = make_course(capacity=50)
        for number in range(count):
            enrol(course, number + 1000 * count)
        client.get(url)  # warm per-user caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    few = queries(3)
    assert queries(30) == few


def test_retry_notifications_leaves_rows_without_an_email_alone(
    course, django_capture_on_commit_callbacks
):
    phone_only = enrol(course, 1)
    services.resend_reference(phone_only)  # no phone channel configured: recorded, never sent
    waiting_row = phone_only.notifications.get(kind="reference")
    Notification.objects.filter(pk=waiting_row.pk).update(gave_up=True, attempts=2)
    with_email = enrol(course, 2, email="dos@example.org")
    Notification.objects.filter(enrolment=with_email).update(gave_up=True, attempts=5)

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("retry_notifications", stdout=out)

    assert "1 notifications queued again" in out.getvalue()
    waiting_row.refresh_from_db()
    assert (waiting_row.gave_up, waiting_row.attempts, waiting_row.sent_at) == (True, 2, None)
    assert with_email.notifications.get().sent_at is not None
    assert [message.to for message in mail.outbox] == [["dos@example.org"]]


COURSES = pathlib.Path(__file__).resolve().parents[2] / "courses"


def imported_modules(module):
    """The courses modules that `module` imports, at the top or inside a function."""
    path = COURSES / module.replace(".", "/")
    if path.is_dir():  # a package: its __init__.py
        path, package = path / "__init__.py", f"courses.{module}"
    else:
        path, package = path.with_suffix(".py"), f"courses.{module}".rsplit(".", 1)[0]
    tree = ast.parse(path.read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level:
            found.add(node.module)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            if node.module:
                found.add(f"{base}.{node.module}")
            else:
                found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name.removeprefix("courses.") for name in found if name.startswith("courses.")}


def courses_modules():
    names = []
    for path in sorted(COURSES.rglob("*.py")):
        parts = list(path.relative_to(COURSES).with_suffix("").parts)
        if "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts.pop()
        if parts:
            names.append(".".join(parts))
    return names


def test_no_import_cycle_between_the_modules_of_courses():
    graph = {module: imported_modules(module) for module in courses_modules()}
    done, path = set(), []

    def visit(module):
        if module in path:
            raise AssertionError(" → ".join([*path[path.index(module) :], module]))
        if module in done:
            return
        path.append(module)
        for imported in graph.get(module, ()):
            visit(imported)
        path.pop()
        done.add(module)

    for module in graph:
        visit(module)


LOWER = {  # status ← enrolments ← services, forms ← models (the pages) ← views, hooks, tasks
    "status": set(),
    "choices": set(),
    "enrolments": {"status"},
    "attendance": {"enrolments"},
    "services": {"status", "enrolments", "attendance"},  # messages: home.messaging
    "forms": {"choices", "enrolments"},
}


@pytest.mark.parametrize("module", LOWER)
def test_the_lower_layers_import_only_what_is_below_them(module):
    assert imported_modules(module) <= LOWER[module]


def test_the_pages_do_not_import_the_views_and_the_services_do_not_import_the_tasks():
    assert "views" not in imported_modules("models")
    assert "services" in imported_modules("tasks")
    assert "tasks" not in imported_modules("services")


def test_enrolment_status_values_are_the_contract_names():
    assert Enrolment._meta.get_field("status").choices == Status.choices
    assert set(Status.values) == {
        "confirmed",
        "waitlisted",
        "offered",
        "cancelled",
        "attended",
        "completed",
    }
