"""JSON-LD for search engines, safe to put inside <script type="application/ld+json">."""

import json

from django.utils.safestring import mark_safe

# Inside <script>, "</script>" and "<!--" must never appear: escape the characters that form them,
# as Django's json_script does (the result is the same JSON).
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def safe_json_ld(data):
    """`data` as JSON (non-ASCII text kept as is), marked safe for a JSON-LD <script> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))  # noqa: S308
