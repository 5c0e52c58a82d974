"""Is a translation older than its source? Compared on publish times, per page.

wagtail-localize marks a translation out of date only after someone syncs it with its
source; editors need to know before that, so this compares the last publication of the
source page (in the default language) with the translation's own.
"""

from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.utils import translation

from wagtail.models import Page


def _source_pages():
    return Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
        alias_of__isnull=True,
    )


def outdated_translations():
    """Live translated pages whose source was published again after them."""
    return (
        Page.objects.live()
        .filter(alias_of__isnull=True)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(
            source_published_at=Subquery(_source_pages().values("last_published_at")[:1]),
            source_id=Subquery(_source_pages().values("pk")[:1]),
        )
        .filter(source_published_at__gt=F("last_published_at"))
        .select_related("locale")
        .order_by("-source_published_at")
    )


def source_if_outdated(page):
    """The source page when ``page`` is a translation older than it, else None."""
    if translation.get_language() == settings.LANGUAGE_CODE or page.last_published_at is None:
        return None  # no query at all on pages in the default language
    return (
        Page.objects.live()
        .filter(
            translation_key=page.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
            alias_of__isnull=True,
            last_published_at__gt=page.last_published_at,
        )
        .first()
    )
