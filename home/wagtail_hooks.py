"""Wagtail hooks that concern every page of the site."""

from wagtail import hooks

from .visibility import check_inherited_view_restrictions

# A translation asks for the password or login its Spanish source asks for (Wagtail itself
# checks only the page's own restrictions).
hooks.register("on_serve_page", check_inherited_view_restrictions)
