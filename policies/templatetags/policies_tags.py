from django import template

from ..relations import relation_groups, superseding

register = template.Library()


@register.simple_tag
def document_relations(document) -> dict:
    """A legal document's relations for its page: the groups and what supersedes it.

    A tag rather than a model method: relations.py queries the models, so the model
    cannot import it back (two queries, computed once per document).
    """
    return {"groups": relation_groups(document), "superseding": superseding(document)}
