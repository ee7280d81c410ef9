"""Fixtures for the guides tests: topics, a document and every block a guide offers (the guide
index and the guide factory are in tests/sections.py)."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from home.models import Topic
from legal_guides.demo_content.common import with_ids


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
