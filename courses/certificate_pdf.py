"""The certificate as a PDF (reportlab) with a QR code (segno) to its public verification page.

Made on request from the `Certificate` record, in the holder's language, and never stored: there
is no file to forget when the personal data is purged. Fonts: reportlab's own Bitstream Vera,
embedded, so a bare server needs nothing installed.
"""

import io
import os

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Site

import reportlab
import segno
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from home.dates import long_date

FONT, BOLD = "CertificateVera", "CertificateVeraBold"
ACCENT = HexColor("#0b5394")


def _register_fonts():
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    pdfmetrics.registerFont(TTFont(FONT, os.path.join(folder, "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, os.path.join(folder, "VeraBd.ttf")))


def site_root_url():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL


def verification_url(certificate, language):
    with translation.override(language):
        path = reverse("courses:certificate", kwargs={"number": certificate.number})
    return site_root_url() + path


def download_url(certificate, token, language):
    with translation.override(language):
        path = reverse("courses:certificate_download", kwargs={"token": token})
    return site_root_url() + path


def _centred_lines(pdf, text, font, size, y, width, max_width):
    """Draw `text` centred, wrapped to `max_width`; returns the y below it."""
    from reportlab.lib.utils import simpleSplit

    for line in simpleSplit(text, font, size, max_width):
        pdf.setFont(font, size)
        pdf.drawCentredString(width / 2, y, line)
        y -= size * 1.35
    return y


def _draw_qr(pdf, url, x, y, size):
    """The QR code drawn as vector squares (no image library), with a link on it."""
    code = segno.make(url, error="m")
    rows = list(code.matrix_iter(border=2))
    module = size / len(rows)
    pdf.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(rows):
        for col_index, dark in enumerate(row):
            if dark:
                pdf.rect(
                    x + col_index * module,
                    y + size - (row_index + 1) * module,
                    module,
                    module,
                    stroke=0,
                    fill=1,
                )
    pdf.linkURL(url, (x, y, x + size, y + size), relative=0)


def render(certificate):
    """The certificate's PDF (bytes), in the holder's language."""
    _register_fonts()
    enrolment = certificate.enrolment
    language = enrolment.language or "es"
    url = verification_url(certificate, language)
    buffer = io.BytesIO()
    width, height = landscape(A4)
    with translation.override(language):
        course = enrolment.course_in(language)
        title = _("Certificate of completion")
        pdf = canvas.Canvas(buffer, pagesize=(width, height))
        pdf.setTitle(f"{title} {certificate.number}")
        pdf.setAuthor(_("Human Mobility Quito"))
        pdf.setStrokeColor(ACCENT)
        pdf.setLineWidth(3)
        pdf.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
        pdf.setFillColor(ACCENT)
        y = height - 40 * mm
        y = _centred_lines(pdf, _("Human Mobility Quito"), BOLD, 16, y, width, width - 60 * mm)
        y = _centred_lines(pdf, title, BOLD, 30, y - 8 * mm, width, width - 60 * mm)
        pdf.setFillColorRGB(0.1, 0.1, 0.1)
        y = _centred_lines(
            pdf, _("This certifies that"), FONT, 14, y - 6 * mm, width, width - 60 * mm
        )
        y = _centred_lines(pdf, enrolment.full_name, BOLD, 24, y - 2 * mm, width, width - 60 * mm)
        y = _centred_lines(
            pdf, _("completed the course"), FONT, 14, y - 2 * mm, width, width - 60 * mm
        )
        y = _centred_lines(pdf, course.title, BOLD, 20, y - 2 * mm, width, width - 80 * mm)
        dates = _("from %(start)s to %(end)s") % {
            "start": long_date(course.start_date),
            "end": long_date(course.end_date),
        }
        _centred_lines(pdf, dates, FONT, 14, y - 2 * mm, width, width - 60 * mm)

        qr_size = 38 * mm
        _draw_qr(pdf, url, width - 22 * mm - qr_size, 20 * mm, qr_size)
        pdf.setFont(FONT, 11)
        left = 22 * mm
        pdf.drawString(
            left, 44 * mm, _("Certificate number: %(number)s") % {"number": certificate.number}
        )
        pdf.drawString(
            left,
            38 * mm,
            _("Issued on %(date)s") % {"date": long_date(certificate.issued_on)},
        )
        pdf.drawString(left, 30 * mm, _("Check that this certificate is valid:"))
        pdf.setFillColor(ACCENT)
        pdf.drawString(left, 24 * mm, url)
        text_width = pdfmetrics.stringWidth(url, FONT, 11)
        pdf.linkURL(url, (left, 22 * mm, left + text_width, 28 * mm), relative=0)
        pdf.showPage()
        pdf.save()
    return buffer.getvalue()


def filename(certificate):
    return f"certificate-{certificate.number}.pdf"
