"""Search benchmark: 5,000 extra pages in four languages, 20 mixed queries, median and p95 time.

Run through `make bench` (scripts/bench.sh gives it a throwaway PostgreSQL cluster), or alone:
    scripts/with-database.sh .venv/bin/python scripts/bench_search.py

What it does, in the database in DATABASE_URL (SQLite when unset, clearly reported):
1. migrates and seeds the home pages in four languages (home.demo_content);
2. generates 5,000 StandardPages with deterministic text: 1,100 pages translated into all four
   languages (4,400) plus 600 only in Spanish (so the "Spanish page, not translated yet" path is
   measured too), then builds the per-language index;
3. runs 20 mixed queries (single words, several words, no accents, inflected forms, typos that
   find nothing and get a "did you mean", tsquery operators), each 1 + 5 times, and reports
   the median and p95 of (a) the search itself: per-section counts, the first page of results,
   promotions and suggestions, and (b) the whole results page through Django's test client;
4. reports the size of the index tables (PostgreSQL).

Target: median under 50 ms on a 2-core machine.
"""

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TMP = Path(tempfile.mkdtemp(prefix="quito-bench-search-"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{TMP}/bench.sqlite3")
os.environ["DJANGO_SETTINGS_MODULE"] = "quito_site.settings.test"
os.environ["MEDIA_ROOT"] = str(TMP / "media")
sys.path.insert(0, str(REPO))

TRANSLATED_GROUPS = int(os.environ.get("BENCH_SEARCH_GROUPS", "1100"))
SPANISH_ONLY = int(os.environ.get("BENCH_SEARCH_SPANISH_ONLY", "600"))
REPEATS = int(os.environ.get("BENCH_SEARCH_REPEATS", "5"))

WORDS = {
    "es": (
        "refugio asilo visa trabajo trabajadores derechos salud médico escuela matrícula vivienda "
        "alquiler contrato seguro social regularización documentos cédula información gratuita curso "
        "taller comunidad familia niños mujeres violencia discriminación denuncia protección "
        "ayuda alimentos albergue abogado trámite ministerio oficina barrio cocina computación "
        "emprendimiento electricidad idioma español capacitación empleo sueldo horario permiso"
    ).split(),
    "en": (
        "refuge asylum visa work workers rights health doctor school enrolment housing rent contract "
        "social security regularisation documents identity information free course workshop community "
        "family children women violence discrimination report protection help food shelter lawyer "
        "procedure ministry office neighbourhood cooking computing business electricity language "
        "spanish training employment wages hours permit running applying renewed"
    ).split(),
    "fr": (
        "refuge asile visa travail travailleurs droits santé médecin école inscription logement loyer "
        "contrat sécurité sociale régularisation documents identité information gratuite formation "
        "atelier communauté famille enfants femmes violence discrimination signalement protection aide "
        "nourriture hébergement avocat démarche ministère bureau quartier cuisine informatique "
        "entreprise électricité langue espagnol emploi salaire horaires permis réfugiés"
    ).split(),
    "ht": (
        "refij azil viza travay travayè dwa sante doktè lekòl enskripsyon lojman lwaye kontra sekirite "
        "sosyal regilarizasyon dokiman idantite enfòmasyon gratis kou atelye kominote fanmi timoun "
        "fanm vyolans diskriminasyon denonse pwoteksyon èd manje abri avoka demach ministè biwo katye "
        "kwizin enfòmatik biznis elektrisite lang panyòl fòmasyon djòb salè lè pèmi"
    ).split(),
}
FILLER = {
    "es": "de la el en y para con por una los las que tu".split(),
    "en": "the of and to in for with your a on at".split(),
    "fr": "de la le et en pour avec votre une les des".split(),
    "ht": "nan ak pou yon la ou ki sou se pa".split(),
}
QUERIES = [
    ("es", "refugio"),
    ("es", "trabajadores"),
    ("es", "regularizacion documentos"),
    ("es", "medico gratis"),
    ("es", "refujio"),  # typo → did you mean
    ("es", "curso de cocina para emprender"),
    ("en", "asylum"),
    ("en", "applied"),  # inflected: "applying"
    ("en", "rent contract"),
    ("en", "asylun"),  # typo
    ("en", "school"),
    ("fr", "asile"),
    ("fr", "medecin"),  # no accent
    ("fr", "réfugiés logement"),
    ("fr", "travail"),
    ("ht", "azil"),
    ("ht", "dokte"),  # no accent
    ("ht", "travay lekol"),
    ("es", 'visa & | ! :* "('),  # operators
    ("en", "zzzz qqqq"),  # nothing at all
]


class Log:
    stdout = sys.stdout

    def log(self, message):
        print(f"  {message}")


def sentence(rng, language, length):
    words = WORDS[language]
    filler = FILLER[language]
    return " ".join(
        rng.choice(words) if rng.random() < 0.6 else rng.choice(filler) for _ in range(length)
    )


def setup():
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", "--noinput", verbosity=0)
    from home import demo_content

    demo_content.seed(Log())


def generate_pages():
    from wagtail.models import Locale

    from home.models import HomePage, StandardPage

    rng = random.Random(42)  # noqa: S311 - deterministic benchmark content, not security
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
    parents = {}
    for code, home in homes.items():
        parent = home.get_children().filter(slug=f"bench-{code}").first()
        if parent is None:
            parent = StandardPage(
                title=f"Bench {code}",
                slug=f"bench-{code}",
                body="<p>Bench</p>",
                locale=locales[code],
            )
            home.add_child(instance=parent)
        parents[code] = parent
    created = 0
    start = time.perf_counter()
    groups = [
        (languages, uuid.UUID(int=rng.getrandbits(128)))
        for languages in [("es", "en", "fr", "ht")] * TRANSLATED_GROUPS + [("es",)] * SPANISH_ONLY
    ]
    for number, (languages, key) in enumerate(groups):
        for code in languages:
            title = sentence(rng, code, rng.randint(3, 6)).capitalize()
            body = "".join(
                f"<p>{sentence(rng, code, rng.randint(15, 30))}.</p>"
                for _ in range(rng.randint(3, 6))
            )
            page = StandardPage(
                title=title[:255],
                slug=f"p{number}-{code}",
                intro=sentence(rng, code, 12),
                body=body,
                locale=locales[code],
                translation_key=key,
                live=True,
            )
            parents[code].add_child(instance=page)
            created += 1
    print(f"  generated {created} pages in {time.perf_counter() - start:.0f} s")
    return created


def measure():
    from django.db import connection
    from django.test import Client
    from django.utils import translation

    from search.query import promotions, run_search, suggestion

    def search_once(language, query):
        with translation.override(language):
            outcome = run_search(query, language)
            page = list(outcome.entries[:10])
            promotions(query, language)
            if outcome.total < 3:
                suggestion(query, language)
        return outcome.total, page

    client = Client()
    search_times, page_times, rows = [], [], []
    for language, query in QUERIES:
        total, _page = search_once(language, query)  # warm-up
        client.get(f"/{language}/search/", {"q": query})
        timings, page_timings = [], []
        for _ in range(REPEATS):
            start = time.perf_counter()
            search_once(language, query)
            timings.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            response = client.get(f"/{language}/search/", {"q": query})
            page_timings.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{language} {query!r}: HTTP {response.status_code}")
        search_times += timings
        page_times += page_timings
        rows.append(
            (language, query, total, statistics.median(timings), statistics.median(page_timings))
        )

    print(f"\n  {'lang':4} {'query':34} {'results':>7} {'search ms':>10} {'page ms':>8}")
    for language, query, total, search_ms, page_ms in rows:
        print(f"  {language:4} {query[:34]:34} {total:7d} {search_ms:10.1f} {page_ms:8.1f}")

    def p95(values):
        return statistics.quantiles(values, n=20)[-1]

    print(
        f"\n  search (counts + first page + promotions + suggestion): median {statistics.median(search_times):.1f} ms,"
        f" p95 {p95(search_times):.1f} ms over {len(search_times)} runs"
    )
    print(
        f"  whole results page (test client, templates included): median {statistics.median(page_times):.1f} ms,"
        f" p95 {p95(page_times):.1f} ms"
    )
    median = statistics.median(search_times)
    print(f"  target: median under 50 ms → {'met' if median < 50 else 'NOT met'}")

    from search.models import SearchEntry, SearchWord

    print(
        f"  index: {SearchEntry.objects.count()} entries, {SearchWord.objects.count()} did-you-mean words"
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_size_pretty(pg_total_relation_size('search_searchentry')),"
                " pg_size_pretty(pg_total_relation_size('search_searchword')),"
                " pg_size_pretty(pg_relation_size('search_entry_vector_gin')),"
                " pg_size_pretty(pg_total_relation_size('wagtailsearch_indexentry'))"
            )
            entry, words, gin, wagtail = cursor.fetchone()
        print(
            f"  index size: entries {entry} (GIN index on vectors {gin}), words {words};"
            f" Wagtail's own shared index for comparison: {wagtail}"
        )


def main():
    setup()
    from django.db import connection

    print(f"  database: {connection.vendor}")
    if connection.vendor != "postgresql":
        print(
            "  NOTE: SQLite fallback search (no stemming, substring matching): figures are not the PostgreSQL ones."
        )
    generate_pages()
    from search import index

    start = time.perf_counter()
    count = index.rebuild()
    print(f"  indexed {count} items in {time.perf_counter() - start:.0f} s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchentry; ANALYZE search_searchword")
    measure()


if __name__ == "__main__":
    main()
