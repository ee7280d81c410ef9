"""The generated audio version of a guide: which file, from which text, by which voice.

A guide in each language has at most one `GuideAudio`. Its file is a Wagtail document (in the
"Guide audio" collection), so it is served, downloaded and permission-checked like any document;
an editor's own recording (`LegalGuidePage.audio_recording`) always wins over it. The task in
`legal_guides/tasks.py` (re)generates it when the text it was made from (`speech_text`) changes.
"""

import hashlib
import re

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.rich_text import RichText

from .speech import voice_for

URL_LIKE = re.compile(r"^(https?://|www\.|[\w.+-]+@)", re.IGNORECASE)
SPACES = re.compile(r"\s+")


class GuideAudio(models.Model):
    page = models.OneToOneField(
        "legal_guides.LegalGuidePage",
        verbose_name=_("guide"),
        on_delete=models.CASCADE,
        related_name="generated_audio",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio file"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text_hash = models.CharField(max_length=64)
    voice = models.CharField(max_length=20)
    duration_seconds = models.FloatField(default=0)
    generated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("generated guide audio")
        verbose_name_plural = _("generated guide audio")

    def __str__(self):
        return f"{self.page_id}: {self.voice}, {round(self.duration_seconds)} s"


def _strings(value):
    """Every piece of reader-facing text in a block value, in order."""
    if isinstance(value, RichText):
        yield strip_tags(value.source)
    elif isinstance(value, str):
        if not URL_LIKE.match(value.strip()):
            yield value
    elif hasattr(value, "items") and callable(value.items):  # StructValue, dict
        for name, item in value.items():
            if name not in {"url", "website", "kind", "whatsapp", "document"}:
                yield from _strings(item)
    elif (
        isinstance(value, list | tuple)
        or hasattr(value, "__iter__")
        and not isinstance(value, bytes | models.Model)
    ):
        for item in value:
            yield from _strings(getattr(item, "value", item))


def _sentence(text):
    text = SPACES.sub(" ", str(text)).strip()
    if text and text[-1] not in ".!?:;…":
        text += "."
    return text


def speech_text(page):
    """The text a computer voice reads: title, "in short", who it is for, then the body."""
    parts = [page.title, page.summary, page.audience]
    for block in page.body:
        parts.extend(_strings(block.value))
    return "\n".join(sentence for sentence in map(_sentence, parts) if sentence)


def text_hash(page):
    language = page.locale.language_code
    source = f"{voice_for(language)}\n{speech_text(page)}"
    return hashlib.sha256(source.encode()).hexdigest()
