"""Legal guides: an index per language and plain-language guide pages, reviewed against the law."""

import datetime
import logging

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalManyToManyField

from home.forms import check_public_form, public_form_response
from home.fragment_cache import fragment_key
from home.localization import (
    DefaultLocaleFallbackMixin,
    active_language,
    in_active_locale,
    in_active_locale_or_default,
    localize_list,
)
from home.models import RichIntroPage, Topic
from home.topics import all_topics, localized_topics, same_topics, source_language_topics
from home.visibility import public_pages

from .audio import GuideAudio  # noqa: F401 - a model of this app
from .blocks import GuideBodyBlock, LegalReferenceBlock
from .glossary import GlossaryPage, GlossaryTerm
from .glossary_links import Target, link_terms

logger = logging.getLogger(__name__)

DUE_SOON_DAYS = 30  # the dashboard warns this many days before a review is due
RELATED_LIMIT = 3
WHAT_NEXT_CACHE_SECONDS = 10 * 60
BODY_CACHE_SECONDS = 24 * 60 * 60  # keyed on the content version: any publish or snippet change


def related_guides(request, topic_ids, exclude_page_id):
    """Guides for other apps' "what next" panels (`register_topic_related`, registered in
    wagtail_hooks.py): live, public, in the visitor's language, at most three, in one query."""
    guides = (
        in_active_locale_or_default(public_pages(LegalGuidePage.objects.live()))
        .filter(topics__translation_key__in=same_topics(topic_ids))
        .exclude(pk=exclude_page_id)
        .select_related("locale")
        .distinct()
        .order_by("-last_reviewed", "title")[:RELATED_LIMIT]
    )
    return {
        "section": str(_("Legal guides")),  # resolved now: callers may cache the result
        "items": [
            {
                "title": guide.title,
                "url": guide.url,
                "meta": guide.summary,
                "lang": guide.locale.language_code
                if guide.locale.language_code != active_language()
                else "",
            }
            for guide in guides
        ],
    }


