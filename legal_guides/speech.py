"""A computer voice for the guides: espeak-ng speaks, opusenc compresses (Debian packages).

No database, no Django models: `synthesise(text, language)` returns the Opus bytes and the length
in seconds, or raises `SpeechUnavailable` when the programs are not installed (a laptop running
`make run`); the site then simply shows no player.

Voices (`espeak-ng --voices`): Latin American Spanish, American English, French of France and
Haitian Creole (espeak-ng's own `ht` voice, a rule-based voice: understandable, not natural).
Opus at 16 kbit/s, mono, tuned for speech: about 130 KB a minute. A four-minute guide takes
about 5 s of CPU (espeak-ng 0.4 s, opusenc the rest).
"""

import shutil
import subprocess  # noqa: S404 - fixed programs, arguments never from a shell
import tempfile
import wave
from pathlib import Path

VOICES = {"es": "es-419", "en": "en-us", "fr": "fr-fr", "ht": "ht"}
WORDS_PER_MINUTE = 150  # a little slower than espeak-ng's 175: easier to follow
BITRATE_KBPS = 16
COMPLEXITY = 3  # of 10: half the encoding time, no audible loss for a synthetic voice
TIMEOUT_SECONDS = 600
PROGRAMS = ("espeak-ng", "opusenc")


class SpeechUnavailable(RuntimeError):
    """espeak-ng or opusenc is missing, or this language has no voice."""


def available(language=None):
    if language is not None and language not in VOICES:
        return False
    return all(shutil.which(program) for program in PROGRAMS)


def voice_for(language):
    return VOICES.get(language)


def synthesise(text, language):
    """(opus bytes, duration in seconds) of `text` read by the voice of `language`."""
    voice = voice_for(language)
    if voice is None or not available():
        raise SpeechUnavailable(language)
    with tempfile.TemporaryDirectory(prefix="guide-audio-") as folder:
        source = Path(folder, "text.txt")
        wav = Path(folder, "speech.wav")
        opus = Path(folder, "speech.opus")
        source.write_text(text, encoding="utf-8")
        subprocess.run(  # noqa: S603
            [
                shutil.which("espeak-ng"),
                "-v",
                voice,
                "-s",
                str(WORDS_PER_MINUTE),
                "-b",
                "1",  # the text file is UTF-8
                "-f",
                str(source),
                "-w",
                str(wav),
            ],
            check=True,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
        )
        with wave.open(str(wav)) as reader:
            duration = reader.getnframes() / float(reader.getframerate() or 1)
        subprocess.run(  # noqa: S603
            [
                shutil.which("opusenc"),
                "--quiet",
                "--speech",
                "--downmix-mono",
                "--bitrate",
                str(BITRATE_KBPS),
                "--comp",
                str(COMPLEXITY),
                str(wav),
                str(opus),
            ],
            check=True,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
        )
        return opus.read_bytes(), duration
