"""SQLite only: rebuild Wagtail's FTS5 table with a tokenizer that keeps diacritics.

The stock table (``unicode61`` with ``remove_diacritics 1``) folds some Vietnamese letters
but not others (``công`` but not ``nghiệp``, never ``đ``), so neither exact nor unaccented
queries work reliably. The folded copies in the index (website/folded_fields.py) give the
accent-insensitive match; keeping the raw columns exact lets exact spellings rank first
(``lãi suất`` above ``Lai lịch ... suất ăn``). PostgreSQL is untouched (``simple`` config).
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"


def rebuild_fts_table(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT name FROM sqlite_master WHERE name = '{TABLE}_fts'")
        if cursor.fetchone() is None:  # SQLite without FTS5: Wagtail's fallback backend
            return
        cursor.execute(f"DROP TABLE {TABLE}_fts")
        cursor.execute(
            f"CREATE VIRTUAL TABLE {TABLE}_fts USING fts5(autocomplete, body, title, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        # Wagtail's triggers on the entry table keep filling the new table; copy what exists.
        cursor.execute(
            f"INSERT INTO {TABLE}_fts(rowid, title, body, autocomplete) "  # noqa: S608
            f"SELECT id, title, body, autocomplete FROM {TABLE}"
        )


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(rebuild_fts_table, migrations.RunPython.noop)]
