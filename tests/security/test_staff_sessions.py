"""Staff sessions end after STAFF_SESSION_IDLE_MINUTES without a request; logging out flushes.

Time passing is simulated by moving the clock that the middleware reads.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.sessions.models import Session

import pytest

from home import staff_security

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = get_user_model().objects.create_user("editora", "editora@example.org", "pw-123456")
    user.groups.add(group)
    return user


@pytest.fixture
def visitor(db):
    """A front-end account (private pages), with no access to the admin."""
    return get_user_model().objects.create_user("visitante", "visitante@example.org", "pw-123456")


@pytest.fixture
def clock(monkeypatch):
    """clock.advance(minutes) moves the middleware's clock forward."""

    class Clock:
        offset = 0

        def advance(self, minutes):
            self.offset += minutes * 60

    clock = Clock()
    real_now = staff_security._now
    monkeypatch.setattr(staff_security, "_now", lambda: real_now() + clock.offset)
    return clock


def signed_in(client):
    return "_auth_user_id" in client.session


def test_an_active_staff_session_stays_open(client, editor, clock):
    client.force_login(editor)
    for _ in range(4):
        assert client.get("/admin/").status_code == 200
        clock.advance(20)  # 80 minutes in all, never 30 in a row without a request
    assert signed_in(client)


def test_a_staff_session_idle_for_more_than_30_minutes_is_signed_out(client, editor, clock):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    old_key = client.session.session_key
    clock.advance(31)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
    assert not signed_in(client)
    assert not Session.objects.filter(session_key=old_key).exists()  # flushed, not just marked


def test_idle_at_29_minutes_is_still_signed_in(client, editor, clock):
    client.force_login(editor)
    client.get("/admin/")
    clock.advance(29)
    assert client.get("/admin/").status_code == 200
    assert signed_in(client)


def test_the_idle_time_is_a_setting(client, editor, clock, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 5
    client.force_login(editor)
    client.get("/admin/")
    clock.advance(6)
    assert client.get("/admin/").status_code == 302
    assert not signed_in(client)


def test_idle_staff_are_signed_out_on_public_pages_too(client, editor, clock, home_page):
    client.force_login(editor)
    client.get("/es/")
    clock.advance(31)
    assert client.get("/es/").status_code == 200
    assert not signed_in(client)


def test_visitors_sessions_keep_their_lifetime(client, visitor, clock, home_page):
    client.force_login(visitor)
    client.get("/es/")
    clock.advance(120)
    client.get("/es/")
    assert signed_in(client)
    assert staff_security.LAST_SEEN_SESSION_KEY not in client.session


def test_logging_out_flushes_the_session(client, editor):
    client.force_login(editor)
    session = client.session
    session["something_personal"] = "kept only while signed in"
    session.save()
    old_key = session.session_key

    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert not signed_in(client)
    assert "something_personal" not in client.session
    assert not Session.objects.filter(session_key=old_key).exists()


def test_visitors_without_a_session_are_left_alone(client, django_assert_num_queries):
    """No session cookie, no session lookup: anonymous pages stay cacheable for everyone."""
    with django_assert_num_queries(0):
        response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")
