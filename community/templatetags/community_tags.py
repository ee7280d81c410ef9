"""Date filters for the community templates: thin names for the shared helpers in home/dates.py."""

from django import template

from home import dates

register = template.Library()

register.filter("long_date", dates.long_date_with_weekday)  # "sábado 5 de diciembre de 2026"
register.filter("short_date", dates.long_date)  # "5 de diciembre de 2026"
register.filter("clock", dates.clock)  # "15:00"
