"""Fixtures for the legal guides: an index in four languages and a factory for guides."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

import pytest

from home.models import Topic
from legal_guides.demo_content.common import with_ids
from legal_guides.models import LegalGuideIndexPage, LegalGuidePage

INDEX_SLUGS = {"es": "guias", "en": "guides", "fr": "guides-juridiques", "ht": "gid-legal"}
INDEX_TITLES = {
    "es": "Guías legales",
    "en": "Legal guides",
    "fr": "Guides juridiques",
    "ht": "Gid legal",
}


@pytest.fixture
def topics(locales):
    """Two demo topics in Spanish (the source), with their English translation."""
    asylum = Topic.objects.create(
        locale=locales["es"], slug="asilo", name="Asilo y refugio", icon="asylum"
    )
    work = Topic.objects.create(
        locale=locales["es"], slug="trabajo", name="Trabajo", icon="work", sort_order=2
    )
    asylum_en = asylum.copy_for_translation(locales["en"])
    asylum_en.name = "Asylum and refugee status"
    asylum_en.save()
    return {"asilo": asylum, "trabajo": work, "asilo_en": asylum_en}


@pytest.fixture
def guide_index(home_page):
    index = LegalGuideIndexPage(
        title=INDEX_TITLES["es"],
        slug="guias",
        show_in_menus=True,
        intro="<p>Guías en lenguaje sencillo.</p>",
    )
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def guide_indexes(home_pages, guide_index, translate_page):
    indexes = {"es": guide_index}
    for code in ("en", "fr", "ht"):
        indexes[code] = translate_page(
            guide_index,
            code,
            title=INDEX_TITLES[code],
            slug=INDEX_SLUGS[code],
            intro=f"<p>Intro {code}</p>",
        )
    return indexes


@pytest.fixture
def document(db):
    Document = get_document_model()
    doc = Document(title="Lista de documentos")
    doc.file.save("lista.txt", ContentFile(b"Pasaporte, si lo tienes."), save=False)
    doc._set_document_file_metadata()
    doc.save()
    return doc


def every_block(document, copies=1):
    """One block of every type a guide body offers (`copies` times), with ids like the admin's."""
    return with_ids(
        copies
        * [
            {"type": "heading", "value": "Tus derechos"},
            {"type": "paragraph", "value": "<p>Texto de <b>ejemplo</b>.</p>"},
            {
                "type": "steps",
                "value": {
                    "heading": "Paso a paso",
                    "steps": [
                        {
                            "title": "Busca orientación",
                            "text": "<p>Habla con una organización.</p>",
                        },
                        {"title": "Presenta tu solicitud", "text": "<p>En la oficina.</p>"},
                    ],
                },
            },
            {
                "type": "checklist",
                "value": {
                    "heading": "Documentos",
                    "items": [
                        {"document": "Pasaporte", "note": "Si lo tienes."},
                    ],
                    "note": "No tenerlo no te quita derechos.",
                },
            },
            {
                "type": "callout",
                "value": {"kind": "info", "title": "Bueno saber", "text": "<p>Información.</p>"},
            },
            {
                "type": "callout",
                "value": {"kind": "warning", "title": "", "text": "<p>Cuidado con estafas.</p>"},
            },
            {"type": "callout", "value": {"kind": "free", "title": "", "text": ""}},
            {
                "type": "faq",
                "value": {
                    "heading": "",
                    "questions": [
                        {
                            "question": "¿Me pueden devolver a mi país?",
                            "answer": "<p>No: principio de no devolución.</p>",
                        },
                    ],
                },
            },
            {
                "type": "download",
                "value": {
                    "document": document.pk,
                    "title": "Lista para imprimir",
                    "description": "Una hoja.",
                },
            },
            {
                "type": "where_to_get_help",
                "value": {
                    "heading": "",
                    "organisations": [
                        {
                            "name": "Espacio Comunitario",
                            "description": "Orientación",
                            "address": "Av. 24 de Mayo",
                            "phone": "+593 2 398 9000",
                            "whatsapp": "593 99 000 0000",
                            "opening_hours": "Lunes a viernes",
                            "website": "https://example.org/",
                            "free_of_charge": True,
                        }
                    ],
                },
            },
        ],
        key=f"test-{document.pk}",
    )


@pytest.fixture
def make_guide(guide_index):
    """make_guide(slug, title=..., topics=[...], body=[...], next_review_due=..., parent=...)."""

    def _make(slug, title=None, topics=(), body=None, parent=None, **fields):
        today = timezone.localdate()
        guide = LegalGuidePage(
            title=title or slug.replace("-", " ").capitalize(),
            slug=slug,
            summary=fields.pop("summary", f"Resumen de {slug}."),
            audience=fields.pop("audience", "Personas migrantes."),
            body=body if body is not None else [{"type": "paragraph", "value": "<p>Texto.</p>"}],
            legal_basis=fields.pop(
                "legal_basis",
                [
                    {
                        "type": "reference",
                        "value": {
                            "instrument": "Constitución de la República del Ecuador (2008)",
                            "article": "art. 41",
                            "summary": "Asilo y refugio.",
                            "url": "https://www.asambleanacional.gob.ec/",
                        },
                    }
                ],
            ),
            reviewed_by=fields.pop("reviewed_by", "Equipo jurídico"),
            last_reviewed=fields.pop("last_reviewed", today - datetime.timedelta(days=30)),
            next_review_due=fields.pop("next_review_due", today + datetime.timedelta(days=150)),
            **fields,
        )
        (parent or guide_index).add_child(instance=guide)
        guide.topics.set(list(topics))
        guide.save_revision().publish()
        guide.refresh_from_db()
        return guide

    return _make
