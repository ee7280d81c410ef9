"""Translation status: every translatable page and snippet × every target language.

Built on wagtail-localize's own models. For a Spanish source object and a target language, a cell is:

- **missing**: no translation in that language (or only an alias that shows the Spanish text);
- **awaiting review**: a machine translator filled segments that no person has saved since (in
  wagtail-localize's editor a segment a person saves becomes "manual"). Such a translation cannot
  be published (`publish_blocked_response`), and a page published with machine text anyway (for
  example by "sync translated pages" with "publish") is not shown to visitors: they are sent to
  the Spanish page (`serve_reviewed_translations_only`);
- **out of date**: the source was published after it was last synced for translation
  (`TranslationSource.last_updated_at`), or some segments of the synced source are not translated
  (a sync after an edit brings the changed text in as new segments);
- **up to date**: otherwise.

Translations made outside wagtail-localize (a copy edited by hand) are out of date when the source
was published after them. Snippets without revisions have no change date: only sync and segment
state count for them.

The whole report takes a fixed number of queries (nine, plus two per translatable snippet model),
whatever the number of pages.
"""

import dataclasses
import datetime

from django.conf import settings
from django.contrib import messages
from django.db.models import Count, F
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import DraftStateMixin, Locale, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"
AWAITING_REVIEW = "awaiting_review"
STATUS_CHOICES = [
    (UP_TO_DATE, _("Up to date")),
    (OUT_OF_DATE, _("Out of date")),
    (MISSING, _("Missing")),
    (AWAITING_REVIEW, _("Machine-translated, awaiting review")),
]
STATUS_LABELS = dict(STATUS_CHOICES)
MACHINE = StringTranslation.TRANSLATION_TYPE_MACHINE
HOME_SECTION = "home"


def source_language():
    return settings.LANGUAGE_CODE


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != source_language()]


def language_names():
    return dict(settings.LANGUAGES)


@dataclasses.dataclass
class Cell:
    language: str
    status: str
    detail: str = ""
    url: str = ""

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


@dataclasses.dataclass
class Row:
    title: str
    kind: str
    section: str
    section_label: str
    source_url: str
    cells: dict  # language code → Cell

    def cell_list(self, languages):
        return [self.cells[code] for code in languages]


@dataclasses.dataclass
class ExportRow:
    """One row of the spreadsheet: one object in one language."""

    title: str
    kind: str
    section_label: str
    language: str
    status_label: str
    detail: str
    editor_url: str


@dataclasses.dataclass
class _Source:
    """A Spanish source object, as plain values."""

    key: object  # translation_key
    pk: object
    title: str
    kind: str
    section: str
    section_label: str
    source_url: str
    changed_at: datetime.datetime | None
    missing_url: str  # where to ask for a translation
    edit_url_name: str  # URL name of a target's edit view (pk argument)
    targets: dict = dataclasses.field(default_factory=dict)  # locale id → (pk, changed_at)


def _changed_at_field(model):
    if issubclass(model, DraftStateMixin):
        return "last_published_at"
    if issubclass(model, RevisionMixin):
        return "latest_revision__created_at"
    return None


def _page_sources(locale_ids, source_locale):
    pages = list(
        Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        .select_related("content_type")
        .order_by("path")
        .values(
            "pk",
            "path",
            "depth",
            "title",
            "slug",
            "translation_key",
            "last_published_at",
            "content_type",
        )
    )
    sections = {page["path"][: Page.steplen * 3]: page for page in pages if page["depth"] == 3}
    content_types = _content_types({page["content_type"] for page in pages})
    sources = []
    for page in pages:
        if page["depth"] == 2:
            section, section_label = HOME_SECTION, page["title"]
        else:
            section_page = sections.get(page["path"][: Page.steplen * 3], page)
            section, section_label = f"page-{section_page['slug']}", section_page["title"]
        model = content_types.get(page["content_type"])
        sources.append(
            _Source(
                key=page["translation_key"],
                pk=page["pk"],
                title=page["title"],
                kind=capfirst(model._meta.verbose_name) if model else gettext("Page"),
                section=section,
                section_label=section_label,
                source_url=reverse("wagtailadmin_pages:edit", args=[page["pk"]]),
                changed_at=page["last_published_at"],
                missing_url=reverse("wagtail_localize:submit_page_translation", args=[page["pk"]]),
                edit_url_name="wagtailadmin_pages:edit",
            )
        )
    by_key = {source.key: source for source in sources}
    for target in Page.objects.filter(
        translation_key__in=by_key, locale_id__in=locale_ids, alias_of__isnull=True
    ).values("pk", "translation_key", "locale_id", "last_published_at"):
        by_key[target["translation_key"]].targets[target["locale_id"]] = (
            target["pk"],
            target["last_published_at"],
        )
    return sources


