"""The site's search backend: Wagtail's database backend, with cover-density ranking on PostgreSQL.

Configured as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"``; like
Wagtail's own ``wagtail.search.backends.database`` it picks the implementation from the
database vendor.

Why the folded-copy route on PostgreSQL too (rather than ``unaccent`` and a custom text
search configuration): the same index and query code runs on both databases, so the tests
prove one behaviour; ``unaccent`` cannot rank ``táo`` above ``tạo``, while raw + folded copies
rank the exact spelling first; and the number field is needed either way. With
``SEARCH_CONFIG = "simple"`` no English stopword list deletes folded Vietnamese words
(``to``, ``so``, ``the`` = tổ, số, thể).

Why the match is written ``title @@ q OR body @@ q``: the stock backend matches the
concatenation ``title || body``, an expression the GIN indexes on the two columns cannot
serve, so every search read the whole index table (about 100 ms per 10,000 pages).

Why ``ts_rank_cd`` (cover density): the stock ``ts_rank`` ignores how close the matched
terms are, so 'lãi suất' ranked 'Lai lịch và suất ăn' as high as 'lãi suất'; cover density
rewards the terms standing together.
"""

from functools import cache

from django.db import connection

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import Boost, Not, Or, Phrase, PlainText


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return database_backend(params)


@cache
def _postgres_backend_class():
    # Imported here: these modules need psycopg, which an SQLite-only install may lack.
    from django.contrib.postgres.search import SearchRank
    from django.db.models import F, Q

    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class CoverDensityMixin:
        def build_tsrank(self, vector, query, config=None, boost=1.0):
            if isinstance(query, (Phrase, PlainText, Not)):
                rank = SearchRank(
                    vector,
                    self.build_tsquery(query, config=config),
                    weights=self.sql_weights,
                    cover_density=True,
                )
                return rank * boost if boost != 1.0 else rank
            if isinstance(query, Boost):
                return self.build_tsrank(
                    vector, query.subquery, config=config, boost=boost * query.boost
                )
            return super().build_tsrank(vector, query, config=config, boost=boost)

        def search(self, config, start, stop, score_field=None, backend=None):
            if self.fields is not None or not isinstance(self.query, (PlainText, Phrase, Or)):
                return super().search(config, start, stop, score_field, backend)
            search_query = self.build_tsquery(self.query, config=config)
            vectors = self.get_search_vectors(search_query)
            match = Q()
            for vector, _boost in vectors:
                if not isinstance(vector, F):
                    return super().search(config, start, stop, score_field, backend)
                match |= Q(**{vector.name: search_query})
            rank_expression = self._build_rank_expression(vectors, config)
            return self._apply_ordering_and_scoring(
                self.queryset.filter(match), rank_expression, start, stop, score_field
            )

    class QueryCompiler(CoverDensityMixin, PostgresSearchQueryCompiler):
        pass

    class AutocompleteQueryCompiler(CoverDensityMixin, PostgresAutocompleteQueryCompiler):
        pass

    class VietnamesePostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler

    return VietnamesePostgresSearchBackend
