"""Recovery for a lost phone: remove a user's second-factor devices.

The user then signs in with their password and is led to set up a new authenticator. Their
current sessions lose their verification at once (the device they were verified with is gone).
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from django_otp import devices_for_user


class Command(BaseCommand):
    help = "Remove a user's two-factor devices so that they set up a new one at their next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as error:
            raise CommandError(f"No user with the username {username!r}.") from error
        removed = 0
        for device in list(devices_for_user(user, confirmed=None)):
            device.delete()
            removed += 1
        self.stdout.write(
            self.style.SUCCESS(
                f"Removed {removed} two-factor device(s) of {username}. "
                "They will set up a new one at their next sign-in."
            )
        )
