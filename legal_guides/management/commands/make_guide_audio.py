"""Queue the computer-voice audio of every live guide, in every language.

Run it once after deploying the audio feature, or after installing espeak-ng: guides published
before then have no audio until their next publish. Guides whose text has not changed since their
last audio, with a recording, or with the voice turned off are skipped by the task itself.
"""

from django.core.management.base import BaseCommand

from legal_guides.models import LegalGuidePage
from legal_guides.speech import available
from legal_guides.tasks import generate_guide_audio


class Command(BaseCommand):
    help = "Queue the computer-voice audio version of every live legal guide."

    def handle(self, *args, **options):
        if not available():
            self.stderr.write("espeak-ng or opusenc is not installed: no audio can be made.")
            return
        ids = list(LegalGuidePage.objects.live().values_list("pk", flat=True))
        for page_id in ids:
            generate_guide_audio.enqueue(page_id)
        self.stdout.write(f"Queued the audio of {len(ids)} guides.")
