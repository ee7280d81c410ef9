from django.core.management.base import BaseCommand

from home.roles import ROLES, setup_roles


class Command(BaseCommand):
    help = (
        "Create the staff groups (" + ", ".join(role.name for role in ROLES) + "), their "
        "permissions and the partner-event moderation workflow. Idempotent and additive: never "
        "removes a permission. Creates no users and no pages; run it again after creating the "
        "section pages so that their page permissions are granted."
    )

    def handle(self, *args, **options):
        changes = setup_roles(
            log=lambda message: (
                self.stdout.write(f"  {message}") if options["verbosity"] > 1 else None
            )
        )
        if changes:
            self.stdout.write(self.style.SUCCESS(f"Roles set up: {len(changes)} changes."))
        else:
            self.stdout.write("Roles already set up: nothing to change.")
