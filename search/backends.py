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

Why the headline fields go to the title vector and only the title vector is ranked: the
body vectors of real pages are large and TOASTed; ranking them read and decompressed every
matching body (380 ms for a query that matches 9,600 of 10,000 pages). The title vector
holds the title, its folded copy and the document number (the fields boosted above 1), so
ranking stays on small vectors and the body only decides whether a page matches. The title
is ranked against the query's terms OR-ed, so a title holding most of the words still
outranks one holding a few, and a page that matches only in its body comes after them.

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
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
    from django.db.models import Case, F, FloatField, Func, Q, Value, When
    from django.db.models.sql.subqueries import InsertQuery
    from django.utils.functional import cached_property

    from modelsearch.backends.database.postgres.postgres import (
        IndexEntry,
        ObjectIndexer,
        PostgresAutocompleteQueryCompiler,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.index import SearchField
    from modelsearch.utils import get_content_type_pk

    def is_headline(field) -> bool:
        return isinstance(field, SearchField) and (
            field.field_name == "title" or (field.boost or 1) > 1
        )

    class HeadlineIndexer(ObjectIndexer):
        """Title vector = the boosted fields (title, folded title, number); body = the rest."""

        def _texts(self, headline: bool):
            return [
                (value, weight)
                for field in self.search_fields
                for current, weight, value in self.prepare_field(self.obj, field)
                if isinstance(current, SearchField) and is_headline(current) == headline
            ]

        @cached_property
        def title(self):
            return self.as_vector(self._texts(True))

        def _body_texts(self):
            texts = self._texts(False)
            folded = [
                (value, weight)
                for field in self.search_fields
                if isinstance(field, SearchField) and field.field_name == "search_text_folded"
                for _current, weight, value in self.prepare_field(self.obj, field)
            ]
            # A page with a folded copy of its text (website/folded_fields.py) needs only that copy
            # in the body: every raw spelling also matches folded, and exact spellings are
            # ranked on the title vector. Half the size keeps the vector in the row.
            return folded or texts

        @cached_property
        def body(self):
            # Stripped of positions and weights: the body only decides whether a page matches
            # (it is never ranked), and the smaller vector stays in the row instead of TOAST,
            # which a scan would otherwise fetch and decompress for every page.
            return Func(
                self.as_vector(self._body_texts()),
                function="strip",
                output_field=SearchVectorField(),
            )

    class HeadlineIndex(PostgresIndex):
        def add_items(self, model, objs):
            # Wagtail's PostgresIndex.add_items with HeadlineIndexer (modelsearch 1.3).
            if not model.get_search_fields():
                return
            indexers = [HeadlineIndexer(obj, self.backend) for obj in objs]
            if not indexers:
                return
            content_type_pk = get_content_type_pk(model)
            compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
            rows, params = [], []
            for indexer in indexers:
                params.extend((content_type_pk, indexer.id))
                sqls = []
                for name in ("title", "autocomplete", "body"):
                    value = compiler.prepare_value(
                        IndexEntry._meta.get_field(name), getattr(indexer, name)
                    )
                    sql, value_params = value.as_sql(compiler, self.write_connection)
                    sqls.append(sql)
                    params.extend(value_params)
                params.extend((indexer.title_text, indexer.body_text))
                rows.append(f"(%s, %s, {sqls[0]}, {sqls[1]}, {sqls[2]}, 1.0, %s, %s)")
            with self.write_connection.cursor() as cursor:
                cursor.execute(
                    f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, "  # noqa: S608
                    "title, autocomplete, body, title_norm, title_text, body_text) "
                    f"(VALUES {', '.join(rows)}) "
                    "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
                    "title = EXCLUDED.title, title_norm = 1.0, "
                    "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                    "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                    params,
                )
            self._refresh_title_norms()

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

        def _headline_rank(self, vectors, config):
            branches = self.query.subqueries if isinstance(self.query, Or) else [self.query]
            texts = [b.query_string for b in branches if isinstance(b, PlainText)]
            terms = [term for text in texts for term in text.split()]
            if not terms or len(vectors) < 2:
                return self._build_rank_expression(vectors, config)
            title_vector, title_norm = vectors[0]

            def rank(query):
                return SearchRank(title_vector, query, weights=self.sql_weights, cover_density=True)

            any_term = PlainText(" ".join(dict.fromkeys(terms)), operator="or")
            any_query = self.build_tsquery(any_term, config=config)
            # Ranked only where the title holds a query word: the rest score 0 anyway, and the
            # match test costs far less than ts_rank_cd (a third of titles, for common words).
            score = Case(
                When(Q(**{title_vector.name: any_query}), then=rank(any_query)),
                default=Value(0.0),
                output_field=FloatField(),
            )
            # The words standing together, as typed, add a bonus: 'lai suat' ranks 'lãi suất'
            # above 'Lai lịch và suất ăn'. A match test, much cheaper than a second rank.
            for text in texts:
                if len(text.split()) > 1:
                    phrase = SearchQuery(text, search_type="phrase", config=config)
                    score += Case(
                        When(Q(**{title_vector.name: phrase}), then=Value(1.0)),
                        default=Value(0.0),
                        output_field=FloatField(),
                    )
            return score * title_norm

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
            rank_expression = self._headline_rank(vectors, config)
            return self._apply_ordering_and_scoring(
                self.queryset.filter(match), rank_expression, start, stop, score_field
            )

    class QueryCompiler(CoverDensityMixin, PostgresSearchQueryCompiler):
        pass

    class AutocompleteQueryCompiler(CoverDensityMixin, PostgresAutocompleteQueryCompiler):
        pass

    class VietnamesePostgresSearchBackend(PostgresSearchBackend):
        index_class = HeadlineIndex
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler

    return VietnamesePostgresSearchBackend
