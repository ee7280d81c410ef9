"""`quito-manage`: Django's manage.py for an installed site (a wheel has no manage.py).

Production settings unless DJANGO_SETTINGS_MODULE says otherwise.
"""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quito_site.settings.production")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
