"""Demo content for the legal guides: the index in four languages, seven guides in Spanish (one
per demo topic), three of them fully translated into English, French and Haitian Creole.

Idempotent: a second run finds everything by slug or title and creates nothing new.
"""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from home.demo import TARGET_LANGUAGES, child_page, ensure_locales, translate_all
from home.models import HomePage, Topic

from .demo_content import asylum, discrimination, health
from .demo_content import glossary as glossary_content
from .demo_content.common import INDEX, REVIEWED_BY, with_ids
from .demo_content.spanish_only import GUIDES as SPANISH_ONLY_GUIDES
from .models import GlossaryPage, GlossaryTerm, LegalGuideIndexPage, LegalGuidePage
from .speech import available
from .tasks import audio_paused, generate_guide_audio

TRANSLATED_GUIDES = [asylum, health, discrimination]
CHECKLIST_TITLE = "Lista para imprimir: qué llevar a tu cita de asilo o refugio"
CHECKLIST_TEXT = """QUÉ LLEVAR A TU CITA (asilo y refugio)

[ ] Tu pasaporte o documento de identidad (solo si lo tienes)
[ ] Pruebas de lo que te pasó: denuncias, fotos, mensajes o noticias (si las tienes)
[ ] Documentos de tus hijas e hijos (si los tienes)
[ ] Un teléfono o una dirección de contacto

Si no tienes documentos, pide orientación igual: no tenerlos no te quita tus derechos.
Pedir asilo o refugio es gratis. Nadie puede cobrarte por ello.
"""


def seed(command):
    """Pages and terms first, without audio; then the computer voice for the asylum guide in its
    four languages only (about 5 s of CPU each): every other guide gets its audio when an editor
    next publishes it, so `make run` stays quick."""
    with audio_paused():
        index = _seed(command)
    if index is not None and available():
        slug = asylum.TEXT["es"]["slug"]
        for guide in LegalGuidePage.objects.live().child_of(index).filter(slug=slug):
            for translation in [guide, *guide.get_translations()]:
                generate_guide_audio.enqueue(translation.pk)


def _seed(command):
    ensure_locales()
    home = HomePage.objects.filter(locale__language_code="es").first()
    if home is None:
        command.log("legal guides: no Spanish home page, skipped")
        return None
    seed_glossary(command, home)
    index = child_page(
        home,
        LegalGuideIndexPage,
        INDEX["es"]["slug"],
        title=INDEX["es"]["title"],
        intro=INDEX["es"]["intro"],
        show_in_menus=True,
    )
    translate_all(index, {code: INDEX[code] for code in TARGET_LANGUAGES})

    document = _checklist_document()
    created = 0
    for module in TRANSLATED_GUIDES:
        key = module.TEXT["es"]["slug"]
        fields = _with_ids(module.build("es", document.pk), key)
        guide, is_new = _guide(index, fields, module.TOPICS, module.DATES, module.SAMPLE)
        created += is_new
        translate_all(
            guide,
            {
                code: {
                    **_translatable(_with_ids(module.build(code, document.pk), key)),
                    "reviewed_by": REVIEWED_BY[code],
                }
                for code in TARGET_LANGUAGES
            },
        )
    for spec in SPANISH_ONLY_GUIDES:
        fields = {
            name: value
            for name, value in spec.items()
            if name not in {"topics", "last_reviewed", "next_review_due"}
        }
        fields = _with_ids(fields, spec["slug"])
        dates = {"last_reviewed": spec["last_reviewed"], "next_review_due": spec["next_review_due"]}
        _, is_new = _guide(index, fields, spec["topics"], dates, sample=True)
        created += is_new

    total = LegalGuidePage.objects.filter(locale__language_code="es").count()
    command.log(
        f"legal guides: {total} in Spanish ({created} new), {len(TRANSLATED_GUIDES)} translated into en, fr, ht"
    )
    return index


def seed_glossary(command, home):
    """The glossary page in four languages (/es/glosario/, /en/glossary/, /fr/glossaire/,
    /ht/glose/) and its terms, each translated through wagtail-localize."""
    pages = glossary_content.GLOSSARY_PAGE
    glossary = child_page(
        home,
        GlossaryPage,
        pages["es"]["slug"],
        title=pages["es"]["title"],
        intro=pages["es"]["intro"],
    )
    translate_all(glossary, {code: pages[code] for code in TARGET_LANGUAGES})
    created = 0
    for entry in glossary_content.TERMS:
        term, forms, explanation = entry["es"]
        source = GlossaryTerm.objects.filter(locale=home.locale, term=term).first()
        if source is None:
            source = GlossaryTerm.objects.create(
                locale=home.locale, term=term, other_forms=forms, explanation=explanation
            )
            created += 1
        translate_all(
            source,
            {
                code: dict(zip(("term", "other_forms", "explanation"), entry[code], strict=True))
                for code in TARGET_LANGUAGES
            },
        )
    command.log(f"glossary: {len(glossary_content.TERMS)} terms ({created} new) in four languages")


def _translatable(fields):
    return {
        key: fields[key] for key in ("title", "slug", "summary", "audience", "body", "legal_basis")
    }


def _with_ids(fields, key):
    """Stable block ids: translations are matched to the Spanish source block by block."""
    return {
        **fields,
        "body": with_ids(fields["body"], f"{key}:body"),
        "legal_basis": with_ids(fields["legal_basis"], f"{key}:legal_basis"),
    }


def _guide(index, fields, topic_slugs, dates, sample):
    existing = index.get_children().filter(slug=fields["slug"]).first()
    if existing is not None:
        return existing.specific, False
    topics = list(Topic.objects.filter(locale__language_code="es", slug__in=topic_slugs))
    guide = child_page(
        index,
        LegalGuidePage,
        fields["slug"],
        title=fields["title"],
        summary=fields["summary"],
        audience=fields["audience"],
        body=fields["body"],
        legal_basis=fields["legal_basis"],
        reviewed_by=REVIEWED_BY["es"],
        sample_content=sample,
        topics=topics,
        **dates,
    )
    return guide, True


def _checklist_document():
    Document = get_document_model()
    document = Document.objects.filter(title=CHECKLIST_TITLE).first()
    if document is None:
        document = Document(title=CHECKLIST_TITLE)
        document.file.save(
            "lista-asilo-refugio.txt", ContentFile(CHECKLIST_TEXT.encode()), save=False
        )
        document._set_document_file_metadata()
        document.save()
    return document
