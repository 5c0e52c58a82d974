"""The Wagtail Site record follows ``settings.SITE_BASE_URL``.

Wagtail writes a default Site at ``localhost:80`` in its first migration; left so, every
``full_url`` Wagtail computes itself (admin previews, "view live" links) points at a host
that serves nothing. ``sync_site_record`` runs after every ``migrate`` (website/apps.py),
and loaders that create the Site call it too. Idempotent: it saves only on a change.
"""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_address(base_url: str | None = None) -> tuple[str, int]:
    """(hostname, port) for the Site record, from ``base_url`` (default: SITE_BASE_URL)."""
    parts = urlsplit(base_url or settings.SITE_BASE_URL)
    return parts.hostname or "localhost", parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def sync_site_record(base_url: str | None = None) -> Site | None:
    """Give the default Site the public host and port; ``None`` when there is no Site yet
    or no base URL to follow."""
    if not (base_url or settings.SITE_BASE_URL):
        return None
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = site_address(base_url)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site
