"""Background work for the guides: the computer-voice audio version, through django-tasks.

`queue_audio_after_publish` (connected in `apps.py` to Wagtail's `page_published`) queues
`generate_guide_audio` once the publish commits. The task reads the live guide, and makes a new
Opus file only when the text it would read (or the voice) differs from the last one's, so a
publish that changes only review dates costs nothing. It does nothing when the editor turned
generation off, when a recording was uploaded, or when espeak-ng is not installed.
"""

import logging
import threading
import time
from contextlib import contextmanager

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.models import Collection

from django_tasks import task

from home.page_cache import bump_after_commit

from .audio import GuideAudio, speech_text, text_hash
from .models import LegalGuidePage
from .speech import SpeechUnavailable, available, synthesise, voice_for

logger = logging.getLogger(__name__)

COLLECTION_NAME = "Guide audio (computer voice)"

_state = threading.local()


def _pause():
    _state.paused = True


def _resume():
    _state.paused = False


@contextmanager
def audio_paused():
    """Publish without queueing audio (the demo seed publishes dozens of pages at once).

    Publications that wagtail-localize defers to the commit stay paused too: the pause and the
    resume are also queued on commit, around them, in order."""
    _pause()
    transaction.on_commit(_pause)
    try:
        yield
    finally:
        transaction.on_commit(_resume)
        _resume()


def audio_collection():
    existing = Collection.objects.filter(name=COLLECTION_NAME).first()
    if existing is not None:
        return existing
    return Collection.get_first_root_node().add_child(name=COLLECTION_NAME)


def queue_audio_after_publish(sender, instance, **kwargs):
    """page_published receiver: generate the audio of a guide after the publish commits."""
    if not isinstance(instance, LegalGuidePage) or getattr(_state, "paused", False):
        return
    if instance.generate_audio and not instance.audio_recording_id and not available():
        return  # no espeak-ng here: nothing to make, nothing to remove
    page_id = instance.pk
    transaction.on_commit(lambda: generate_guide_audio.enqueue(page_id))


def remove_generated_audio(audio):
    with transaction.atomic():
        audio.delete()  # its file goes with it (delete_generated_document)
        bump_after_commit()


def delete_generated_document(sender, instance, **kwargs):
    """post_delete receiver for GuideAudio: its file goes too, whether the audio was replaced or
    its guide (or one translation of it) was deleted, which cascades here. Only computer voices
    are GuideAudio documents: an editor's recording is never touched."""
    if instance.document_id is not None:
        get_document_model().objects.filter(pk=instance.document_id).delete()


@task()
def generate_guide_audio(page_id):
    page = (
        LegalGuidePage.objects.live()
        .select_related("locale", "generated_audio__document")
        .filter(pk=page_id)
        .first()
    )
    if page is None:
        return "skipped"
    current = getattr(page, "generated_audio", None)
    if not page.generate_audio or page.audio_recording_id:
        # A person's recording wins (or the editor turned the voice off): the old file goes.
        if current is not None:
            remove_generated_audio(current)
            return "removed"
        return "skipped"
    language = page.locale.language_code
    digest = text_hash(page)
    if current is not None and current.text_hash == digest and current.document_id:
        return "unchanged"
    started = time.monotonic()
    try:
        data, duration = synthesise(speech_text(page), language)
    except SpeechUnavailable:
        logger.info("No computer voice for guide %s (%s): espeak-ng missing", page_id, language)
        return "unavailable"
    Document = get_document_model()
    document = Document(title=f"{page.title} (audio)", collection=audio_collection())
    name = f"{slugify(page.slug)[:50] or 'guide'}-{language}.opus"
    document.file.save(name, ContentFile(data), save=False)
    document._set_document_file_metadata()
    with transaction.atomic():
        document.save()
        old_document = current.document if current is not None else None
        GuideAudio.objects.update_or_create(
            page=page,
            defaults={
                "document": document,
                "text_hash": digest,
                "voice": voice_for(language),
                "duration_seconds": duration,
            },
        )
        if old_document is not None:
            old_document.delete()
        bump_after_commit()  # pages cached without the player (or with the old file) go stale
    logger.info(
        "Guide %s (%s): %.0f s of audio, %d bytes, made in %.1f s",
        page_id,
        language,
        duration,
        len(data),
        time.monotonic() - started,
    )
    return "generated"
