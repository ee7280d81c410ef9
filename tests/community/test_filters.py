"""GET filters on the events index and the services directory; unknown values are ignored."""

import datetime

from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db


def _titles(response, marker="<h3>"):
    html = response.content.decode()
    return html


def test_events_filter_by_type(client, make_event):
    make_event(title="Taller de barrio", event_type="workshop")
    make_event(title="Noche de música", event_type="cultural")
    html = client.get("/es/comunidad/eventos/?type=cultural").content.decode()
    assert "Noche de música" in html and "Taller de barrio" not in html


def test_events_filter_by_month(client, make_event):
    today = timezone.localdate()
    next_month = (today.replace(day=28) + datetime.timedelta(days=10)).replace(day=15)
    days_ahead = (next_month - today).days
    make_event(title="Este mes o pronto", days=0)
    make_event(title="El mes siguiente", days=days_ahead)
    response = client.get(f"/es/comunidad/eventos/?month={next_month:%Y-%m}")
    html = response.content.decode()
    assert "El mes siguiente" in html and "Este mes o pronto" not in html


def test_upcoming_and_past_archive_are_separate(client, make_event):
    make_event(title="Taller que viene", days=4)
    make_event(title="Taller que pasó", days=-4)
    upcoming = client.get("/es/comunidad/eventos/").content.decode()
    past = client.get("/es/comunidad/eventos/?when=past").content.decode()
    assert "Taller que viene" in upcoming and "Taller que pasó" not in upcoming
    assert "Taller que pasó" in past and "Taller que viene" not in past


@pytest.mark.parametrize(
    "query",
    [
        "type=concierto",
        "month=2026-13",
        "month=abc",
        "when=someday",
        "type=%00",
        "month=9999-01",
    ],
)
def test_unknown_event_filter_values_are_ignored(client, make_event, query):
    """Filters only: a page number that is not one is a 404 (tests/security/test_bad_numbers.py)."""
    make_event(title="Taller visible")
    response = client.get(f"/es/comunidad/eventos/?{query}")
    assert response.status_code == 200
    assert "Taller visible" in response.content.decode()


def test_services_filters(client, community, make_service, topics):
    make_service(
        name="Clínica gratuita",
        topics=[topics["salud"]],
        no_documents_needed=True,
        languages=",es,ht,",
    )
    make_service(
        name="Asesoría pagada", topics=[topics["trabajo"]], is_free=False, languages=",es,fr,"
    )
    make_service(
        name="Refugio sin papeles",
        topics=[topics["asilo"]],
        no_documents_needed=True,
        languages=",es,",
    )

    def names(query):
        html = client.get(f"/es/servicios/?{query}").content.decode()
        return {
            name
            for name in ("Clínica gratuita", "Asesoría pagada", "Refugio sin papeles")
            if name in html
        }

    assert names("topic=salud") == {"Clínica gratuita"}
    assert names("free=1") == {"Clínica gratuita", "Refugio sin papeles"}
    assert names("no_documents=1") == {"Clínica gratuita", "Refugio sin papeles"}
    assert names("language=fr") == {"Asesoría pagada"}
    assert names("language=ht&no_documents=1") == {"Clínica gratuita"}
    assert names("topic=asilo&free=1") == {"Refugio sin papeles"}


@pytest.mark.parametrize(
    "query", ["topic=nope", "language=xx", "free=yes", "no_documents=%FF", "language=e"]
)
def test_unknown_service_filter_values_are_ignored(client, community, make_service, query):
    make_service(name="Clínica gratuita", languages=",es,")
    response = client.get(f"/es/servicios/?{query}")
    assert response.status_code == 200
    assert "Clínica gratuita" in response.content.decode()


def test_service_unverified_for_over_a_year_is_flagged(client, community, make_service):
    make_service(
        name="Dato viejo", last_verified=timezone.localdate() - datetime.timedelta(days=400)
    )
    make_service(
        name="Dato nuevo", last_verified=timezone.localdate() - datetime.timedelta(days=30)
    )
    html = client.get("/es/servicios/").content.decode()
    old = html[html.index("Dato viejo") :]
    new = html[html.index("Dato nuevo") :]
    assert (
        "Not checked for over a year" in old.split("</article>")[0]
        or "más de un año" in old.split("</article>")[0]
    )
    assert "badge-warn" not in new.split("</article>")[0]


def test_report_wrong_information_links_into_tu_voz_tagged_with_the_entry(
    client, community, make_service
):
    service = make_service(name="Clínica gratuita")
    html = client.get("/es/servicios/").content.decode()
    report_url = f"/es/directory/entry-{service.pk}/report/"
    assert f'href="{report_url}"' in html
    assert client.get(report_url).url == f"/es/tu-voz/?service={service.pk}"
    form = client.get(f"/es/tu-voz/?service={service.pk}").content.decode()
    assert "Clínica gratuita" in form
    assert f'name="service" value="{service.pk}"' in form
