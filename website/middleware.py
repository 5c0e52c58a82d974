"""Request/response plumbing that every page goes through."""

import logging

from django.conf import settings
from django.db import DatabaseError, InterfaceError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 120
# The outage page carries its own policy: this middleware sits outside the CSP middleware.
UNAVAILABLE_PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def database_is_up() -> bool:
    try:
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except (DatabaseError, InterfaceError, ValueError):
        # Drop the broken connection so the next request reconnects.
        connection.close_if_unusable_or_obsolete()
        return False
    return True


def service_unavailable_response() -> HttpResponse:
    """A static bilingual page: it renders with no database and no request context."""
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Security-Policy"] = UNAVAILABLE_PAGE_CSP
    response["X-Content-Type-Options"] = "nosniff"
    response["X-Frame-Options"] = "DENY"
    return response


class DatabaseUnavailableMiddleware:
    """Turn a failure caused by a database outage into 503 + Retry-After.

    A stock Wagtail site answers 500 when PostgreSQL is down. Errors can surface in a
    view, in a later middleware or while rendering, and Django turns each of them into
    a 500 response before it reaches us; so on any 500 we ask the database whether it
    is up, and only then say "temporarily unavailable". WhiteNoise sits before this
    middleware, so static files are still served during an outage.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except (DatabaseError, InterfaceError):
            logger.exception("Database error while serving %s", request.path)
            return service_unavailable_response()
        if response.status_code == 500 and not database_is_up():
            logger.error("Database unavailable while serving %s", request.path)
            return service_unavailable_response()
        return response


class SecurityHeadersMiddleware:
    """Headers Django does not set itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class AdminAwareCSPMiddleware(CSPMiddleware):
    """The strict policy everywhere, and Wagtail admin's own policy under /admin/.

    Wagtail 8's admin still emits inline scripts and styles (inline panels, date
    pickers, Draftail), so it needs 'unsafe-inline'; browsers ignore 'unsafe-inline'
    when a nonce is present, so the admin policy carries no nonce.
    """

    admin_prefixes = ("/admin/", "/django-admin/")

    def get_policy_parts(self, request, response, report_only=False):
        if not report_only and request.path_info.startswith(self.admin_prefixes):
            directives = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            return PolicyParts(config=default_config(directives))
        return super().get_policy_parts(request, response, report_only)
