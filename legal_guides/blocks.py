"""StreamField blocks of a legal guide.

Every text in these blocks is translatable through wagtail-localize; URLs, documents and the
"free of charge" flag are synchronised. The "where to get help" block keeps the same field names as
`home.ContactDetails` (address, phone, whatsapp, opening_hours) so that a later data migration can
map it onto the services directory without guessing.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from community.blocks import ServiceProviderChooserBlock
from home.localization import localize_list, localized_map

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    """A section heading (h2) with a stable anchor, so a helper can point to "#documents"."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["anchor"] = slugify(value)[:60] or "section"
        return context

    class Meta:
        icon = "title"
        form_classname = "title"
        template = "legal_guides/blocks/heading.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step title"), max_length=150)
    text = blocks.RichTextBlock(label=_("what to do"), features=TEXT_FEATURES, required=False)

    class Meta:
        icon = "arrow-right"
        label = _("step")


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    steps = blocks.ListBlock(StepBlock(), label=_("steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("numbered steps")
        template = "legal_guides/blocks/steps.html"


class ChecklistItemBlock(blocks.StructBlock):
    document = blocks.CharBlock(label=_("document or item"), max_length=200)
    note = blocks.CharBlock(
        label=_("note"),
        max_length=250,
        required=False,
        help_text=_("For example: “original and one copy” or “only if you have it”."),
    )

    class Meta:
        icon = "doc-full"
        label = _("item")


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    items = blocks.ListBlock(ChecklistItemBlock(), label=_("items"), min_num=1)
    note = blocks.CharBlock(label=_("note under the list"), max_length=300, required=False)

    class Meta:
        icon = "tasks"
        label = _("documents checklist")
        template = "legal_guides/blocks/checklist.html"


class CalloutBlock(blocks.StructBlock):
    KIND_CHOICES = [
        ("info", _("Information")),
        ("warning", _("Warning")),
        ("free", _("This service is free: never pay anyone for it")),
    ]
    kind = blocks.ChoiceBlock(label=_("kind"), choices=KIND_CHOICES, default="info")
    title = blocks.CharBlock(
        label=_("title"),
        max_length=150,
        required=False,
        help_text=_("Leave empty to use the standard title of this kind of callout."),
    )
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES, required=False)

    class Meta:
        icon = "warning"
        label = _("callout")
        template = "legal_guides/blocks/callout.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("answer"), features=TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("question")


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("frequently asked questions")
        template = "legal_guides/blocks/faq.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"),
        max_length=150,
        required=False,
        help_text=_("Defaults to the document's title."),
    )
    description = blocks.CharBlock(label=_("description"), max_length=250, required=False)

    class Meta:
        icon = "download"
        label = _("downloadable document")
        template = "legal_guides/blocks/download.html"


class HelpOrganisationBlock(blocks.StructBlock):
    """One organisation. Field names match the future services directory (community issue)."""

    name = blocks.CharBlock(label=_("organisation"), max_length=150)
    description = blocks.CharBlock(label=_("what they help with"), max_length=250, required=False)
    address = blocks.CharBlock(label=_("address"), max_length=255, required=False)
    phone = blocks.CharBlock(label=_("phone"), max_length=40, required=False)
    whatsapp = blocks.CharBlock(
        label=_("WhatsApp number"),
        max_length=40,
        required=False,
        help_text=_("International format, e.g. 593991234567"),
    )
    opening_hours = blocks.CharBlock(label=_("opening hours"), max_length=255, required=False)
    website = blocks.URLBlock(label=_("website"), required=False)
    free_of_charge = blocks.BooleanBlock(label=_("free of charge"), required=False, default=True)

    class Meta:
        icon = "site"
        label = _("organisation")


class WhereToGetHelpBlock(blocks.StructBlock):
    """Entries chosen from the services directory, plus organisations typed in by hand.

    Prefer the directory: its entries are translated, verified and kept current in one place.
    """

    heading = blocks.CharBlock(label=_("heading"), max_length=120, required=False)
    services = blocks.ListBlock(
        ServiceProviderChooserBlock(label=_("service")),
        label=_("from the services directory"),
        default=[],
    )
    organisations = blocks.ListBlock(
        HelpOrganisationBlock(),
        label=_("other organisations"),
        default=[],
        help_text=_("Only for places that are not in the services directory."),
    )

    class Meta:
        icon = "group"
        label = _("where to get help")
        template = "legal_guides/blocks/where_to_get_help.html"

    def clean(self, value):
        value = super().clean(value)
        if not any(value["services"]) and not value["organisations"]:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "services": ValidationError(_("Choose at least one service or organisation."))
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        from community.models import ServiceProvider

        context = super().get_context(value, parent_context)
        chosen = [service for service in value["services"] if service is not None]
        context["services"] = localize_list(localized_map(ServiceProvider, chosen), chosen)
        return context


class GuideBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("heading"))
    paragraph = blocks.RichTextBlock(
        label=_("text"),
        features=["h3", *TEXT_FEATURES],
        template="legal_guides/blocks/paragraph.html",
    )
    steps = StepsBlock()
    checklist = ChecklistBlock()
    callout = CalloutBlock()
    faq = FAQBlock()
    download = DownloadBlock()
    where_to_get_help = WhereToGetHelpBlock()


class LegalReferenceBlock(blocks.StructBlock):
    instrument = blocks.CharBlock(
        label=_("law or agreement"),
        max_length=200,
        help_text=_("For example: Constitución de la República del Ecuador (2008)."),
    )
    article = blocks.CharBlock(label=_("article(s)"), max_length=100, required=False)
    summary = blocks.CharBlock(label=_("what it says, in one line"), max_length=250, required=False)
    url = blocks.URLBlock(label=_("link to the official text"), required=False)

    class Meta:
        icon = "openquote"
        label = _("legal reference")
        template = "legal_guides/blocks/legal_reference.html"
