"""Idempotent helpers for building demo pages: run twice, change nothing."""

from wagtail.models import Locale, Page


def get_locale(code: str) -> Locale:
    locale, _ = Locale.objects.get_or_create(language_code=code)
    return locale


def upsert_child(parent: Page, model, slug: str, **fields):
    """The live child of ``parent`` with this slug, created and published if missing.

    An existing page is returned untouched, so a second run creates no revision.
    """
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def upsert_translation(source: Page, locale: Locale, **fields):
    """The translation of ``source`` into ``locale``, created from ``fields`` if missing.

    The copy shares ``translation_key`` with its source, so wagtail-localize, the
    language switch and hreflang all know the two pages are one.
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    page = source.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save()
    page.save_revision().publish()
    return page
