"""Issue 17: the enrolment no longer asks for, nor keeps, the type of identity document (its
choices, such as "Refugee ID" and "I have no document", told who is undocumented)."""

import importlib

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

import pytest

from courses.forms import EnrolmentForm
from courses.models import PERSON_FIELDS, Enrolment
from tests.staff_login import login_verified

from .conftest import person

BEFORE = ("courses", "0003_offers_and_phone_messages")
AFTER = ("courses", "0004_remove_enrolment_document_type")


def test_the_enrolment_form_has_no_document_type_field():
    form = EnrolmentForm()
    assert "document_type" not in form.fields
    assert "document_type" not in PERSON_FIELDS
    assert "document_type" not in {field.name for field in Enrolment._meta.get_fields()}


@pytest.mark.django_db
def test_neither_the_public_page_nor_the_admin_form_offers_document_types(client, course, users):
    page = client.get(course.url).content.decode()
    assert 'name="document_type"' not in page
    assert "refugiado" not in page.lower() and "no tengo documento" not in page.lower()
    login_verified(client, users["coordinator"])
    add = client.get(reverse("enrolments:add")).content.decode()
    assert 'name="document_type"' not in add


def document_type_column_exists():
    with connection.cursor() as cursor:
        columns = connection.introspection.get_table_description(cursor, "courses_enrolment")
    return "document_type" in {column.name for column in columns}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_leaves_no_stored_document_type(course):
    from courses import services

    enrolment = services.enrol(course, person(1), "es")[0]
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])  # as the database was: the column is there again
    try:
        assert document_type_column_exists()
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE courses_enrolment SET document_type = %s WHERE id = %s",
                ["refugee_id", enrolment.pk],
            )
        # The data step blanks what was collected before the column goes.
        migration = importlib.import_module("courses.migrations." + AFTER[1])
        state_apps = executor.loader.project_state([BEFORE]).apps
        migration.blank_document_types(state_apps, None)
        with connection.cursor() as cursor:
            cursor.execute("SELECT document_type FROM courses_enrolment")
            assert {row[0] for row in cursor.fetchall()} == {""}
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate([n for n in executor.loader.graph.leaf_nodes() if n[0] == "courses"])
    assert not document_type_column_exists()
    enrolment.refresh_from_db()
    assert enrolment.status == "confirmed"  # the enrolment itself is kept
