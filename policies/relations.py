"""Relations between legal documents, shown both ways and in the reader's language.

An engine above the models: a document page's template asks for its relations through
the ``document_relations`` tag (policies_tags), so the model does not import this module.
"""

from django.utils.translation import gettext_lazy as _

from .models.legal import LegalDocumentRelation, RelationKind, documents_in_locale

OUTGOING = {
    RelationKind.AMENDS: _("Amends"),
    RelationKind.REPLACES: _("Replaces"),
    RelationKind.IMPLEMENTS: _("Implements"),
    RelationKind.GUIDES: _("Guides"),
    RelationKind.RELATED: _("Related documents"),
}
INCOMING = {
    RelationKind.AMENDS: _("Amended by"),
    RelationKind.REPLACES: _("Replaced by"),
    RelationKind.IMPLEMENTS: _("Implemented by"),
    RelationKind.GUIDES: _("Guided by"),
    RelationKind.RELATED: _("Related documents"),
}
ORDER = [
    RelationKind.REPLACES,
    RelationKind.AMENDS,
    RelationKind.IMPLEMENTS,
    RelationKind.GUIDES,
    RelationKind.RELATED,
]


__all__ = ["documents_in_locale", "relation_groups", "superseding"]


def relation_groups(document) -> dict:
    """Outgoing relations and the inverse of incoming ones, grouped by kind and direction.

    Targets are shown in the reader's language: relations copied into a translation
    still point at the source-language pages, so pages are matched by translation key
    (two queries however many relations there are).
    """
    cached = getattr(document, "_relation_groups", None)
    if cached is not None:
        return cached
    outgoing = list(document.relations.all().select_related("target"))
    incoming = list(
        LegalDocumentRelation.objects.filter(
            target__translation_key=document.translation_key,
            source__locale_id=document.locale_id,
            source__live=True,
        )
        .exclude(source_id=document.pk)
        .select_related("source")
    )
    localized = documents_in_locale(
        [r.target.translation_key for r in outgoing if r.target_id], document.locale_id
    )
    rows = {}  # (label, kind-order) -> items
    for relation in outgoing:
        page = localized.get(relation.target.translation_key) if relation.target_id else None
        if relation.target_id and page is None:
            continue  # the other document is not published in this language
        label = relation.target_label if page is None else ""
        if not page and not label:
            continue
        rows.setdefault(("out", relation.kind), []).append(
            {"page": page, "label": label, "note": relation.note}
        )
    seen = {item["page"].pk for items in rows.values() for item in items if item["page"]}
    for relation in incoming:
        key = ("in", relation.kind)
        if relation.kind == RelationKind.RELATED:
            if relation.source_id in seen:
                continue
            key = ("out", relation.kind)
        rows.setdefault(key, []).append(
            {"page": relation.source, "label": "", "note": relation.note}
        )
    groups = []
    for kind in ORDER:
        for direction, labels in (("in", INCOMING), ("out", OUTGOING)):
            if (direction, kind) in rows:
                groups.append(
                    {
                        "label": labels[kind],
                        "kind": kind,
                        "direction": direction,
                        "items": rows[(direction, kind)],
                    }
                )
    result = {
        "groups": groups,
        "amended_by": rows.get(("in", RelationKind.AMENDS), []),
        "replaced_by": rows.get(("in", RelationKind.REPLACES), []),
    }
    document._relation_groups = result
    return result


def superseding(document) -> list:
    """The documents that replace or amend this one, for the notice at the top."""
    groups = relation_groups(document)
    return groups["replaced_by"] or groups["amended_by"]
