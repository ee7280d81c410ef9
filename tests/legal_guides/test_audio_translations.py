"""The audio of translated and deleted guides.

A translation plays its own recording or, without one, a computer voice in its own language,
never the Spanish recording wagtail-localize copies into it. Deleting a guide (or one of its
translations) deletes its computer voice's file, never an editor's recording. Needs espeak-ng and
opus-tools, like test_audio.py.
"""

import os
import re
import shutil
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail_localize.models import OverridableSegment, Translation

import pytest

from legal_guides.audio import GuideAudio
from legal_guides.models import LegalGuidePage
from legal_guides.speech import voice_for

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not (shutil.which("espeak-ng") and shutil.which("opusenc")),
        reason="needs espeak-ng and opus-tools (apt-get install espeak-ng opus-tools)",
    ),
]

BODY = [{"type": "paragraph", "value": "<p>Pedir asilo es gratis. Nadie puede cobrarte.</p>"}]
HAITIAN = {
    "title": "Mande azil",
    "slug": "mande-azil",
    "summary": "Ou ka mande pwoteksyon. Li gratis.",
    "audience": "Moun ki te oblije kite peyi yo.",
    "reviewed_by": "Ekip jiridik",
    "body": [{"type": "paragraph", "value": "<p>Mande azil gratis. Pèsonn pa ka fè ou peye.</p>"}],
}


def recording(title):
    """An editor's recording, uploaded as a Wagtail document."""
    document = get_document_model()(title=title)
    document.file.save("recording.opus", ContentFile(b"OggS..."), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def played(client, page):
    """The source URL of the page's audio player, or None."""
    html = client.get(page.url).content.decode()
    match = re.search(r'<audio controls preload="none"[^>]*src="([^"]+)"', html)
    return match.group(1) if match else None


def translate_to_haitian(spanish, translate_page):
    return translate_page(spanish, "ht", **{**HAITIAN, "legal_basis": spanish.legal_basis})


@pytest.fixture
def spanish(make_guide, guide_indexes, django_capture_on_commit_callbacks):
    """A Spanish guide with a person's recording."""
    with django_capture_on_commit_callbacks(execute=True):
        page = make_guide(
            "pedir-asilo",
            title="Pedir asilo",
            body=BODY,
            audio_recording=recording("Grabación en español"),
        )
    return LegalGuidePage.objects.get(pk=page.pk)


def test_a_translation_plays_its_own_voice_not_the_spanish_recording(
    client, spanish, translate_page
):
    haitian = translate_to_haitian(spanish, translate_page)

    assert played(client, spanish) == spanish.audio_recording.url
    assert haitian.audio_recording is None
    generated = GuideAudio.objects.get(page=haitian)
    assert generated.voice == voice_for("ht")
    assert played(client, haitian) == generated.document.url


def test_a_translator_replaces_the_recording_with_one_in_their_language(
    client, spanish, translate_page, admin_client, django_capture_on_commit_callbacks
):
    haitian = translate_to_haitian(spanish, translate_page)
    own = recording("Anrejistreman an kreyòl")
    translation = Translation.objects.get(
        source__object_id=spanish.translation_key, target_locale=haitian.locale
    )
    segment = OverridableSegment.objects.get(
        source=translation.source, context__path="audio_recording"
    )
    # What the translation editor sends when the translator chooses another document.
    response = admin_client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        urlencode({"value": own.pk}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    haitian.refresh_from_db()
    assert haitian.audio_recording_id == own.pk
    assert played(client, haitian) == own.url
    assert not GuideAudio.objects.filter(page=haitian).exists()  # the computer voice went
    assert played(client, spanish) == spanish.audio_recording.url


def test_an_editor_cannot_give_a_translation_the_spanish_recording(spanish, translate_page):
    haitian = translate_to_haitian(spanish, translate_page)
    haitian.audio_recording = spanish.audio_recording
    with pytest.raises(ValidationError) as error:
        haitian.full_clean()
    assert "audio_recording" in error.value.message_dict


def test_deleting_a_guide_deletes_its_computer_voice_but_never_a_recording(
    client, spanish, translate_page, admin_client, django_capture_on_commit_callbacks
):
    Document = get_document_model()
    haitian = translate_to_haitian(spanish, translate_page)
    haitian_voice = GuideAudio.objects.get(page=haitian).document
    spanish_recording = spanish.audio_recording
    # A second Spanish guide, with a computer voice only.
    with django_capture_on_commit_callbacks(execute=True):
        other = spanish.get_parent().add_child(
            instance=LegalGuidePage(
                title="Otra guía",
                slug="otra-guia",
                summary="Otra guía de prueba.",
                body=BODY,
                reviewed_by="Equipo jurídico",
                next_review_due=spanish.next_review_due,
            )
        )
        other.save_revision().publish()
    other_voice = GuideAudio.objects.get(page=other).document
    other_file = other_voice.file.path

    # An editor deletes the Haitian translation in the admin: its voice goes, the rest stays.
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[haitian.pk]))
    assert response.status_code == 302
    assert not LegalGuidePage.objects.filter(pk=haitian.pk).exists()
    assert not Document.objects.filter(pk=haitian_voice.pk).exists()
    assert client.get(haitian_voice.url).status_code == 404
    assert Document.objects.filter(pk=spanish_recording.pk).exists()
    assert Document.objects.filter(pk=other_voice.pk).exists()

    # Then the other guide: its voice and its file go.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[other.pk]))
    assert response.status_code == 302
    assert not Document.objects.filter(pk=other_voice.pk).exists()
    assert not GuideAudio.objects.filter(page_id=other.pk).exists()
    assert not os.path.exists(other_file)

    # And the Spanish guide with a recording: the editor's file is kept in the library.
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[spanish.pk]))
    assert not LegalGuidePage.objects.filter(pk=spanish.pk).exists()
    assert Document.objects.filter(pk=spanish_recording.pk).exists()
