"""Filters of the legal documents library. Unknown or hostile values are ignored."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from .models.legal import DocumentStatus, DocumentType, LegalDocumentPage
from .numbers import normalise_number

MAX_PARAM = 200


def _choice(value, allowed):
    return value if isinstance(value, str) and value in allowed else ""


def filter_documents(index_page, params) -> dict:
    base = LegalDocumentPage.objects.child_of(index_page).live().public().defer_streamfields()
    doc_type = _choice(params.get("type"), set(DocumentType.values))
    status = _choice(params.get("status"), set(DocumentStatus.values))
    issuers = sorted(set(base.values_list("issuer", flat=True)))
    issuer = _choice(params.get("issuer", "")[:MAX_PARAM], set(issuers))
    years = sorted(
        {d.year for d in base.exclude(date_signed=None).values_list("date_signed", flat=True)},
        reverse=True,
    )
    raw_year = params.get("year", "")[:8]
    year = int(raw_year) if raw_year.isdigit() and int(raw_year) in years else None
    number = params.get("number", "")[:MAX_PARAM]
    number_key = normalise_number(number)

    documents = base
    if doc_type:
        documents = documents.filter(document_type=doc_type)
    if status:
        documents = documents.filter(status=status)
    if issuer:
        documents = documents.filter(issuer=issuer)
    if year:
        documents = documents.filter(date_signed__year=year)
    exact = None
    if number_key:
        matches = documents.filter(number_key=number_key)
        # An exact number wins; otherwise any number containing what was typed.
        if matches.exists():
            documents = matches
            exact = matches.first() if matches.count() == 1 else None
        else:
            documents = documents.filter(number_key__contains=number_key)
    documents = documents.order_by("-date_signed", "title")
    kept = {"type": doc_type, "status": status, "issuer": issuer, "year": year or ""}
    kept["number"] = number if number_key else ""
    return {
        "base_query": urlencode({k: v for k, v in kept.items() if v}),
        "documents": documents,
        "exact_match": exact,
        "filters": {
            "type": doc_type,
            "status": status,
            "issuer": issuer,
            "year": year,
            "number": number if number_key else "",
        },
        "filter_options": {
            "types": DocumentType.choices,
            "statuses": DocumentStatus.choices,
            "issuers": issuers,
            "years": years,
        },
        "is_filtered": bool(doc_type or status or issuer or year or number_key),
        "filter_labels": {
            "type": _("Type"),
            "issuer": _("Issuing body"),
            "year": _("Year"),
            "status": _("Status"),
        },
    }