class LegalGuideIndexPage(DefaultLocaleFallbackMixin, RichIntroPage):
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal_guides.LegalGuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("legal guides index")

    def route(self, request, path_components):
        """Find a guide in one query (already specific, with its locale) instead of three.

        The guide is served with `index_page=self`, the index the visitor came through, so a
        Spanish guide shown under /en/guides/ links back to the English index without a query.
        """
        result = None
        if path_components:
            guide = (
                LegalGuidePage.objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related("locale", "audio_recording", "generated_audio__document")
                .first()
            )
            if guide is not None and guide.live:
                result = guide.route(request, path_components[1:])
        if result is None:
            # Not found here: Wagtail's routing, then DefaultLocaleFallbackMixin's Spanish fallback.
            result = super().route(request, path_components)
        if isinstance(result.page, LegalGuidePage):
            return RouteResult(result.page, result.args, {**result.kwargs, "index_page": self})
        return result

    def guides(self):
        """Live public guides in the visitor's language, plus Spanish guides not translated yet."""
        return in_active_locale_or_default(public_pages(LegalGuidePage.objects.live())).order_by(
            "title"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = all_topics()
        topics_by_key = {topic.translation_key: topic for topic in topics}
        requested = request.GET.get("topic", "")[:80]
        selected = next((topic for topic in topics if topic.slug == requested), None)

        guides = self.guides()
        if selected is not None:
            guides = guides.filter(topics__translation_key=selected.translation_key).distinct()
        guides = list(guides.prefetch_related("topics"))
        for guide in guides:
            guide.listing_url = self.child_url(guide)
            guide.listed_topics = localize_list(topics_by_key, guide.topics.all())
        context.update(
            topics=topics,
            selected_topic=selected,
            unknown_topic=bool(requested) and selected is None,
            guides=guides,
        )
        return context


class LegalGuidePage(Page):
    summary = models.TextField(
        _("in short"),
        max_length=500,
        help_text=_(
            "Two or three plain sentences: what the reader can do and what this guide explains."
        ),
    )
    audience = models.CharField(
        _("who this guide is for"),
        max_length=255,
        blank=True,
        help_text=_(
            "For example: “People who left their country because their life was in danger.”"
        ),
    )
    topics = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("topics"),
        related_name="legal_guides",
        blank=True,
        limit_choices_to=source_language_topics,
    )
    body = StreamField(GuideBodyBlock(), verbose_name=_("body"))
    legal_basis = StreamField(
        [("reference", LegalReferenceBlock())], verbose_name=_("legal basis"), blank=True
    )
    last_reviewed = models.DateField(_("last reviewed on"), default=timezone.localdate)
    reviewed_by = models.CharField(
        _("reviewed by"),
        max_length=150,
        help_text=_(
            "A role or an organisation, never a person's name: e.g. “Legal team, Human Mobility Unit”."
        ),
    )
    next_review_due = models.DateField(_("next review due"))
    review_interval_months = models.PositiveSmallIntegerField(
        _("review every (months)"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text=_(
            "When a legal reviewer approves this guide, the next review is set this many months "
            "ahead, unless they choose a date."
        ),
    )
    link_glossary_terms = models.BooleanField(
        _("link words to the glossary"),
        default=True,
        help_text=_(
            "The first time the guide uses a word from the glossary, it links to its plain "
            "explanation."
        ),
    )
    generate_audio = models.BooleanField(
        _("make a computer-voice audio version"),
        default=True,
        help_text=_(
            "When there is no recording, a computer voice reads the guide aloud. It is made again "
            "each time the text changes."
        ),
    )
    audio_recording = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("recording of this guide"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "An audio file (MP3, Opus, Ogg or M4A) of a person reading this guide in this "
            "page's language. It replaces the computer voice."
        ),
    )
    sample_content = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_(
            "Tick while the text has not been checked by a lawyer. Visitors then see a notice that "
            "this is sample content."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        FieldPanel("legal_basis"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")]),
                FieldPanel("reviewed_by"),
                FieldPanel("review_interval_months"),
                FieldPanel("sample_content"),
            ],
            heading=_("Review"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("link_glossary_terms"),
                FieldPanel("generate_audio"),
                FieldPanel("audio_recording"),
            ],
            heading=_("Listen and words explained"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("body"),
        index.FilterField("next_review_due"),
    ]

    parent_page_types = ["legal_guides.LegalGuideIndexPage"]
    subpage_types = []
    # Tagged with the Spanish topics, the same in every language version (home/topics.py).
    # A recording is in one language. It stays synchronised (and overridable) so that a translator
    # can replace it in the translation editor, but a translation never plays the Spanish one:
    # `save` drops the copy, and the translation gets a computer voice in its own language.
    override_translatable_fields = [
        SynchronizedField("topics"),
        SynchronizedField("audio_recording", overridable=True),
    ]
    search_section = "guide"  # how search results label it (search/index.py)

    class Meta:
        verbose_name = _("legal guide")
        verbose_name_plural = _("legal guides")

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if (update_fields is None or "audio_recording" in update_fields) and (
            self.holds_source_recording()
        ):
            self.audio_recording = None
        return super().save(*args, **kwargs)

    def holds_source_recording(self):
        """True when this translation's recording is the Spanish guide's (wagtail-localize copies
        it until a translator replaces it). One query, only when there is a recording."""
        if not self.audio_recording_id or self.alias_of_id or not self.translation_key:
            return False  # an alias shows the Spanish text itself, so its recording fits
        return (
            LegalGuidePage.objects.filter(
                translation_key=self.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
                audio_recording_id=self.audio_recording_id,
            )
            .exclude(pk=self.pk)
            .exists()
        )

    def clean(self):
        super().clean()
        if self.holds_source_recording():
            raise ValidationError(
                {
                    "audio_recording": _(
                        "This is the recording of the Spanish guide. Choose a recording in this "
                        "page's language, or leave it empty: the guide then gets a computer voice "
                        "in its own language."
                    )
                }
            )
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError(
                {"next_review_due": _("The next review must be after the last review.")}
            )

    # --- Review -----------------------------------------------------------------------------
    @property
    def review_overdue(self):
        return self.next_review_due is not None and self.next_review_due < timezone.localdate()

    @property
    def review_due_soon(self):
        if self.next_review_due is None:
            return False
        return self.next_review_due <= timezone.localdate() + datetime.timedelta(days=DUE_SOON_DAYS)

    @classmethod
    def due_for_review(cls, days=DUE_SOON_DAYS):
        """Guides (every language) whose review is overdue or due within `days`, oldest first."""
        limit = timezone.localdate() + datetime.timedelta(days=days)
        return (
            cls.objects.filter(next_review_due__lte=limit)
            .select_related("locale")
            .order_by("next_review_due", "title")
        )

    # --- Reading ----------------------------------------------------------------------------
    @cached_property
    def audio(self):
        """The audio version to play, or None: a person's recording wins over the computer voice.

        {"document": the Wagtail document, "computer_voice": bool, "duration": seconds or None}.
        Free of queries when the page came through the index's `route` (select_related).
        """
        if self.audio_recording_id and self.audio_recording is not None:
            return {"document": self.audio_recording, "computer_voice": False, "duration": None}
        if not self.generate_audio:
            return None
        try:
            generated = self.generated_audio
        except GuideAudio.DoesNotExist:
            return None
        if generated is None or generated.document is None:
            return None
        return {
            "document": generated.document,
            "computer_voice": True,
            "duration": generated.duration_seconds,
        }

    def glossary_targets(self):
        """The glossary terms of the guide's language, each linking to its explanation on the
        glossary in the visitor's language (Spanish while that one is missing). Two queries."""
        glossary = (
            in_active_locale_or_default(GlossaryPage.objects.live())
            .select_related("locale")
            .first()
        )
        if glossary is None:
            return []
        base = glossary.url
        languages = {self.locale.language_code, glossary.locale.language_code}
        terms = list(
            GlossaryTerm.objects.filter(
                locale__language_code__in=languages | {settings.LANGUAGE_CODE}
            ).select_related("locale")
        )
        # What the glossary page shows: its own language's term, else the Spanish one.
        shown = {}
        for term in terms:
            if term.locale_id == glossary.locale_id or (
                term.locale.language_code == settings.LANGUAGE_CODE
                and term.translation_key not in shown
            ):
                shown[term.translation_key] = term
        return [
            Target(
                key=str(term.translation_key),
                forms=tuple(term.forms),
                url=f"{base}#{shown.get(term.translation_key, term).anchor}",
                title=shown.get(term.translation_key, term).term,
            )
            for term in terms
            if term.locale_id == self.locale_id
        ]

    def render_body(self, context):
        """The body's HTML, with the first use of each glossary term linked (unless switched
        off). Cached per guide revision until the next publish or snippet change (glossary terms
        are snippets), in the visitor's language; never for a preview."""
        request = context.get("request")
        preview = getattr(request, "is_preview", False)
        key = fragment_key(
            "legal_guides:body", self.pk, self.live_revision_id, int(self.link_glossary_terms)
        )
        html = None if preview else cache.get(key)
        if html is None:
            flat = context.flatten()
            html = "".join(str(block.render_as_block(context=flat)) for block in self.body)
            if self.link_glossary_terms:
                targets = self.glossary_targets()
                html = link_terms(html, targets)
                if 'class="term"' in html:
                    html += format_html(
                        '<p class="meta glossary-note">{} <a href="{}">{}</a></p>',
                        _("Words underlined with dots are explained in plain words:"),
                        targets[0].url.split("#", 1)[0],
                        _("Glossary"),
                    )
            if not preview:
                cache.set(key, html, BODY_CACHE_SECONDS)
        return mark_safe(html)  # noqa: S308 - rendered by the blocks' own templates

    @cached_property
    def faq_items(self):
        return [
            question
            for block in self.body
            if block.block_type == "faq"
            for question in block.value["questions"]
        ]

    def related_guides(self, limit=RELATED_LIMIT):
        """Other live public guides sharing a topic, in the visitor's language or Spanish (one query)."""
        return (
            in_active_locale_or_default(public_pages(LegalGuidePage.objects.live()))
            .filter(
                topics__translation_key__in=Topic.objects.filter(legal_guides=self).values(
                    "translation_key"
                )
            )
            .exclude(translation_key=self.translation_key)
            .select_related("locale")
            .distinct()
            .order_by("-last_reviewed", "title")[:limit]
        )

    def what_next(self, request, topics, index_page):
        """The "what next" panel: guides on the same topics, then courses, events and services.

        Built by several apps, so it is cached for a few minutes per guide and language; publishing
        or unpublishing any page starts afresh (home/fragment_cache.py).
        """
        key = fragment_key("legal_guides:what-next", self.pk, index_page.pk if index_page else 0)
        sections = cache.get(key)
        if sections is None:
            sections, complete = self.build_what_next(request, topics, index_page)
            if complete:
                cache.set(key, sections, WHAT_NEXT_CACHE_SECONDS)
        return sections

    def build_what_next(self, request, topics, index_page):
        """(sections, complete): `complete` is False when another app's provider failed.

        A failing provider is logged and left out: a broken list of events must never hide a
        legal guide from someone who needs it.
        """
        language = active_language()
        sections = []
        guides = list(self.related_guides())
        if guides:
            sections.append(
                {
                    "section": str(_("Other guides on these topics")),
                    "items": [
                        {
                            "title": guide.title,
                            "url": index_page.child_url(guide) if index_page else guide.url,
                            "meta": guide.summary,
                            "lang": guide.locale.language_code
                            if guide.locale.language_code != language
                            else "",
                        }
                        for guide in guides
                    ],
                }
            )
        complete = True
        # The topics' ids in every language (the hook's contract): a provider may match any.
        topic_ids = list(
            Topic.objects.filter(
                translation_key__in=[topic.translation_key for topic in topics]
            ).values_list("pk", flat=True)
        )
        for build in hooks.get_hooks("register_topic_related"):
            if build is related_guides:
                continue  # this page lists the other guides itself, above
            try:
                result = build(request, topic_ids, self.pk)
            except Exception:
                logger.exception("register_topic_related provider %r failed", build)
                complete = False
                continue
            if result and result.get("items"):
                sections.append(
                    {
                        "section": str(result["section"]),
                        "items": [dict(item) for item in result["items"]],
                    }
                )
        return sections, complete

    def get_context(self, request, *args, index_page=None, **kwargs):
        from .forms import GuideFeedbackForm
        from .qr import qr_svg
        from .structured_data import guide_json_ld

        context = super().get_context(request, *args, **kwargs)
        topics = localized_topics(self.topics.all())
        # The index the visitor came through (`route`, always in their language), else look it up.
        if index_page is None:
            index_page = in_active_locale(LegalGuideIndexPage.objects.live()).first()
        page_url = request.build_absolute_uri(request.path)
        context.update(
            topics=topics,
            index_page=index_page,
            what_next=self.what_next(request, topics, index_page),
            page_url=page_url,
            qr_code=qr_svg(page_url),
            json_ld=guide_json_ld(self, page_url),
            feedback_thanks=request.GET.get("feedback") == "thanks",
            # Shown untranslated (Spanish) to someone reading in another language: mark the text.
            content_lang=""
            if self.locale.language_code == active_language()
            else self.locale.language_code,
        )
        context["feedback_form"] = GuideFeedbackForm(action=request.path)
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.receive_feedback(request, *args, **kwargs)
        return super().serve(request, *args, **kwargs)

    def receive_feedback(self, request, *args, **kwargs):
        """ "Was this page helpful?": store an anonymous vote, then redirect back (no JavaScript).

        The one way of every public form (home/forms.py): 429 over the rate limit, 400 for an
        invalid form, each with the form shown again and its error summary; nothing saved."""
        from .forms import GuideFeedbackForm

        form = GuideFeedbackForm(request.POST, action=request.path)
        status = check_public_form(request, form, "feedback")  # FEEDBACK_RATE_LIMIT
        if status is not None:
            context = self.get_context(request, *args, **kwargs)
            context["feedback_form"] = form
            return public_form_response(request, self.get_template(request), context, status)
        GuideFeedback.objects.create(
            page=self,
            helpful=form.cleaned_data["helpful"] == "yes",
            comment=form.cleaned_data["comment"].strip(),
            language=active_language(),
        )
        return redirect(f"{request.path}?feedback=thanks#feedback")


class GuideFeedback(models.Model):
    """An anonymous "was this page helpful?" vote. No IP address, no account, no time of day."""

    page = models.ForeignKey(
        LegalGuidePage, verbose_name=_("guide"), on_delete=models.CASCADE, related_name="feedback"
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    language = models.CharField(_("language read in"), max_length=8, choices=settings.LANGUAGES)
    submitted_on = models.DateField(_("date"), default=timezone.localdate, db_index=True)

    class Meta:
        ordering = ["-submitted_on", "-pk"]
        verbose_name = _("guide feedback")
        verbose_name_plural = _("guide feedback")

    def __str__(self):
        return f"{self.page.title}: {_('yes') if self.helpful else _('no')}"
