"""Link the first use of each glossary term in a guide's HTML to its explanation.

Pure functions over rendered HTML (no database): `link_terms(html, targets)` walks the text
between tags and wraps the first match of each term (any of its forms, whole words, any case) in
`<a class="term" href="/es/glosario/#asilo">`. Text inside links, headings, buttons, labels,
`<summary>`, scripts and styles is left alone, so a term never nests a link or breaks a
disclosure. Each term is linked once per guide.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape

TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"^<\s*(/?)\s*([a-zA-Z0-9]+)")
SKIPPED = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "summary", "script", "style"}
VOID = {"br", "img", "hr", "input", "meta", "link", "source", "wbr"}


@dataclass(frozen=True)
class Target:
    key: str  # the term's translation_key: one link per term, whichever form matched
    forms: tuple  # the words that mean it in the guide's language
    url: str  # the glossary anchor in the visitor's language
    title: str  # the term as the glossary shows it


def build_pattern(targets):
    """(compiled regex, {lowercased form: target}) for these targets; longest forms first."""
    by_form = {}
    for target in targets:
        for form in target.forms:
            by_form.setdefault(form.casefold(), target)
    if not by_form:
        return None, by_form
    alternatives = "|".join(re.escape(form) for form in sorted(by_form, key=len, reverse=True))
    return re.compile(rf"(?<![\w&#])({alternatives})(?!\w)", re.IGNORECASE), by_form


def link_terms(html, targets):
    pattern, by_form = build_pattern(targets)
    if pattern is None:
        return html
    linked = set()
    skipping = []  # open tags inside which nothing is linked
    out = []
    for part in TAG.split(html):
        if not part:
            continue
        if part.startswith("<"):
            match = TAG_NAME.match(part)
            if match:
                closing, name = match.group(1), match.group(2).lower()
                if name in SKIPPED and name not in VOID:
                    if closing:
                        if name in skipping:
                            del skipping[len(skipping) - 1 - skipping[::-1].index(name) :]
                    elif not part.rstrip().endswith("/>"):
                        skipping.append(name)
            out.append(part)
            continue
        if skipping or len(linked) == len({t.key for t in by_form.values()}):
            out.append(part)
            continue
        out.append(_link_text(part, pattern, by_form, linked))
    return "".join(out)


def _link_text(text, pattern, by_form, linked):
    pieces = []
    position = 0
    for match in pattern.finditer(text):
        target = by_form.get(match.group(1).casefold())
        if target is None or target.key in linked:
            continue
        linked.add(target.key)
        pieces.append(text[position : match.start()])
        pieces.append(
            f'<a class="term" href="{escape(target.url)}" title="{escape(target.title)}">'
            f"{match.group(1)}</a>"
        )
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)
