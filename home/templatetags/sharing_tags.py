from django import template
from django.conf import settings

from home.sharing import link_preview as build_link_preview

from .site_tags import _page_translations

register = template.Library()


@register.simple_tag(takes_context=True)
def link_preview(context):
    """Meta description and Open Graph data for the page being shown (home/sharing.py)."""
    translations = _page_translations(context)
    codes = None
    if translations:
        codes = [code for code, _name in settings.LANGUAGES if code in translations]
    return build_link_preview(context.get("request"), context.get("page"), codes)
