"""Relations between legal documents, shown both ways and in the reader's language."""

from django.utils.translation import gettext_lazy as _

from website.i18n import in_locale

from .models.legal import LegalDocumentPage, LegalDocumentRelation, RelationKind

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


def documents_in_locale(translation_keys, locale_id) -> dict:
    """Live legal document pages of one locale, by translation key (one query). No source
    fallback: a document not published in the reader's language is not linked."""
    live = LegalDocumentPage.objects.live().only(
        "id", "title", "url_path", "number", "status", "translation_key", "locale_id"
    )
    return in_locale(translation_keys, LegalDocumentPage, locale_id, live, fallback=False)


def relation_groups(document) -> dict:
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
