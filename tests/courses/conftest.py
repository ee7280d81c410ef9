"""Helpers and fixtures for the courses tests (the course index and the course factory are in
tests/sections.py)."""

from django.contrib.auth.models import Group, Permission

import pytest

from courses.models import Enrolment


def person(number, **fields):
    values = {
        "full_name": f"Persona {number}",
        "phone": f"099 111 {number:04d}",
        "preferred_channel": "whatsapp",
    }
    values.update(fields)
    return Enrolment(**values)


def form_data(**overrides):
    data = {
        "full_name": "María José Pérez",
        "phone": "0991234567",
        "email": "",
        "preferred_channel": "whatsapp",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def users(db, django_user_model):
    """anonymous (None), partner, editor and coordinator, set up as the demo seed sets them up."""
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    coordinators, _ = Group.objects.get_or_create(name="Course coordinators")
    coordinators.permissions.add(
        access_admin,
        *Permission.objects.filter(
            content_type__app_label="courses",
            codename__in=["view_enrolment", "change_enrolment", "delete_enrolment"],
        ),
    )
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(access_admin)
    partners, _ = Group.objects.get_or_create(name="Partners")
    partners.permissions.add(access_admin)
    result = {"anonymous": None}
    for name, group in (("partner", partners), ("editor", editors), ("coordinator", coordinators)):
        user = django_user_model.objects.create_user(
            name, f"{name}@example.org", "pw-123456", is_staff=True
        )
        user.groups.add(group)
        result[name] = user
    return result
