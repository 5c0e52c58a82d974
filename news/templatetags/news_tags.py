import json

from django import template
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def ld_json(data) -> str:
    """JSON for a <script type="application/ld+json">, with <, > and & escaped so no
    text in the data can close the script element."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return mark_safe(text.translate(_json_script_escapes))  # noqa: S308


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    return context["request"].build_absolute_uri(url)
