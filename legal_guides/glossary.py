"""Words explained: the glossary of legal and administrative terms, and its public page.

A `GlossaryTerm` is a translatable snippet (wagtail-localize): the term, a plain-language
explanation and the other words that mean it, in each language. The `GlossaryPage` lists the
terms of its language A–Z, each under an anchor (`#asilo`) that the guides link to
(`legal_guides/glossary_links.py` does the linking when a guide is rendered).
"""

import re

from django.db import models
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.fields import TranslatableField

from home.localization import DefaultLocaleFallbackMixin, in_language_or_default
from home.models import RichIntroPage

FORM_SEPARATORS = re.compile(r"[\n,;]+")


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    term = models.CharField(
        _("term"),
        max_length=80,
        help_text=_("The word as it appears in the law or at the office, e.g. “cédula”."),
    )
    explanation = models.TextField(
        _("plain-language explanation"),
        max_length=600,
        help_text=_("One to three short sentences anyone can understand. Invent no rule or fee."),
    )
    other_forms = models.TextField(
        _("other words that mean it"),
        blank=True,
        help_text=_(
            "Plurals and synonyms in this language, separated by commas: e.g. “cédulas, "
            "documento de identidad”. Guides link the first of these words they use."
        ),
    )

    panels = [FieldPanel("term"), FieldPanel("explanation"), FieldPanel("other_forms")]
    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("explanation"),
        TranslatableField("other_forms"),
    ]
    search_fields = [index.SearchField("term"), index.SearchField("explanation")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.term

    @property
    def anchor(self):
        """The id of the term on the glossary page: "asilo", "permanent-residence"."""
        return slugify(self.term)[:60] or f"term-{self.pk}"

    @property
    def forms(self):
        """Every word that means this term, the term first: ["cédula", "cédulas", ...]."""
        extra = [form.strip() for form in FORM_SEPARATORS.split(self.other_forms or "")]
        forms = [self.term.strip(), *(form for form in extra if form)]
        return list(dict.fromkeys(form for form in forms if len(form) >= 2))

    @property
    def initial(self):
        letter = slugify(self.term)[:1].upper()
        return letter if letter.isalpha() else "#"


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    menu_order = 300
    add_to_admin_menu = False
    list_display = ["term", "explanation", "locale"]
    search_fields = ["term", "explanation"]


register_snippet(GlossaryTermViewSet)


class GlossaryPage(DefaultLocaleFallbackMixin, RichIntroPage):
    """The glossary of one language: /es/glosario/, /en/glossary/, /fr/glossaire/, /ht/glose/."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary")

    @cached_property
    def terms(self):
        """The terms in this page's language (Spanish ones where none is translated yet), A–Z."""
        terms = in_language_or_default(
            GlossaryTerm.objects.select_related("locale"), self.locale.language_code
        )
        return sorted(terms, key=lambda term: slugify(term.term))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        letters = {}
        for term in self.terms:
            letters.setdefault(term.initial, []).append(term)
        context["letters"] = sorted(letters.items())
        return context
