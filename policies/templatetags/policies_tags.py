import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..relations import relation_groups, superseding

register = template.Library()

# The same escapes as Django's json_script: the JSON cannot close the <script> element.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, data):
    """A schema.org block; CSP allows it through the request's nonce."""
    request = context.get("request")
    nonce = getattr(request, "csp_nonce", "") if request else ""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_ESCAPES)
    return format_html(
        '<script type="application/ld+json" nonce="{}">{}</script>',
        nonce,
        mark_safe(text),  # noqa: S308 (escaped above)
    )


@register.simple_tag
def document_relations(document) -> dict:
    """A legal document's relations for its page: the groups and what supersedes it.

    A tag rather than a model method: relations.py queries the models, so the model
    cannot import it back (two queries, computed once per document).
    """
    return {"groups": relation_groups(document), "superseding": superseding(document)}
