"""Certificates: issued on completion, a PDF in the person's language with a link and QR code to
a public verification page that shows initials only, revocation, and numbers nobody can guess."""

import datetime
import io
import re

from django.test import override_settings
from django.urls import reverse
from django.utils import translation

import pytest
from pypdf import PdfReader

from courses import services
from courses.attendance import NUMBER_ALPHABET, new_certificate_number
from courses.models import Certificate, CourseSession, Notification
from courses.tasks import render_email, render_message
from tests.staff_login import login_verified

from .conftest import person

pytestmark = pytest.mark.django_db

NAME = "María José Pérez Quispe"
PHONE = "0991234567"
EMAIL = "maria@example.org"


@pytest.fixture
def course(make_course):
    course = make_course(capacity=5, certificate=True, title="Barista profesional")
    for number in range(5):
        CourseSession.objects.create(
            page=course,
            sort_order=number,
            date=course.start_date + datetime.timedelta(days=number),
            start_time=datetime.time(9),
            end_time=datetime.time(12),
        )
    return course


def complete(course, enrolment, sessions=4):
    for session in course.sessions.order_by("date")[:sessions]:
        services.record_attendance(course, session, [enrolment.pk])
    enrolment.refresh_from_db()
    return enrolment


@pytest.fixture
def holder(course):
    enrolment = services.enrol(course, person(1, full_name=NAME, phone=PHONE, email=EMAIL), "es")[0]
    return complete(course, enrolment)


def verify_url(certificate, language="es"):
    with translation.override(language):
        return reverse("courses:certificate", kwargs={"number": certificate.number})


def download_url(certificate, language="es"):
    token = services.certificate_token(certificate)
    with translation.override(language):
        return reverse("courses:certificate_download", kwargs={"token": token})


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return reader, " ".join(page.extract_text() for page in reader.pages)


def test_completing_a_certificate_course_issues_one_certificate(course, holder):
    assert holder.status == "completed"
    certificate = Certificate.objects.get(enrolment=holder)
    assert certificate.holder_initials == "M. J. P. Q."
    assert not certificate.is_revoked
    services.record_attendance(course, course.sessions.order_by("date")[4], [holder.pk])
    assert Certificate.objects.filter(enrolment=holder).count() == 1


def test_no_certificate_below_the_rule_or_for_a_course_without_one(course, make_course):
    partial = complete(course, services.enrol(course, person(2), "es")[0], sessions=3)
    assert partial.status == "attended"
    other = make_course(certificate=False)
    CourseSession.objects.create(
        page=other, date=other.start_date, start_time=datetime.time(9), end_time=datetime.time(10)
    )
    done = complete(other, services.enrol(other, person(3), "es")[0], sessions=1)
    assert done.status == "completed"
    assert not Certificate.objects.exists()


def test_the_pdf_opens_and_carries_the_course_number_name_and_verification_link(
    client, course, holder
):
    certificate = holder.certificate
    response = client.get(download_url(certificate))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    reader, text = pdf_text(response.content)
    flat = " ".join(text.split())
    assert "Barista profesional" in flat
    assert certificate.number in flat
    assert NAME in flat
    link = "http://localhost" + verify_url(certificate)  # the default site's root URL
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
    ]
    assert links and all(uri.endswith(verify_url(certificate)) for uri in links)
    assert verify_url(certificate) in flat.replace(" ", "") or link in links


def test_the_qr_code_encodes_the_verification_page(course, holder):
    import segno

    from courses import certificate_pdf

    url = certificate_pdf.verification_url(holder.certificate, "es")
    assert url.endswith(verify_url(holder.certificate))
    drawn = []

    class Canvas:  # records the squares the PDF draws for the QR code
        def rect(self, x, y, w, h, stroke=0, fill=0):
            drawn.append((round(x / w), round(y / h)))

        def setFillColorRGB(self, *args):
            pass

        def linkURL(self, *args, **kwargs):
            pass

    certificate_pdf._draw_qr(Canvas(), url, 0, 0, 100)
    expected = segno.make(url, error="m")
    size = len(list(expected.matrix_iter(border=2)))
    dark = {
        (col, size - 1 - row)
        for row, line in enumerate(expected.matrix_iter(border=2))
        for col, value in enumerate(line)
        if value
    }
    assert set(drawn) == dark


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("es", "Certificado de finalización"),
        ("en", "Certificate of completion"),
        ("fr", "Certificat de réussite"),
        ("ht", "Sètifika"),
    ],
)
def test_the_pdf_is_in_the_person_s_language(client, course, language, heading):
    enrolment = services.enrol(course, person(5, full_name="Jean Pierre"), language)[0]
    complete(course, enrolment)
    _reader, text = pdf_text(client.get(download_url(enrolment.certificate)).content)
    assert heading in " ".join(text.split())


