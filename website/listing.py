"""The one listing toolkit: paginate a list from a request, read GET filters through a form.

Every public listing (news, events, plan tasks, search; the policy finder and the legal
documents library once their filters are forms) paginates with ``paginate``, reads its
filters with ``read_filters`` and renders ``includes/pagination.html``, so hostile query
strings get the same answer everywhere: a normal page, never a 5xx.
"""

from django import forms
from django.core.paginator import Page, Paginator
from django.http import QueryDict

PAGE_PARAM = "page"


def page_number(value) -> int:
    """The page asked for: anything that is not a whole number of at least 1 is page 1.

    A number beyond the last page is left to ``Paginator.get_page``, which answers it with
    the last page.
    """
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def paginate(request, items, per_page: int, *, query: QueryDict | None = None) -> Page:
    """The requested page of ``items`` (``?page=``), never an error.

    ``query`` is what the page links keep besides the page number: the listing's valid
    filters (see ``filter_query``). By default they keep nothing, so a link never echoes a
    hostile parameter back. The include reads it as ``page_obj.query``.
    """
    page = Paginator(items, per_page).get_page(page_number(request.GET.get(PAGE_PARAM)))
    page.query = query if query is not None else QueryDict()
    return page


def read_filters(form) -> dict:
    """The cleaned values of a bound filter form, each invalid field read as "no filter".

    Filters are independent: one bad value (a hostile string, an unknown slug) drops that
    filter only, and the rest of the query string still applies.
    """
    form.is_valid()
    return {
        name: form.cleaned_data.get(name, _empty_value(field))
        for name, field in form.fields.items()
    }


def _empty_value(field):
    if isinstance(field, forms.MultipleChoiceField):
        return []
    return getattr(field, "empty_value", "")


def filter_query(values: dict) -> QueryDict:
    """The chosen filters as a query string (empty values dropped): for shareable links."""
    query = QueryDict(mutable=True)
    for name, value in values.items():
        if isinstance(value, list | tuple):
            query.setlist(name, [str(item) for item in value if item not in (None, "")])
            if not query.getlist(name):
                del query[name]
        elif value not in (None, "", False):
            query[name] = str(value)
    return query
