"""Home page teasers ("upcoming events", "courses open for enrolment").

Apps add a teaser with the `register_home_teaser` hook. The function takes the request and the home
page and returns None or a dict with `heading`, `template`, `items` and optionally `more_url`,
`more_text` and `order`.
"""

from wagtail import hooks


def home_teasers(request, home_page):
    teasers = []
    for build in hooks.get_hooks("register_home_teaser"):
        teaser = build(request, home_page)
        if teaser and teaser.get("items"):
            teasers.append(teaser)
    return sorted(teasers, key=lambda teaser: teaser.get("order", 100))