def test_the_verification_page_shows_initials_only(client, course, holder):
    certificate = holder.certificate
    response = client.get(verify_url(certificate))
    page = response.content.decode()
    assert response.status_code == 200
    assert "M. J. P. Q." in page
    assert certificate.number in page
    assert "Barista profesional" in page
    for private in (NAME, "María", "Pérez", PHONE, EMAIL, holder.reference):
        assert private not in page
    assert "revoc" not in page.lower()
    # Typed by hand: spaces and lower case are forgiven.
    assert (
        client.get(
            verify_url(certificate).replace(certificate.number, certificate.number.lower())
        ).status_code
        == 200
    )


def test_a_revoked_certificate_says_so_at_the_next_request(client, users, course, holder):
    certificate = holder.certificate
    assert client.get(verify_url(certificate)).status_code == 200
    login_verified(client, users["coordinator"])
    revoke = reverse("courses_admin:revoke_certificate", args=[certificate.pk])
    client.post(revoke, {"reason": ""})  # a reason is required
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    client.post(revoke, {"reason": "Attendance marked by mistake"})
    certificate.refresh_from_db()
    assert certificate.is_revoked
    assert certificate.revoked_reason == "Attendance marked by mistake"
    assert certificate.revoked_by == users["coordinator"]
    client.logout()
    page = client.get(verify_url(certificate)).content.decode()
    assert "Revocado el" in page
    assert "Attendance marked by mistake" not in page
    with translation.override("en"):
        english = client.get(verify_url(certificate, "en")).content.decode()
    assert "Revoked on" in english
    assert client.get(download_url(certificate)).status_code == 410


@pytest.mark.parametrize("role", ["anonymous", "partner", "editor"])
def test_only_coordinators_revoke_or_download_from_the_admin(client, users, holder, role):
    certificate = holder.certificate
    if users[role]:
        login_verified(client, users[role])
    client.post(reverse("courses_admin:revoke_certificate", args=[certificate.pk]), {"reason": "x"})
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    response = client.get(reverse("courses_admin:certificate_pdf", args=[certificate.pk]))
    assert response.status_code in (302, 403)


def test_coordinators_download_and_print_it_from_the_roster(client, users, course, holder):
    login_verified(client, users["coordinator"])
    roster = client.get(reverse("courses_admin:roster", args=[course.pk])).content.decode()
    admin_pdf = reverse("courses_admin:certificate_pdf", args=[holder.certificate.pk])
    assert admin_pdf in roster
    response = client.get(admin_pdf)
    assert response["Content-Type"] == "application/pdf"
    assert holder.certificate.number in pdf_text(response.content)[1]


def test_an_unknown_number_is_a_plain_404_in_the_visitor_s_language(client, holder, home_pages):
    wrong = new_certificate_number()
    response = client.get(reverse("courses:certificate", kwargs={"number": wrong}))
    assert response.status_code == 404
    assert "Ningún certificado tiene este número" in response.content.decode()
    with translation.override("ht"):
        url = reverse("courses:certificate", kwargs={"number": wrong})
    assert url.startswith("/ht/")
    assert "Pa gen okenn sètifika" in client.get(url).content.decode()
    # A forged download link finds nothing either.
    assert (
        client.get(
            download_url(holder.certificate).replace("/download/", "/download/x")
        ).status_code
        == 404
    )


def test_numbers_are_random_with_enough_entropy():
    numbers = {new_certificate_number() for _ in range(2000)}
    assert len(numbers) == 2000
    for number in list(numbers)[:50]:
        assert re.fullmatch(r"QTO-C-[%s]{4}-[%s]{4}-[%s]{4}" % ((NUMBER_ALPHABET,) * 3), number)
    # 12 characters of 32: 60 bits, never a counter.
    assert len(NUMBER_ALPHABET) ** 12 >= 2**60


@override_settings(CERTIFICATE_VERIFY_RATE_LIMIT=5)
def test_many_guesses_from_one_client_are_answered_429(client, holder):
    for _ in range(5):
        number = new_certificate_number()
        assert (
            client.get(reverse("courses:certificate", kwargs={"number": number})).status_code == 404
        )
    # Over the limit, even a right number gets 429: the answer no longer tells right from wrong.
    response = client.get(verify_url(holder.certificate))
    assert response.status_code == 429
    assert "M. J. P. Q." not in response.content.decode()
    other = client_from_elsewhere()
    assert other.get(verify_url(holder.certificate)).status_code == 200


def client_from_elsewhere():
    from django.test import Client

    return Client(REMOTE_ADDR="203.0.113.9")


def test_the_person_gets_a_download_link_by_email_and_a_short_phone_message(course, holder):
    rows = Notification.objects.filter(enrolment=holder, kind="certificate")
    email = rows.get(channel="email")
    subject, body = render_email(email)
    link = download_url(holder.certificate)
    assert link in body and "Tu certificado está listo" in subject
    text = render_message(email)  # what a phone message says
    assert link in text
    for private in ("María", "Pérez", NAME):
        assert private not in text
    assert len(text) < 320


def test_the_purge_keeps_the_certificate_verifiable_with_initials_only(client, course, holder):
    certificate = holder.certificate
    services.anonymise(holder)
    certificate.refresh_from_db()
    page = client.get(verify_url(certificate)).content.decode()
    assert "M. J. P. Q." in page and "Barista profesional" in page
    assert client.get(download_url(certificate)).status_code == 410
