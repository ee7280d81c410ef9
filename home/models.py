from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .contact_links import tel_href, whatsapp_url
from .localization import active_language, in_active_locale, localized_snippet
from .visibility import public_pages

ICON_CHOICES = [
    ("guide", _("Guide")),
    ("asylum", _("Asylum and refuge")),
    ("visa", _("Visas and documents")),
    ("work", _("Work")),
    ("health", _("Health")),
    ("education", _("Education")),
    ("housing", _("Housing")),
    ("report", _("Report")),
    ("course", _("Course")),
    ("calendar", _("Calendar")),
    ("services", _("Services")),
    ("voice", _("Your voice")),
    ("community", _("Community")),
    ("info", _("Information")),
]
# Emoji cost no extra download and render on every phone; they are always aria-hidden.
ICON_GLYPHS = {
    "guide": "📘",
    "asylum": "🛡️",
    "visa": "🛂",
    "work": "💼",
    "health": "🏥",
    "education": "🎓",
    "housing": "🏠",
    "report": "📣",
    "course": "📚",
    "calendar": "📅",
    "services": "🤝",
    "voice": "💬",
    "community": "🏘️",
    "info": "ℹ️",
}


class DraftSnippetMixin(DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin):
    """Drafts, revisions (history, rollback, scheduled publishing), preview and locking for a
    snippet visitors see. The row always holds the live version: a draft of a live snippet is kept
    in its latest revision until it is published, so public queries only filter `live=True`
    (home.localization does it for every draftable snippet)."""

    preview_template = None

    class Meta:
        abstract = True

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["object"] = self
        return context


@register_snippet
class Topic(DraftSnippetMixin, TranslatableMixin, models.Model):
    """The shared taxonomy: guides, courses, events and services are all tagged with topics.

    `slug` is synchronised across translations so that `?topic=asylum` works in every language.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in filter links."))
    description = models.CharField(_("short description"), max_length=255, blank=True)
    icon = models.CharField(_("icon"), max_length=20, choices=ICON_CHOICES, default="info")
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("icon"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("icon"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    preview_template = "home/previews/topic.html"

    def __str__(self):
        return self.name

    @property
    def glyph(self):
        return ICON_GLYPHS.get(self.icon, ICON_GLYPHS["info"])

    @classmethod
    def for_active_locale(cls):
        return in_active_locale(cls.objects.all())


@register_snippet
class UrgentNotice(DraftSnippetMixin, TranslatableMixin, models.Model):
    """A short notice shown at the top of every page when chosen in Site settings."""

    LEVEL_CHOICES = [("info", _("Information")), ("urgent", _("Urgent"))]

    title = models.CharField(_("title"), max_length=120)
    message = models.CharField(_("message"), max_length=400)
    link_url = models.URLField(_("link"), blank=True)
    link_text = models.CharField(_("link text"), max_length=80, blank=True)
    level = models.CharField(_("level"), max_length=10, choices=LEVEL_CHOICES, default="info")

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("message"),
        TranslatableField("link_text"),
        SynchronizedField("link_url"),
        SynchronizedField("level"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("urgent notice")
        verbose_name_plural = _("urgent notices")

    preview_template = "home/previews/urgent_notice.html"

    def __str__(self):
        return self.title

    @property
    def localized(self):
        """The live notice in the visitor's language, else this one if live, else none."""
        localized = super().localized
        if localized.live:
            return localized
        return self if self.live else None


