from django import template

from wagtail.models import Page

from localization.status import source_if_outdated

register = template.Library()


@register.simple_tag
def outdated_source(page):
    """The source page if ``page`` is a translation its source has overtaken, else None."""
    if not isinstance(page, Page) or not page.pk:
        return None
    return source_if_outdated(page)
