"""Template helpers of the one pagination include (``includes/pagination.html``)."""

from django import template

register = template.Library()

# Page numbers shown around the current one and at either end; the rest is an ellipsis.
ON_EACH_SIDE = 2
ON_ENDS = 1


@register.simple_tag(takes_context=True)
def page_query(context, page_obj):
    """What the page links keep besides the page number: the valid filters that
    ``website.listing.paginate`` was given; a page made elsewhere keeps the request's query
    string, as Django's ``{% querystring %}`` does by default."""
    query = getattr(page_obj, "query", None)
    return query if query is not None else context.request.GET


@register.filter
def page_links(page_obj):
    """The page numbers to link, with ``Paginator.ELLIPSIS`` for the gaps."""
    return page_obj.paginator.get_elided_page_range(
        page_obj.number, on_each_side=ON_EACH_SIDE, on_ends=ON_ENDS
    )
