"""Limits per real person: the client behind the load balancer, shared connections, phone and email.

No IP address, phone number or email address is ever in a cache key.
"""

from django.core.cache import caches
from django.test import Client

import pytest

from courses.models import Enrolment
from tests.courses.conftest import form_data

pytestmark = pytest.mark.django_db

RATE_LIMITED_ES = "Enviaste este formulario muchas veces en poco tiempo."
NEUTRAL_HEADING_ES = "Este teléfono o correo ya está inscrito en este curso"


def enrol(course, phone, client=None, **headers):
    """POST an enrolment for a new person from `client` (a fresh one by default)."""
    client = client or Client()
    data = form_data(full_name=f"Persona {phone[-4:]}", phone=phone)
    return client.post(course.url + "enrol/", data, **headers)


def phones(count, start=0):
    return [f"099 222 {number:04d}" for number in range(start, start + count)]


@pytest.fixture
def limits(settings):
    settings.ENROLMENT_RATE_LIMIT = 2
    settings.ENROLMENT_RATE_LIMIT_WINDOW_SECONDS = 600
    settings.ENROLMENT_CONTACT_RATE_LIMIT = 3
    settings.RATE_LIMIT_EXEMPT_NETWORKS = []
    settings.RATE_LIMIT_EXEMPT_MULTIPLIER = 20
    return settings


def test_behind_one_trusted_proxy_two_people_are_limited_separately(make_course, limits):
    limits.TRUSTED_PROXY_COUNT = 1
    course = make_course(capacity=50)
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    first = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    second = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.9"}

    assert [enrol(course, phone, **first).status_code for phone in phones(3)] == [302, 302, 429]
    # Same proxy, another person: not shut out by the first one's limit.
    assert [enrol(course, phone, **second).status_code for phone in phones(3, 10)] == [
        302,
        302,
        429,
    ]
    # A client that forges an entry left of the real one is still the real one.
    forged = {**proxy, "HTTP_X_FORWARDED_FOR": "192.0.2.1, 198.51.100.7"}
    assert enrol(course, "099 333 0001", **forged).status_code == 429
    assert Enrolment.objects.count() == 4


def test_without_trusted_proxies_a_forged_forwarded_header_does_not_escape_the_limit(
    make_course, limits
):
    limits.TRUSTED_PROXY_COUNT = 0
    course = make_course(capacity=50)
    statuses = [
        enrol(
            course, phone, REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}"
        ).status_code
        for number, phone in enumerate(phones(3))
    ]
    assert statuses == [302, 302, 429]
    page = enrol(
        course, "099 333 0003", REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="192.0.2.98"
    )
    assert page.status_code == 429
    assert RATE_LIMITED_ES in " ".join(page.content.decode().split())
    # Another real client is not affected.
    assert enrol(course, "099 333 0004", REMOTE_ADDR="198.51.100.8").status_code == 302


def test_a_shared_exempt_network_gets_many_more_enrolments_not_unlimited(make_course, limits):
    limits.RATE_LIMIT_EXEMPT_NETWORKS = ["10.20.0.0/16", "2001:db8::/32"]
    limits.RATE_LIMIT_EXEMPT_MULTIPLIER = 3  # 2 × 3 = 6 per window from the community space
    course = make_course(capacity=50)
    space = {"REMOTE_ADDR": "10.20.4.5"}

    statuses = [enrol(course, phone, **space).status_code for phone in phones(7)]
    assert statuses == [302] * 6 + [429]
    assert Enrolment.objects.count() == 6
    # Outside the exempt network the ordinary limit holds.
    outside = [enrol(course, phone, REMOTE_ADDR="10.21.0.1").status_code for phone in phones(3, 20)]
    assert outside == [302, 302, 429]


def test_in_an_exempt_network_the_same_phone_twice_still_gets_the_neutral_already_enrolled_page(
    make_course, limits
):
    limits.RATE_LIMIT_EXEMPT_NETWORKS = ["10.20.0.0/16"]
    course = make_course(capacity=50)
    space = {"REMOTE_ADDR": "10.20.4.5"}
    assert enrol(course, "0991234567", **space).status_code == 302

    again = Client()
    response = enrol(course, "(099) 123-4567", client=again, **space)
    assert response.status_code == 302
    page = again.get(course.url + "confirmation/")
    assert NEUTRAL_HEADING_ES in page.content.decode()
    assert Enrolment.objects.count() == 1


def test_one_phone_or_email_is_limited_on_a_course_from_any_connection(make_course, limits):
    course = make_course(capacity=50)
    other_course = make_course(capacity=50)
    statuses = [
        enrol(course, "0997776655", REMOTE_ADDR=f"198.51.100.{number}").status_code
        for number in range(1, 6)
    ]
    # Three tries (the first enrols, the next two get the neutral page), then 429.
    assert statuses == [302, 302, 302, 429, 429]
    # The same number on another course, and other people on this one, are not affected.
    assert enrol(other_course, "0997776655", REMOTE_ADDR="198.51.100.50").status_code == 302
    assert enrol(course, "0997776600", REMOTE_ADDR="198.51.100.51").status_code == 302

    data = form_data(full_name="Ana", phone="", email="ana@example.org", preferred_channel="email")
    statuses = [
        Client()
        .post(course.url + "enrol/", {**data, "email": email}, REMOTE_ADDR=f"192.0.2.{number}")
        .status_code
        for number, email in enumerate(
            ["ana@example.org", "ANA@example.org", " ana@Example.org", "ana@example.org"]
        )
    ]
    assert statuses == [302, 302, 302, 429]


def test_no_address_phone_or_email_in_any_cache_key(make_course, limits):
    limits.TRUSTED_PROXY_COUNT = 1
    course = make_course(capacity=50)
    enrol(course, "0997776655", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.77")
    Client().post(
        course.url + "enrol/",
        form_data(phone="", email="ana@example.org", preferred_channel="email"),
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.77",
    )
    keys = list(caches["default"]._cache)
    assert any(":ratelimit:enrolment:" in key for key in keys)
    assert any(":ratelimit:enrolment-contact:" in key for key in keys)
    for secret in (
        "198.51.100.77",
        "10.0.0.1",
        "0997776655",
        "997776655",
        "ana@example.org",
        "ana",
    ):
        assert not [key for key in keys if secret in key.split(":ratelimit:", 1)[-1]], secret


def test_a_bad_exempt_network_is_a_clear_configuration_error(make_course, limits):
    from django.core.exceptions import ImproperlyConfigured

    from home.forms import in_exempt_network

    limits.RATE_LIMIT_EXEMPT_NETWORKS = ["community-space"]
    request = type("Request", (), {"META": {"REMOTE_ADDR": "10.0.0.1"}})()
    with pytest.raises(ImproperlyConfigured, match="RATE_LIMIT_EXEMPT_NETWORKS"):
        in_exempt_network(request)
