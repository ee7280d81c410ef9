"""Seats, the waitlist, the enrolment window and the self-service cancel link."""

from django.core import mail
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from courses import services
from courses.models import Enrolment
from home.models import SiteSettings, StandardPage
from tests.staff_login import login_verified

from .conftest import form_data, person

pytestmark = pytest.mark.django_db


def enrol(course, number, **fields):
    return services.enrol(course, person(number, **fields), "es")[0]


def test_capacity_is_respected_and_the_rest_join_the_waitlist_in_order(course):
    people = [enrol(course, n) for n in range(5)]
    assert [p.status for p in people] == [
        "confirmed",
        "confirmed",
        "waitlisted",
        "waitlisted",
        "waitlisted",
    ]
    assert [p.waitlist_position() for p in people[2:]] == [1, 2, 3]
    assert course.seat_counts() == {
        "confirmed": 2,
        "offered": 0,
        "waitlisted": 3,
        "cancelled": 0,
        "free": 0,
        "capacity": 2,
    }


def test_cancelling_offers_the_seat_to_the_first_person_waiting_and_emails_them(
    course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = enrol(course, 1)
        enrol(course, 2)
        waiting = enrol(course, 3, email="tercera@example.org")
        enrol(course, 4)
    assert waiting.status == "waitlisted"
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.cancel(first)

    waiting.refresh_from_db()
    assert [p.pk for p in promoted] == [waiting.pk]
    assert waiting.status == "offered"
    assert [m.to for m in mail.outbox] == [["tercera@example.org"]]
    assert waiting.reference in mail.outbox[0].subject
    assert "plaza te espera" in mail.outbox[0].subject.lower()
    assert f"/es/enrolment/offer/{services.offer_token(waiting)}/" in mail.outbox[0].body
    # The next person moves up to position 1.
    assert Enrolment.objects.get(full_name="Persona 4").waitlist_position() == 1


def test_cancelling_twice_frees_only_one_seat(course):
    first = enrol(course, 1)
    enrol(course, 2)
    enrol(course, 3)
    enrol(course, 4)
    assert len(services.cancel(first)) == 1
    assert services.cancel(first) == []
    counts = course.seat_counts()
    assert (counts["confirmed"], counts["offered"], counts["waitlisted"]) == (1, 1, 1)


def test_translations_share_one_set_of_seats(course, home_pages, translate_page, client):
    from courses.models import CourseIndexPage

    index = CourseIndexPage.objects.get(locale__language_code="es")
    translate_page(index, "en", title="Free courses", slug="courses", intro="")
    english = translate_page(
        course,
        "en",
        title="Course in English",
        slug="course-en",
        summary="A free course.",
        description="<p>Description.</p>",
        schedule="Mondays and Wednesdays",
    )
    enrol(course, 1)
    response = client.post(english.url + "enrol/", form_data(phone="0987654321"))
    assert response.status_code == 302
    assert course.seat_counts()["confirmed"] == 2
    assert english.seat_counts()["confirmed"] == 2
    assert Enrolment.objects.get(phone_digits="0987654321").course_id == course.pk


def test_the_form_enrols_and_shows_a_reference_after_redirect(client, course):
    response = client.post(course.url + "enrol/", form_data())
    assert response.status_code == 302
    assert response.url == course.url + "confirmation/"
    enrolment = Enrolment.objects.get()
    assert enrolment.status == "confirmed"
    assert enrolment.consent_at is not None
    assert enrolment.privacy_notice_version == "2026-11"
    page = client.get(response.url).content.decode()
    assert enrolment.reference in page
    assert "Tienes una plaza" in page
    assert "https://wa.me/?text=" in page
    # The reference is short and unambiguous.
    assert len(enrolment.reference) == 8 and enrolment.reference.startswith("QTO-")
    assert not set(enrolment.reference[4:]) & set("0O1I")


def test_waitlisted_visitor_sees_their_position(client, make_course):
    course = make_course(capacity=1)
    enrol(course, 1)
    enrol(course, 2)
    client.post(course.url + "enrol/", form_data())
    page = client.get(course.url + "confirmation/").content.decode()
    assert "Estás en la lista de espera" in page
    assert "puesto 2 en la lista de espera" in page


def test_someone_who_cancelled_can_enrol_again(course):
    first = enrol(course, 1)
    services.cancel(first)
    again = enrol(course, 1)
    assert again.pk != first.pk and again.status == "confirmed"


@pytest.mark.parametrize(
    ("window", "message"),
    [
        ({"opens": 3, "closes": 10, "start": 14}, "La inscripción aún no está abierta"),
        ({"opens": -10, "closes": -1, "start": 14}, "La inscripción para este curso está cerrada"),
        ({"opens": -10, "closes": 5, "start": 0}, "Este curso ya empezó"),
    ],
    ids=["before-opening", "after-closing", "after-start"],
)
def test_enrolment_outside_the_window_is_refused(client, make_course, window, message):
    course = make_course(**window)
    page = client.get(course.url).content.decode()
    assert 'id="enrolment-form"' not in page
    response = client.post(course.url + "enrol/", form_data())
    assert response.status_code == 409
    assert message in response.content.decode()
    assert Enrolment.objects.count() == 0
    with pytest.raises(services.EnrolmentClosed):
        services.enrol(course, person(1), "es")


def test_signed_cancel_link_cancels_without_login_and_offers_the_seat(client, course):
    client.post(course.url + "enrol/", form_data())
    enrolment = Enrolment.objects.get()
    enrol(course, 2)
    waiting = enrol(course, 3)
    confirmation = client.get(course.url + "confirmation/").content.decode()
    link = f"/es/enrolment/cancel/{services.cancel_token(enrolment)}/"
    assert link in confirmation
    # No personal data in the link.
    assert "099" not in link and "Mar" not in link

    page = client.get(link).content.decode()
    assert "Sí, cancelar mi inscripción" in page
    enrolment.refresh_from_db()
    assert enrolment.status == "confirmed"  # a GET changes nothing

    response = client.post(link)
    assert response.status_code == 200
    assert "está cancelada" in response.content.decode()
    enrolment.refresh_from_db()
    waiting.refresh_from_db()
    assert enrolment.status == "cancelled"
    assert waiting.status == "offered"


def test_confirmation_without_an_enrolment_in_the_session_goes_back_to_the_course(client, course):
    enrol(course, 1)
    response = client.get(course.url + "confirmation/")
    assert response.status_code == 302
    assert response.url == course.url


def test_staff_can_confirm_from_the_waitlist_beyond_capacity(course):
    enrol(course, 1)
    enrol(course, 2)
    waiting = enrol(course, 3)
    assert services.confirm_from_waitlist(waiting)
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert course.seat_counts()["confirmed"] == 3


def course_form(course, **changes):
    """The course's edit form as an editor sends it from the admin, with `changes`."""
    values = {
        "title": course.title,
        "slug": course.slug,
        "summary": course.summary,
        "description": rich_text(course.description),
        "learning_outcomes": rich_text(course.learning_outcomes),
        "requirements": rich_text(course.requirements),
        "start_date": course.start_date.isoformat(),
        "end_date": course.end_date.isoformat(),
        "schedule": course.schedule,
        "session_start": course.session_start.strftime("%H:%M"),
        "session_end": course.session_end.strftime("%H:%M"),
        "time_slot": course.time_slot,
        "modality": course.modality,
        "at_community_space": "on",
        "address": "",
        "instruction_language": course.instruction_language,
        "provider": "",
        "capacity": course.capacity,
        "enrolment_opens": course.enrolment_opens.isoformat(),
        "enrolment_closes": course.enrolment_closes.isoformat(),
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
        "completion_percent": course.completion_percent,
        "sessions": inline_formset([]),
    }
    values.update(changes)
    return nested_form_data(values)


def test_raising_capacity_on_publish_offers_seats_to_people_waiting(
    course, client, django_user_model
):
    enrol(course, 1)
    enrol(course, 2)
    waiting = enrol(course, 3)
    still_waiting = enrol(course, 4)
    editor = django_user_model.objects.create_superuser("editora", "editora@example.org", "pw")
    login_verified(client, editor)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        {**course_form(course, capacity=3), "action-publish": "1"},
    )

    assert response.status_code == 302, response.context and response.context["form"].errors
    course.refresh_from_db()
    assert course.capacity == 3 and course.live_revision == course.latest_revision
    waiting.refresh_from_db()
    still_waiting.refresh_from_db()
    assert waiting.status == "offered"
    assert still_waiting.status == "waitlisted"


def test_attended_and_completed(course):
    person_ = enrol(course, 1)
    assert services.mark(person_, "attended")
    assert services.mark(person_, "completed")
    person_.refresh_from_db()
    assert person_.status == "completed"
    assert person_.holds_seat
    waiting = enrol(course, 2)
    enrol(course, 3)
    w = enrol(course, 4)
    assert waiting.status == "confirmed"
    assert not services.mark(w, "attended")  # waitlisted people cannot attend


def test_the_consent_box_links_to_the_privacy_notice_in_a_new_tab(client, course, home_page):
    notice = home_page.add_child(
        instance=StandardPage(title="Aviso de privacidad", slug="privacidad", body="<p>…</p>")
    )
    notice.save_revision().publish()
    site_settings = SiteSettings.for_site(home_page.get_site())
    site_settings.privacy_page = notice
    site_settings.save()
    html = client.get(course.url).content.decode()
    label = html.split('for="id_consent"', 1)[1].split("</label>", 1)[0]
    assert "Acepto que la ciudad guarde estos datos para gestionar mi inscripción" in label
    assert f'<a href="{notice.url}" target="_blank" rel="noopener">' in label
