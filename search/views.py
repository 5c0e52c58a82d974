"""The results page (/search/, /en/search/) and the suggestions endpoint (/search/suggest/).

Both read their parameters through search.forms, whose words pass
website.search_guard.clean_query: any input gives a normal page, a JSON answer or a 4xx, and
the query is only ever rendered through autoescaping or search.highlight.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from website.folding import fold, fold_for_index
from website.listing import filter_query, paginate, read_filters

from .engine import build_query, exact_number_matches
from .forms import SORTS, SearchForm, SuggestForm
from .highlight import highlight
from .models import PopularTopic

PER_PAGE = 10
SUGGESTION_LIMIT = 8
SUGGEST_MIN_LENGTH = 2
# Per client: at most RATE_LIMIT suggestion requests in RATE_WINDOW seconds (typing sends
# one request per pause, so a person stays far below it).
RATE_LIMIT = 30
RATE_WINDOW = 10


class _CountedResults:
    """Search results whose count is already known from the facets (one query fewer)."""

    def __init__(self, results, count: int):
        self.results = results
        self._count = count

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, key):
        return self.results[key]


def _query_url(request, **params) -> str:
    """This page's address with the given (already cleaned) parameters; empty ones dropped."""
    return request.path + "?" + filter_query(params).urlencode()


def _type_label(content_type) -> str:
    model = content_type.model_class() if content_type else None
    return capfirst(model._meta.verbose_name) if model else ""


def _snippet_source(page, query: str) -> str:
    candidates = [page.search_description, getattr(page, "introduction", "")]
    body = getattr(page, "body", None)
    if body is not None and hasattr(body, "stream_block"):
        candidates.append(" ".join(body.stream_block.get_searchable_content(body)))
    candidates = [candidate for candidate in candidates if candidate and candidate.strip()]
    terms = fold_for_index(query).split()
    for candidate in candidates:
        folded = fold_for_index(candidate)
        if any(term in folded for term in terms):
            return candidate
    return candidates[0] if candidates else ""


def _display_date(page):
    return getattr(page, "date", None) or page.first_published_at or page.last_published_at


def _promotions(query: str):
    strings = {normalise_query_string(query), normalise_query_string(fold(query))}
    return (
        SearchPromotion.objects.filter(query__query_string__in=strings)
        .select_related("page")
        .order_by("sort_order")
    )


def search(request):
    params = read_filters(SearchForm(request.GET))
    query = params["q"]
    sort = params["sort"] or SORTS[0]
    locale = Locale.get_active()
    pages = Page.objects.live().public().filter(locale=locale)
    context = {
        "search_query": query,
        "sort": sort,
        "results": [],
        "page_obj": None,
        "facets": [],
        "selected_type": "",
        "promotions": [],
        "popular_topics": [],
    }
    search_query = build_query(query) if query else None
    if search_query is None:
        context["popular_topics"] = PopularTopic.objects.filter(locale=locale)[:12]
        return TemplateResponse(request, "search/search.html", context)

    # Facets count every matching type, whichever type is selected.
    type_counts = pages.search(search_query, order_by_relevance=False).facet("content_type_id")
    content_types = {pk: ContentType.objects.get_for_id(pk) for pk in type_counts}
    # A page type without matches shows every type (the facets offer only those with some).
    selected = params["type"]
    facets = []
    for type_id, count in type_counts.items():
        content_type = content_types.get(type_id)
        if content_type is None:
            continue
        key = f"{content_type.app_label}.{content_type.model}"
        facets.append({"key": key, "label": _type_label(content_type), "count": count})
        if key == selected:
            pages = pages.filter(content_type=content_type)
    facets.sort(key=lambda facet: (-facet["count"], facet["label"]))
    counts = {facet["key"]: facet["count"] for facet in facets}
    if selected not in counts:
        selected = ""
    total = counts[selected] if selected else sum(type_counts.values())

    if sort == "date":
        results = pages.order_by("-first_published_at").search(
            search_query, order_by_relevance=False
        )
    else:
        results = pages.search(search_query)
    current = {"q": query, "type": selected, "sort": "" if sort == SORTS[0] else sort}
    page_obj = paginate(
        request, _CountedResults(results, total), PER_PAGE, query=filter_query(current)
    )
    items = list(page_obj.object_list)
    if page_obj.number == 1 and sort == "relevance":
        # A document number typed exactly is answered first, whatever the ranking says.
        exact = exact_number_matches(pages, query)
        exact_ids = {page.pk for page in exact}
        items = [*exact, *[page for page in items if page.pk not in exact_ids]][:PER_PAGE]
    if page_obj.number == 1:
        # Statistics for editors (Reports > Search terms, and search promotions).
        Query.get(query).add_hit()
    specific = Page.objects.filter(pk__in=[page.pk for page in items]).specific()
    by_pk = {page.pk: page for page in specific}
    results_list = []
    for item in items:
        page = by_pk.get(item.pk, item)
        results_list.append(
            {
                "page": page,
                "url": page.get_url(request),
                "type": capfirst(page._meta.verbose_name),
                "date": _display_date(page),
                "snippet": highlight(_snippet_source(page, query), query),
                "title": highlight(page.title, query, length=400),
            }
        )

    def url(**changes):
        return _query_url(request, **{**current, **changes})

    for facet in facets:
        facet["url"] = url(type=facet["key"])
    context.update(
        {
            "all_types_url": url(type=""),
            "sort_urls": {"relevance": url(sort=""), "date": url(sort="date")},
            "total": page_obj.paginator.count,
            "results": results_list,
            "page_obj": page_obj,
            "facets": facets,
            "selected_type": selected,
            "promotions": _promotions(query) if page_obj.number == 1 else [],
            "popular_topics": (
                PopularTopic.objects.filter(locale=locale)[:12] if not results_list else []
            ),
        }
    )
    return TemplateResponse(request, "search/search.html", context)


def _rate_limited(request) -> bool:
    client = request.META.get("REMOTE_ADDR", "unknown")
    key = f"search-suggest:{client}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW)
        count = 1
    return count > RATE_LIMIT


@require_GET
def suggest(request):
    if _rate_limited(request):
        response = JsonResponse({"error": "Too many requests"}, status=429)
        response["Retry-After"] = str(RATE_WINDOW)
        return response
    query = read_filters(SuggestForm(request.GET))["q"]
    suggestions = []
    if len(query) >= SUGGEST_MIN_LENGTH:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        found = list(pages.autocomplete(fold_for_index(query))[:SUGGESTION_LIMIT])
        specific = {
            page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in found]).specific()
        }
        for item in found:
            page = specific.get(item.pk, item)
            suggestions.append(
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "type": str(capfirst(page._meta.verbose_name)),
                }
            )
    response = JsonResponse({"query": query, "suggestions": suggestions})
    response["Cache-Control"] = "private, max-age=60"
    return response
