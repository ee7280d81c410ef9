from urllib.parse import quote

from django import template

from home import dates
from home.contact_links import tel_href, whatsapp_url

register = template.Library()

register.filter("long_date", dates.long_date)  # "28 de noviembre de 2026" (home/dates.py)
register.filter("tel_href", tel_href)
register.filter("whatsapp_url", whatsapp_url)


@register.simple_tag
def whatsapp_share_url(title, url):
    """https://wa.me/?text=… : sharing without any third-party script."""
    return "https://wa.me/?text=" + quote(f"{title} {url}", safe="")


@register.simple_tag(takes_context=True)
def guide_body(context, page):
    """A guide's body, glossary terms linked, cached per revision (LegalGuidePage.render_body)."""
    return page.render_body(context)
