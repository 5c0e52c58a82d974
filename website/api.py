"""Wagtail's read-only API v2 (the public API). The read-write API v3 is not exposed."""

from django.http import QueryDict
from django.urls import NoReverseMatch

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .absolute_urls import absolute_url
from .search_guard import clean_query

MAX_OFFSET = 10_000


class GuardedParametersMixin:
    """Hostile ``offset`` and ``search`` values get a 400 or a cleaned query, never a 500.

    A huge offset overflows SQLite's integer type; ``search`` passes the same guard as
    the site search.
    """

    def listing_view(self, request):
        offset = request.GET.get("offset", "0")
        if not offset.isdigit() or int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset must be an integer from 0 to {MAX_OFFSET}")
        if "search" in request.GET:
            params = request.GET.copy()
            params["search"] = clean_query(params["search"])
            if not params["search"]:
                del params["search"]
            request._request.GET = QueryDict(params.urlencode())
        return super().listing_view(request)


class PublicHtmlUrlField(PageHtmlUrlField):
    """``html_url`` under SITE_BASE_URL, like every other absolute URL of the site."""

    def to_representation(self, page):
        try:
            return absolute_url(page, self.context.get("request")) or None
        except NoReverseMatch:
            return None


class PublicPageSerializer(PageSerializer):
    html_url = PublicHtmlUrlField(read_only=True)


class PublicPagesAPIViewSet(GuardedParametersMixin, PagesAPIViewSet):
    base_serializer_class = PublicPageSerializer


class PublicImagesAPIViewSet(GuardedParametersMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(GuardedParametersMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
