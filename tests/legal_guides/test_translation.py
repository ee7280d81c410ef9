"""Guides translated through wagtail-localize, and the Spanish fallback for untranslated ones."""

import pytest

from legal_guides.models import LegalGuidePage

from .conftest import every_block

pytestmark = pytest.mark.django_db


def test_translated_guide_renders_at_its_translated_url(
    client, guide_indexes, make_guide, topics, document, translate_page
):
    spanish = make_guide(
        "asilo", title="Pedir asilo", topics=[topics["asilo"]], body=every_block(document)
    )
    french = translate_page(
        spanish,
        "fr",
        title="Demander l'asile",
        slug="asile",
        summary="Vous pouvez demander une protection.",
        audience="Personnes réfugiées.",
        reviewed_by="Équipe juridique",
        body=spanish.body,
        legal_basis=spanish.legal_basis,
    )
    assert french.url == "/fr/guides-juridiques/asile/"
    # Dates, topics and documents are synchronised from the Spanish source.
    assert french.last_reviewed == spanish.last_reviewed
    assert french.next_review_due == spanish.next_review_due
    assert [t.slug for t in french.topics.all()] == ["asilo"]
    response = client.get("/fr/guides-juridiques/asile/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr">' in html
    assert "Demander l&#x27;asile" in html and "Vous pouvez demander une protection." in html
    assert "En bref" in html  # the interface speaks French
    assert f"/documents/{document.pk}/" in html
    assert "pas encore été traduite" not in html


def test_every_text_of_a_guide_is_translatable(make_guide, document):
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    guide = make_guide("asilo", body=every_block(document))
    strings = {s.string.data for s in extract_segments(guide) if isinstance(s, StringSegmentValue)}
    for text in [
        "Tus derechos",
        "Busca orientación",
        "Pasaporte",
        "Si lo tienes.",
        "Bueno saber",
        "¿Me pueden devolver a mi país?",
        "Lista para imprimir",
        "Espacio Comunitario",
        "Lunes a viernes",
        "Constitución de la República del Ecuador (2008)",
        "art. 41",
        "Resumen de asilo.",
        "Personas migrantes.",
        "Equipo jurídico",
    ]:
        assert text in strings, text


def test_untranslated_guide_falls_back_to_spanish_with_a_notice(client, guide_indexes, make_guide):
    make_guide("vivienda", title="Alquilar una vivienda")
    for code, index_slug, notice in [
        ("en", "guides", "This page has not been translated into your language yet."),
        ("ht", "gid-legal", None),
    ]:
        response = client.get(f"/{code}/{index_slug}/vivienda/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{code}">' in html
        assert "Alquilar una vivienda" in html
        assert 'class="notice notice-info" role="status"' in html
        if notice:
            assert notice in html
        # The Spanish text is marked as such (WCAG 3.1.2), the interface around it is not.
        assert '<h1 id="guide-title" lang="es">Alquilar una vivienda</h1>' in html
        assert '<div class="guide-body prose" lang="es">' in html
        # Links, sharing and the QR code keep the visitor's language.
        assert f'value="http://testserver/{code}/{index_slug}/vivienda/"' in html


def test_unknown_guide_is_still_a_404(client, guide_indexes):
    assert client.get("/en/guides/does-not-exist/").status_code == 404
    assert LegalGuidePage.objects.count() == 0
