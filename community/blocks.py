"""Blocks other apps can use: the legal guides' "where to get help" block chooses directory entries."""

from wagtail.snippets.blocks import SnippetChooserBlock


class ServiceProviderChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("community.ServiceProvider", **kwargs)
