"""Numbers and money written the way each language's readers expect.

Django's USE_THOUSAND_SEPARATOR stays off so that years (2025) never get a separator;
amounts ask for grouping explicitly through these filters.
"""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils import formats, translation

register = template.Library()


@register.filter
def grouped(value):
    """1000000 -> '1.000.000' in Vietnamese, '1,000,000' in English."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return value
    return formats.number_format(number, decimal_pos=None, use_l10n=True, force_grouping=True)


@register.filter
def vnd(value):
    """An amount in đồng: '1.000.000 đ' in Vietnamese, 'VND 1,000,000' in English."""
    text = grouped(value)
    if text == value:
        return value
    if translation.get_language() == "en":
        return f"VND {text}"
    return f"{text} đ"