@register_snippet
class ContactDetails(DraftSnippetMixin, TranslatableMixin, models.Model):
    """Contact details shown in the footer of every page, one per language."""

    phone = models.CharField(_("phone"), max_length=40)
    whatsapp = models.CharField(
        _("WhatsApp number"),
        max_length=40,
        blank=True,
        help_text=_("International format, e.g. 593991234567"),
    )
    email = models.EmailField(_("email"), blank=True)
    address = models.CharField(_("address"), max_length=255)
    opening_hours = models.CharField(_("opening hours"), max_length=255)
    map_url = models.URLField(_("map link (OpenStreetMap)"), blank=True)

    translatable_fields = [
        TranslatableField("address"),
        TranslatableField("opening_hours"),
        SynchronizedField("phone"),
        SynchronizedField("whatsapp"),
        SynchronizedField("email"),
        SynchronizedField("map_url"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    preview_template = "home/previews/contact_details.html"

    def __str__(self):
        return f"{self.address} ({self.locale})"

    @property
    def whatsapp_url(self):
        return whatsapp_url(self.whatsapp)

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @classmethod
    def for_active_locale(cls):
        return localized_snippet(cls)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    urgent_notice = models.ForeignKey(
        UrgentNotice,
        verbose_name=_("urgent notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown at the top of every page, in each visitor's language. Leave empty to hide."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("urgent_notice"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("site settings")


class IntroPage(Page):
    """A public page that opens with a short plain-language introduction under its title (a
    section's index, a listing, a plain text page); link previews describe the page by it."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True


class RichIntroPage(Page):
    """IntroPage's sibling for a page whose introduction may carry emphasis or a link (the home
    page, Tu voz, the guides index, the glossary): the same field and panel, as rich text."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True


class TaskLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    title = blocks.CharBlock(label=_("title"), max_length=80)
    description = blocks.CharBlock(label=_("description"), max_length=160, required=False)
    icon = blocks.ChoiceBlock(label=_("icon"), choices=ICON_CHOICES, default="info")

    class Meta:
        icon = "link"


class HomePage(RichIntroPage):
    welcome = models.CharField(_("welcome"), max_length=160)
    tasks_heading = models.CharField(_("tasks heading"), max_length=120, blank=True)
    task_links = StreamField(
        [("task", TaskLinkBlock())], verbose_name=_("“I need help with…” links"), blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("welcome"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("tasks_heading"), FieldPanel("task_links")], heading=_("Tasks")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("welcome"), index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 4  # one per language

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Pass through a section that lists one kind of page (the guides, the courses) in one
        query instead of two.

        For a guide or a course, its index only routes and lends its title and URL: it is loaded
        without its own fields (`specific_deferred`; a field loads if something reads it). Other
        sections are loaded whole: a routable page answers deeper paths itself (Tu voz's thanks),
        and the community space's address is shown on its events.
        """
        if len(path_components) < 2:
            return super().route(request, path_components)
        child = self.get_children().filter(slug=path_components[0]).first()
        if child is None:
            raise Http404
        child._cached_parent_obj = self
        model = child.specific_class
        lists_one_kind = (
            model is not None
            and not issubclass(model, RoutablePageMixin)
            and len(model.allowed_subpage_models()) == 1
        )
        section = child.specific_deferred if lists_one_kind else child.specific
        return section.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        from .teasers import home_teasers

        context = super().get_context(request, *args, **kwargs)
        context["task_cards"] = self.task_cards(request)
        context["teasers"] = home_teasers(request, self)
        return context

    def task_cards(self, request):
        """The task links, each pointing at its page in the visitor's language, in one query."""
        links = [block["value"] for block in self.task_links.raw_data if block["value"].get("page")]
        chosen_ids = [link["page"] for link in links]
        translations = (
            public_pages(Page.objects.live())
            .filter(
                translation_key__in=Page.objects.filter(pk__in=chosen_ids).values("translation_key")
            )
            .select_related("locale")
        )
        key_of = {page.pk: page.translation_key for page in translations}
        by_language = {
            (page.translation_key, page.locale.language_code): page for page in translations
        }
        cards = []
        for link in links:
            key = key_of.get(link["page"])
            page = by_language.get((key, active_language())) or by_language.get(
                (key, settings.LANGUAGE_CODE)
            )
            if page is None:
                continue  # the chosen page is not live
            cards.append(
                {
                    "url": page.get_url(request),
                    "title": link["title"],
                    "description": link.get("description", ""),
                    "icon": link.get("icon", "info"),
                }
            )
        return cards


class StandardPage(IntroPage):
    """A plain text page: the privacy notice, "about the Plan", accessibility statement."""

    body = RichTextField(_("body"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = IntroPage.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


class StaffProfile(models.Model):
    """What a staff user signs their work with, edited in the admin's account settings. Wagtail's
    own `UserProfile` has no such field (Wagtail 8), so it is kept beside it, one per user."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    review_role = models.CharField(
        _("role shown on legal reviews"),
        max_length=150,  # the guide's reviewed_by
        blank=True,
        help_text=_(
            "Guides you approve show it as “Reviewed by”, e.g. “Asesoría legal, Municipio de "
            "Quito”. Write your role or team, not your name. Empty: the site's default."
        ),
    )

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return self.review_role or str(self.user)

    @classmethod
    def review_role_of(cls, user):
        """The role `user` wrote in their account settings, or ""."""
        if user is None or not getattr(user, "pk", None):
            return ""
        return cls.objects.filter(user=user).values_list("review_role", flat=True).first() or ""