def _content_types(ids):
    from django.contrib.contenttypes.models import ContentType

    return {ct_id: ContentType.objects.get_for_id(ct_id).model_class() for ct_id in ids}


def translatable_snippet_models():
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin) and not model._meta.abstract
    ]


def _snippet_sources(locale_ids, source_locale):
    sources = []
    for model in translatable_snippet_models():
        changed = _changed_at_field(model)
        fields = ["pk", "translation_key", *([changed] if changed else [])]
        viewset = getattr(model, "snippet_viewset", None)
        if viewset is None:
            continue
        edit_url_name = viewset.get_url_name("edit")
        meta = model._meta
        section = f"snippet-{meta.app_label}.{meta.model_name}"
        section_label = capfirst(meta.verbose_name_plural)
        objects = list(model.objects.filter(locale=source_locale))
        values = {
            row["pk"]: row for row in model.objects.filter(locale=source_locale).values(*fields)
        }
        by_key = {}
        for obj in objects:
            source = _Source(
                key=obj.translation_key,
                pk=obj.pk,
                title=str(obj),
                kind=capfirst(meta.verbose_name),
                section=section,
                section_label=section_label,
                source_url=reverse(edit_url_name, args=[obj.pk]),
                changed_at=values[obj.pk].get(changed) if changed else None,
                missing_url=reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[meta.app_label, meta.model_name, obj.pk],
                ),
                edit_url_name=edit_url_name,
            )
            sources.append(source)
            by_key[source.key] = source
        for target in model.objects.filter(
            translation_key__in=by_key, locale_id__in=locale_ids
        ).values(*fields, "locale_id"):
            by_key[target["translation_key"]].targets[target["locale_id"]] = (
                target["pk"],
                target.get(changed) if changed else None,
            )
    return sources


def build_rows(include_snippets=True):
    """Every source object with one cell per target language, in page-tree order then snippets."""
    locales = {
        locale.language_code: locale
        for locale in Locale.objects.filter(
            language_code__in=[source_language(), *target_languages()]
        )
    }
    source_locale = locales.get(source_language())
    if source_locale is None:
        return []
    targets = {code: locales[code] for code in target_languages() if code in locales}
    locale_ids = [locale.pk for locale in targets.values()]
    sources = _page_sources(locale_ids, source_locale)
    if include_snippets:
        sources += _snippet_sources(locale_ids, source_locale)

    keys = [source.key for source in sources]
    translation_sources = {
        row["object_id"]: row
        for row in TranslationSource.objects.filter(
            object_id__in=keys, locale=source_locale
        ).values("pk", "object_id", "last_updated_at")
    }
    ts_ids = [row["pk"] for row in translation_sources.values()]
    translations = {
        (row["source_id"], row["target_locale_id"]): row
        for row in Translation.objects.filter(
            source_id__in=ts_ids, target_locale_id__in=locale_ids, enabled=True
        ).values("source_id", "target_locale_id", "destination_last_updated_at")
    }
    totals = dict(
        StringSegment.objects.filter(source_id__in=ts_ids)
        .values("source_id")
        .annotate(total=Count("pk"))
        .values_list("source_id", "total")
    )
    # One join to the translations per query: every condition on it in the same filter() call.
    current = {
        "source_id__in": ts_ids,
        "string__translations__locale_id__in": locale_ids,
        "string__translations__context_id": F("context_id"),
    }
    translated = {
        (row["source_id"], row["string__translations__locale_id"]): row["done"]
        for row in StringSegment.objects.filter(**current)
        .values("source_id", "string__translations__locale_id")
        .annotate(done=Count("pk"))
        .order_by()
    }
    machine = set(
        StringSegment.objects.filter(**current, string__translations__translation_type=MACHINE)
        .values_list("source_id", "string__translations__locale_id")
        .distinct()
        .order_by()
    )

    rows = []
    for source in sources:
        ts = translation_sources.get(source.key)
        cells = {}
        for code, locale in targets.items():
            cells[code] = _cell(source, ts, locale, code, translations, totals, translated, machine)
        rows.append(
            Row(
                title=source.title,
                kind=source.kind,
                section=source.section,
                section_label=source.section_label,
                source_url=source.source_url,
                cells=cells,
            )
        )
    return rows


