"""Listen to a guide: a computer voice made on publish, made again when the text changes, and
replaced by a person's recording. Needs espeak-ng and opus-tools (Debian packages, in CI)."""

import io
import re
import shutil
import subprocess

from django.core.files.base import ContentFile
from django.core.management import call_command

from wagtail.documents import get_document_model

import pytest

from legal_guides.audio import GuideAudio
from legal_guides.models import LegalGuidePage
from legal_guides.tasks import audio_paused

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not (shutil.which("espeak-ng") and shutil.which("opusenc") and shutil.which("opusinfo")),
        reason="needs espeak-ng and opus-tools (apt-get install espeak-ng opus-tools)",
    ),
]

BODY = [
    {
        "type": "paragraph",
        "value": "<p>Pedir asilo es gratis. Nadie puede cobrarte por ello. Si no tienes "
        "documentos, pide orientación igual: no tenerlos no te quita tus derechos.</p>",
    }
]


def opus_seconds(path):
    """The playback length opusinfo reads from the file itself (it fails on a broken file)."""
    output = subprocess.run(  # noqa: S603
        [shutil.which("opusinfo"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    minutes, seconds = re.search(r"Playback length:\s*(\d+)m:([\d.]+)s", output).groups()
    return int(minutes) * 60 + float(seconds)


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a guide the way the admin does; the queued task runs once the commit is done."""

    def _publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return LegalGuidePage.objects.get(pk=page.pk)

    return _publish


@pytest.fixture
def guide(make_guide, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = make_guide("pedir-asilo", title="Pedir asilo", body=BODY)
    return LegalGuidePage.objects.get(pk=page.pk)


def player(client, page):
    html = client.get(page.url).content.decode()
    match = re.search(r'<audio controls preload="none"[^>]*src="([^"]+)"', html)
    return html, match.group(1) if match else None


def test_publishing_a_guide_makes_a_computer_voice_in_opus(client, guide):
    audio = GuideAudio.objects.get(page=guide)
    path = audio.document.file.path
    with open(path, "rb") as handle:
        head = handle.read(64)
    assert head.startswith(b"OggS") and b"OpusHead" in head
    assert opus_seconds(path) > 5
    assert audio.voice == "es-419"
    # The page offers it: nothing is fetched before play, a download link, a plain note.
    html, src = player(client, guide)
    assert src == audio.document.url
    assert f'href="{audio.document.url}" download' in html
    assert "computer voice" in html.lower() or "voz de computadora" in html.lower()
    response = client.get(src)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"OggS")


def test_changing_the_text_makes_it_again_and_other_changes_do_not(client, guide, publish):
    first = GuideAudio.objects.get(page=guide)
    first_document = first.document_id
    guide.reviewed_by = "Equipo jurídico, Unidad de Movilidad Humana"
    guide = publish(guide)
    assert GuideAudio.objects.get(page=guide).document_id == first_document  # same text

    guide.summary = "Un resumen nuevo y distinto, que la voz debe leer también."
    guide = publish(guide)
    second = GuideAudio.objects.get(page=guide)
    assert second.document_id != first_document
    assert second.text_hash != first.text_hash
    assert not get_document_model().objects.filter(pk=first_document).exists()  # no orphan file
    _, src = player(client, guide)
    assert src == second.document.url


def test_a_recording_replaces_the_computer_voice(client, guide, publish):
    generated = GuideAudio.objects.get(page=guide)
    with open(generated.document.file.path, "rb") as handle:
        data = handle.read()
    recording = get_document_model()(title="Grabación: pedir asilo")
    recording.file.save("grabacion-pedir-asilo.opus", ContentFile(data), save=False)
    recording._set_document_file_metadata()
    recording.save()

    guide.audio_recording = recording
    guide = publish(guide)
    html, src = player(client, guide)
    assert src == recording.url
    assert "computer voice" not in html.lower() and "voz de computadora" not in html.lower()
    assert not GuideAudio.objects.filter(page=guide).exists()


def test_editors_can_turn_the_voice_off(client, guide, publish):
    guide.generate_audio = False
    guide = publish(guide)
    html, src = player(client, guide)
    assert src is None and "<audio" not in html
    assert not GuideAudio.objects.filter(page=guide).exists()


def test_without_espeak_the_guide_has_no_player_and_no_error(
    client, make_guide, django_capture_on_commit_callbacks, monkeypatch, tmp_path
):
    monkeypatch.setenv("PATH", str(tmp_path))  # a laptop without espeak-ng
    with django_capture_on_commit_callbacks(execute=True):
        page = make_guide("sin-voz", body=BODY)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<audio" not in html and "listen-heading" not in html
    assert not GuideAudio.objects.filter(page=page).exists()


def test_guides_published_before_the_voice_existed_get_it_from_the_command(
    client, make_guide, django_capture_on_commit_callbacks
):
    with audio_paused(), django_capture_on_commit_callbacks(execute=True):
        page = make_guide("anterior", body=BODY)
    assert not GuideAudio.objects.filter(page=page).exists()
    call_command("make_guide_audio", stdout=io.StringIO())
    _, src = player(client, page)
    assert src == GuideAudio.objects.get(page=page).document.url
