"""PostgreSQL only: unaccent and pg_trgm, one text-search configuration per language, and indexes.

Each configuration removes accents before stemming, so "informacion" finds "información" and
"trabajadores" finds "trabajo". Haitian Creole has no stemmer: it uses "simple" + unaccent.
On SQLite this migration does nothing.
"""

from django.db import migrations

CONFIGS = [
    ("quito_es", "spanish", "spanish_stem"),
    ("quito_en", "english", "english_stem"),
    ("quito_fr", "french", "french_stem"),
    ("quito_ht", "simple", "simple"),
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    statements = [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    ]
    for name, parser_source, dictionary in CONFIGS:
        statements += [
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{parser_source})",
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
            f"WITH unaccent, {dictionary}",
        ]
    statements += [
        "CREATE INDEX IF NOT EXISTS search_entry_vector_gin ON search_searchentry USING gin (search_vector)",
        "CREATE INDEX IF NOT EXISTS search_word_trgm ON search_searchword USING gin (word gin_trgm_ops)",
    ]
    for statement in statements:
        schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS search_word_trgm")
    schema_editor.execute("DROP INDEX IF EXISTS search_entry_vector_gin")
    for name, _source, _dictionary in CONFIGS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
