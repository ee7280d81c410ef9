"""Demo content for search: the per-language index of everything seeded before, and promotions.

Promotions are what an editor would set up under Settings → Promoted search results: a query
and the page to pin, one promotion per language (a pinned page only shows to readers of its own
language).
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.utils import normalise_query_string

from home.demo import page_at
from search import index

# Spanish page path → {language: (queries, description)}. Pages not translated into a language
# are simply not promoted there.
PROMOTIONS = {
    "guias/visas-y-regularizacion": {
        "es": (
            ["visa", "visas", "regularización", "regularizacion"],
            "Qué visa puedes pedir, qué papeles necesitas y cuánto cuesta.",
        ),
    },
    "guias/asilo-y-refugio": {
        "es": (
            ["asilo", "refugio"],
            "Cómo pedir protección internacional en Ecuador, paso a paso.",
        ),
        "en": (
            ["asylum", "refugee"],
            "How to ask for international protection in Ecuador, step by step.",
        ),
        "fr": (
            ["asile", "réfugié", "refugie"],
            "Comment demander une protection internationale en Équateur.",
        ),
        "ht": (
            ["azil", "refijye"],
            "Kijan pou mande pwoteksyon entènasyonal nan Ekwatè, etap pa etap.",
        ),
    },
    "cursos": {
        "es": (["curso", "cursos"], "Todos los cursos gratuitos abiertos a la inscripción."),
        "en": (["course", "courses"], "All free courses open for enrolment."),
        "fr": (
            ["formation", "formations", "cours"],
            "Toutes les formations gratuites ouvertes aux inscriptions.",
        ),
        "ht": (["kou", "fòmasyon"], "Tout kou gratis ki ouvè pou enskripsyon."),
    },
}


def seed(command):
    count = index.rebuild()
    command.log(f"search: index rebuilt, {count} items in four languages")
    created = 0
    for path, by_language in PROMOTIONS.items():
        source = page_at(path, "es")
        if source is None:
            continue
        for code, (queries, description) in by_language.items():
            page = (
                source
                if code == "es"
                else source.get_translations().filter(locale__language_code=code).first()
            )
            if page is None or not page.live:
                continue
            for text in queries:
                query, _ = Query.objects.get_or_create(query_string=normalise_query_string(text))
                _promotion, was_created = SearchPromotion.objects.get_or_create(
                    query=query, page=page, defaults={"description": description, "sort_order": 0}
                )
                created += was_created
    command.log(f"search: {created} new search promotions")
