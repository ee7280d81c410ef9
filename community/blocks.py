"""Blocks other apps can use: the legal guides' "where to get help" block chooses directory entries."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .localize import localized_map


class ServiceProviderChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("community.ServiceProvider", **kwargs)


class WhereToGetHelpBlock(blocks.StructBlock):
    """A heading and a few entries from the services directory, shown in the visitor's language."""

    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    services = blocks.ListBlock(
        ServiceProviderChooserBlock(label=_("service")), label=_("services")
    )

    class Meta:
        icon = "help"
        label = _("Where to get help")
        template = "community/blocks/where_to_get_help.html"

    def get_context(self, value, parent_context=None):
        from .models import ServiceProvider

        context = super().get_context(value, parent_context)
        chosen = [service for service in value["services"] if service is not None]
        mapping = localized_map(ServiceProvider, chosen)
        services = [mapping.get(service.translation_key, service) for service in chosen]
        context["value"] = {"heading": value["heading"], "services": services}
        return context
