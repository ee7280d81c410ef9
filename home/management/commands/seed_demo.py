import importlib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.roles import ROLES, setup_roles

# Each app's `demo.py` has a `seed(command)` function. Home comes first (every section hangs under
# it), community before guides (guides choose entries of its services directory), search last.
DEMO_MODULES = [
    "home.demo_content",
    "community.demo",
    "courses.demo",
    "legal_advice.demo",  # after community: referrals go to its directory
    "referrals.demo",
    "legal_guides.demo",
    "results.demo",  # after courses and guides: its computed indicators count them
    "search.demo",
]


class Command(BaseCommand):
    help = "Create the demo site (idempotent, fixed content). Demo users only with DEBUG or --demo-users."

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help="Create demo users with known passwords even though DEBUG is off.",
        )
        parser.add_argument("--no-users", action="store_true", help="Skip the demo users.")

    def handle(self, *args, demo_users=False, no_users=False, **options):
        if not no_users and not settings.DEBUG and not demo_users:
            raise CommandError(
                "Refusing to create demo users with known passwords while DEBUG is off. "
                "Pass --demo-users to do it anyway (never on a public server), or --no-users."
            )
        for module_name in DEMO_MODULES:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as error:
                if error.name != module_name:
                    raise
                continue
            module.seed(self)
        from home.demo_content import link_home_tasks, seed_users

        link_home_tasks(self)
        # The production roles (`setup_roles`), now that every section page exists.
        setup_roles()
        self.log("roles: " + ", ".join(role.name for role in ROLES))
        if not no_users:
            seed_users(self)
        self.stdout.write(self.style.SUCCESS("Demo site ready."))

    def log(self, message):
        self.stdout.write(f"  {message}")
