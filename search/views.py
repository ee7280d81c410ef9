from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Page

from home.localization import active_locale

MAX_QUERY_LENGTH = 200


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=active_locale())
        results = Paginator(pages.search(query), 10).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": results},
    )