def _cell(source, ts, locale, code, translations, totals, translated, machine):
    target = source.targets.get(locale.pk)
    if target is None:
        return Cell(code, MISSING, url=source.missing_url)
    target_pk, target_changed_at = target
    url = _edit_url(source.edit_url_name, target_pk)
    translation = translations.get((ts["pk"], locale.pk)) if ts else None
    if translation is None:
        # Translated by hand, outside wagtail-localize.
        if source.changed_at and target_changed_at and source.changed_at > target_changed_at:
            return Cell(code, OUT_OF_DATE, gettext("The source changed after this version."), url)
        return Cell(code, UP_TO_DATE, url=url)
    if (ts["pk"], locale.pk) in machine:
        return Cell(code, AWAITING_REVIEW, gettext("Machine translation not reviewed yet."), url)
    if source.changed_at and source.changed_at > ts["last_updated_at"]:
        return Cell(
            code,
            OUT_OF_DATE,
            gettext("The source changed after it was last synced for translation."),
            url,
        )
    missing_segments = totals.get(ts["pk"], 0) - translated.get((ts["pk"], locale.pk), 0)
    if missing_segments > 0:
        return Cell(
            code,
            OUT_OF_DATE,
            ngettext(
                "%(count)s segment not translated.",
                "%(count)s segments not translated.",
                missing_segments,
            )
            % {"count": missing_segments},
            url,
        )
    return Cell(code, UP_TO_DATE, url=url)


def _edit_url(url_name, pk):
    try:
        return reverse(url_name, args=[pk])
    except NoReverseMatch:
        return ""


def summary(rows, languages=None):
    """{language: {status: count}} for the count per language at the top of the report."""
    languages = languages or target_languages()
    counts = {code: {status: 0 for status, _label in STATUS_CHOICES} for code in languages}
    for row in rows:
        for code in languages:
            cell = row.cells.get(code)
            if cell is not None:
                counts[code][cell.status] += 1
    return counts


def sections(rows):
    seen = {}
    for row in rows:
        seen.setdefault(row.section, row.section_label)
    return list(seen.items())


def export_rows(rows, languages):
    return [
        ExportRow(
            title=row.title,
            kind=str(row.kind),
            section_label=str(row.section_label),
            language=code,
            status_label=str(row.cells[code].status_label),
            detail=row.cells[code].detail,
            editor_url=row.cells[code].url,
        )
        for row in rows
        for code in languages
        if code in row.cells
    ]


# --- Machine translations wait for a person's review ----------------------------------------------


def awaiting_review(instance):
    """Whether `instance` (a translation, not the source) has machine-translated segments of its
    current source that no person has saved since."""
    locale_id = instance.locale_id
    if instance.locale.language_code == source_language():
        return False
    if not Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale_id=locale_id, enabled=True
    ).exists():
        return False
    return StringSegment.objects.filter(
        source__object_id=instance.translation_key,
        string__translations__locale_id=locale_id,
        string__translations__context_id=F("context_id"),
        string__translations__translation_type=MACHINE,
    ).exists()


def publish_blocked_response(request, instance):
    """A `before_edit_page` / `before_edit_snippet` hook body: refuse "Publish" in
    wagtail-localize's editor while machine-translated segments are not reviewed."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not isinstance(instance, TranslatableMixin) or not awaiting_review(instance):
        return None
    messages.error(
        request,
        gettext(
            "This translation has machine-translated segments that nobody has reviewed. Check "
            "each one and save it (it is then marked as reviewed), then publish."
        ),
    )
    return redirect(request.get_full_path())


def serve_reviewed_translations_only(serve):
    """An `on_serve_page` hook: a page whose live version holds machine text nobody reviewed is
    not shown; visitors get the Spanish page instead (the review then publishes it)."""

    def inner(page, request, serve_args, serve_kwargs):
        # Free when machine translation is off (the default): no query at all.
        if machine_translation_on() and page.last_published_at and _live_machine_text(page):
            source = page.get_translation_or_none(
                Locale.objects.get(language_code=source_language())
            )
            if source is not None and source.live:
                response = redirect(source.url)
                add_never_cache_headers(response)
                return response
        return serve(page, request, serve_args, serve_kwargs)

    return inner


def machine_translation_on():
    return bool(getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None))


def _live_machine_text(page):
    """One query; none is found for a Spanish page (nothing is translated into the source)."""
    return StringSegment.objects.filter(
        source__object_id=page.translation_key,
        string__translations__locale_id=page.locale_id,
        string__translations__context_id=F("context_id"),
        string__translations__translation_type=MACHINE,
        string__translations__updated_at__lte=page.last_published_at,
    ).exists()
