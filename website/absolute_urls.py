"""Absolute URLs, all from ``settings.SITE_BASE_URL``.

Canonical and hreflang links, Open Graph, the sitemap, feeds, JSON-LD, the API's
``html_url`` and robots.txt all go through ``absolute_url``, so they name one host: the
public one, never the request's Host header (which a proxy may rewrite) nor a Site record
left at ``localhost``.
"""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Page


def base_url() -> str:
    return settings.SITE_BASE_URL.rstrip("/")


def base_host() -> str:
    """The public host name alone (iCalendar UIDs, ...)."""
    return urlsplit(base_url()).hostname or ""


def absolute_url(target, request=None) -> str:
    """``target`` (a page, or a path such as ``/sitemap.xml``) under the public base URL.

    A page that is not routable gives ``""``. A URL that is already absolute (an image
    rendition on a CDN) is returned as it is.
    """
    if isinstance(target, Page):
        parts = target.get_url_parts(request=request)
        if parts is None or parts[2] is None:
            return ""
        path = parts[2]
    elif isinstance(target, str):
        path = target
    else:
        return ""
    if not path or path.startswith(("http://", "https://", "//")):
        return path
    if not path.startswith("/"):
        path = "/" + path
    return base_url() + path
