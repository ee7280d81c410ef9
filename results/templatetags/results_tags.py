"""Template tags of the results app: dates in the visitor's language and the Plan's roadmap.

`{% load results_tags %}{% plan_roadmap %}` shows the roadmap as a timeline on any page (the Plan
page includes it), cached per language until content changes.
"""

from django import template

from home import dates

from ..summary import cached_roadmap

register = template.Library()

register.filter("results_date", dates.long_date)


@register.inclusion_tag("results/includes/roadmap.html")
def plan_roadmap():
    return {"roadmap": cached_roadmap()}
