"""Weekly email to Legal reviewers: the guides whose legal review is overdue or due soon.

Run it from cron once a week (README, "Scheduled jobs"). Each reviewer with an email address gets
one message in the admin language of their Wagtail profile; nothing is sent when nothing is due.
The text is in home/templates/home/email/review_digest*.txt (translated in home's catalogues).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from legal_guides.models import DUE_SOON_DAYS, LegalGuidePage

GROUP = "Legal reviewers"


def _language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = profile.get_preferred_language() if profile is not None else None
    return preferred or settings.LANGUAGE_CODE


class Command(BaseCommand):
    help = "Email Legal reviewers the legal guides due or overdue for review (weekly, cron)."

    def handle(self, *args, **options):
        today = timezone.localdate()
        guides = list(LegalGuidePage.due_for_review())
        if not guides:
            self.stdout.write("No guide is due for review: nothing sent.")
            return
        base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
        for guide in guides:
            guide.days_left = (guide.next_review_due - today).days
            guide.days_late = -guide.days_left
            guide.admin_url = base_url + reverse("wagtailadmin_pages:edit", args=(guide.pk,))
        overdue = sum(1 for guide in guides if guide.days_left < 0)
        context = {
            "guides": guides,
            "days": DUE_SOON_DAYS,
            "due": len(guides) - overdue,
            "overdue": overdue,
        }
        reviewers = (
            get_user_model()
            .objects.filter(groups__name=GROUP, is_active=True)
            .exclude(email="")
            .select_related("wagtail_userprofile")
            .distinct()
        )
        sent = 0
        for reviewer in reviewers:
            with translation.override(_language(reviewer)):
                subject = render_to_string("home/email/review_digest_subject.txt", context)
                body = render_to_string("home/email/review_digest.txt", context)
            send_mail(" ".join(subject.split()), body, None, [reviewer.email])
            sent += 1
        self.stdout.write(f"Review digest sent to {sent} legal reviewers ({len(guides)} guides).")
