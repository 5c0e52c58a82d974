"""How a cleaned query becomes a Wagtail search: exact number first, then raw OR folded text.

Every entry point (results page, suggestions) passes website.search_guard.clean_query first.
"""

from django.db import connection

from modelsearch.query import Or, Phrase, PlainText

from website.folding import fold, fold_for_index, query_number_key

EXACT_NUMBER_LIMIT = 5


def build_query(query: str):
    """Raw OR folded OR folded phrase (OR the whole-number key when it looks like a number).

    The raw branch matches the exact spelling only (SQLite's FTS table keeps diacritics,
    see migration 0001), so a page with the exact spelling matches more branches and ranks
    above look-alikes ('lãi suất' above 'Lai lịch ... suất ăn'); the folded branch finds the
    page whatever the accents; the phrase rewards the terms standing together.
    """
    raw = query.lower()
    folded = fold_for_index(query)
    branches = [PlainText(folded)] if folded.strip() else []
    if fold(raw) != raw:
        branches.insert(0, PlainText(raw))
    if len(folded.split()) > 1 and connection.vendor != "postgresql":
        # SQLite's bm25 has no notion of proximity; PostgreSQL ranks by cover density
        # instead, and a phrase there would make every match re-read the page's body.
        branches.append(Phrase(folded))
    key = query_number_key(query)
    if key:
        branches.append(PlainText(key))
    if not branches:
        return None
    return branches[0] if len(branches) == 1 else Or(branches)


def exact_number_matches(queryset, query: str) -> list:
    """Pages whose own document number is the query (any spelling of it), looked up directly.

    The number's key is one token in the index (website/folding.py number_variants), so this is
    an exact full-text look-up of a single term, fast and independent of the ranking.
    """
    key = query_number_key(query)
    if not key:
        return []
    return list(queryset.search(PlainText(key), order_by_relevance=False)[:EXACT_NUMBER_LIMIT])
