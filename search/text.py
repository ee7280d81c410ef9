"""Text helpers shared by the index, the query side and the zero-result report.

Nothing here touches the database.
"""

import re
import unicodedata

from django.utils.html import escape

MAX_QUERY_LENGTH = 200  # the header box's maxlength; longer queries are cut, never refused
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
PREFIX_LENGTH = 6  # "trabajadores", "trabajar" and "trabajo" all start with "trabaj"


def fold_char(character):
    """One character, lower case and without its accent: "É" → "e". Always one character long."""
    decomposed = unicodedata.normalize("NFKD", character)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    base = base.lower()
    return base if len(base) == 1 else character.lower()[:1] or character


def fold(text):
    """Lower case and accent-free, with the same length as `text` (positions line up)."""
    return "".join(fold_char(character) for character in text)


def clean_query(raw):
    """Collapse whitespace, drop control characters and cut to MAX_QUERY_LENGTH."""
    text = "".join(
        character
        for character in raw
        if unicodedata.category(character) not in {"Cc", "Cf", "Cs", "Co"}
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def words(text):
    """Folded words in `text` (letters and digits only, so never a tsquery operator)."""
    return WORD_RE.findall(fold(text))


def word_prefix(word):
    """The part of a word used to match its inflected forms without a stemmer (SQLite, highlights)."""
    return word[:PREFIX_LENGTH]


# --- Personal data in queries --------------------------------------------------------------
EMAIL_RE = re.compile(r"\S+@\S+|\S+\s*(?:\(at\)|\[at\])\s*\S+", re.IGNORECASE)
DIGIT_RUN_RE = re.compile(r"\d[\d\s().+/-]*\d")
# A code mixing letters and at least four digits: "AB123456", "ECU-2024-0001".
MIXED_CODE_RE = re.compile(r"\b(?=(?:[A-Za-z-]*\d){4})(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]{6,}\b")


def looks_personal(query):
    """True for anything that may identify someone: emails, phone numbers, document numbers.

    Such queries are never stored, not even in the zero-result report. The rule is broad on
    purpose: any run of 5 or more digits (phone, cédula, passport, case number) or any code that
    mixes letters and four or more digits ("AB123456"). "COVID-19" or "ley 938" are kept.
    """
    if EMAIL_RE.search(query):
        return True
    for run in DIGIT_RUN_RE.findall(query):
        if sum(character.isdigit() for character in run) >= 5:
            return True
    return bool(MIXED_CODE_RE.search(query))


# --- Highlighting ---------------------------------------------------------------------------
SNIPPET_LENGTH = 220


def _match_spans(text, query_words):
    """(start, end) spans of the words in `text` that start like one of `query_words`."""
    prefixes = {word_prefix(word) for word in query_words if len(word) >= 3}
    exact = {word for word in query_words if len(word) < 3 and word.isdigit()}
    if not prefixes and not exact:
        return []
    folded = fold(text)
    spans = []
    for match in WORD_RE.finditer(folded):
        token = match.group()
        if token in exact or any(token.startswith(prefix) for prefix in prefixes):
            spans.append(match.span())
    return spans


def _render(text, spans):
    """HTML for `text` with <mark> around `spans`. Everything else is escaped."""
    parts, position = [], 0
    for start, end in spans:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)


def highlight(text, query, length=None):
    """An escaped excerpt of `text` around the first match of `query`, matches in <mark>.

    Without `length`, the whole text is returned (used for titles).
    """
    text = text or ""
    query_words = words(query)
    spans = _match_spans(text, query_words)
    if length is None or len(text) <= length:
        return _render(text, spans)
    start = 0
    if spans:
        first = spans[0][0]
        start = max(0, first - length // 3)
        # Begin at a word boundary.
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space != -1 and start - space < 30 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > start + length // 2:
            end = space
    window = [
        (max(s, start) - start, min(e, end) - start) for s, e in spans if e > start and s < end
    ]
    html = _render(text[start:end], window)
    return ("… " if start else "") + html + (" …" if end < len(text) else "")
