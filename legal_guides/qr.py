"""QR codes for printed handouts, generated server-side as inline SVG with segno (pure Python)."""

import hashlib

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

import segno


def qr_svg(url):
    """An inline, accessible SVG QR code pointing to `url` (cached: the same URL, the same code)."""
    title = gettext("QR code: scan it to open this guide on your phone")
    key = "legal_guides:qr:" + hashlib.sha256(f"{url}|{title}".encode()).hexdigest()[:32]
    svg = cache.get(key)
    if svg is None:
        code = segno.make(url, error="m", micro=False)
        svg = code.svg_inline(scale=3, border=2, title=title, svgclass="guide-qr", lineclass=None)
        svg = svg.replace("<svg ", '<svg role="img" ', 1)
        cache.set(key, svg, 60 * 60 * 24)
    return mark_safe(svg)  # noqa: S308 - segno escapes the title; the rest is generated markup
