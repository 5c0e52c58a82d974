"""What the finder, the questionnaire and the library show.

The views read the request through forms and filtersets, call the engines, and return
the context the index pages render. The index pages reach them through the
``register_policies_views`` hook (see policies.models.routing), so no model imports this
module and its forms and engines can import the models freely.
"""

from django.utils.translation import gettext_lazy as _

from website.listing import filter_query, paginate

from .eligibility import FIELDS, LOAN_TYPES, YES_NO, matching
from .filters import LegalDocumentFilterSet
from .finder import PER_PAGE, facet_options, run_finder
from .forms import FinderForm, QuestionnaireForm
from .models.facets import EnterpriseSize, Sector
from .models.legal import DocumentStatus, DocumentType, LegalDocumentPage
from .models.policy import PolicyPage


def finder(page, request) -> dict:
    """The policy finder: facets by GET, counts per value, a summary sentence."""
    options = facet_options(page.locale_id)
    chosen = FinderForm(request.GET, options).chosen()
    query = filter_query(chosen)
    return run_finder(
        page, options, chosen, lambda items: paginate(request, items, PER_PAGE, query=query)
    )


def questionnaire(page, request) -> dict:
    """'Which incentives fit my enterprise?': the answers matched to every policy's rules."""
    sectors = list(Sector.objects.filter(locale_id=page.locale_id))
    sizes = list(EnterpriseSize.objects.filter(locale_id=page.locale_id))
    form = QuestionnaireForm(
        request.GET,
        sectors=[(s.slug, s.name) for s in sectors],
        sizes=[(s.slug, s.name) for s in sizes],
    )
    answers = form.answers()
    submitted = any(value not in (None, "") for value in answers.values())
    results = []
    if submitted:
        policies = PolicyPage.objects.child_of(page).live().public().order_by("path")
        # The engine takes plain data: each policy's rules as mappings.
        candidates = (
            (policy, [child.value for child in policy.eligibility_rules]) for policy in policies
        )
        results = matching(candidates, answers)
    return {
        "answers": answers,
        "submitted": submitted,
        "results": results,
        "sectors": sectors,
        "sizes": sizes,
        "yes_no": YES_NO,
        "loan_types": LOAN_TYPES,
        "invalid_date": form.invalid_date,
        "field_labels": dict(FIELDS),
    }


def library(page, request) -> dict:
    """The legal documents library: filters by type, issuer, year and status; by number."""
    base = LegalDocumentPage.objects.child_of(page).live().public().defer_streamfields()
    filterset = LegalDocumentFilterSet(request.GET, queryset=base)
    documents = filterset.qs.order_by("-date_signed", "title")
    filters = {name: filterset.value(name) for name in ("type", "status", "issuer", "year")}
    filters["number"] = filterset.typed_number
    documents_page = paginate(request, documents, page.per_page, query=filter_query(filters))
    return {
        "documents": documents,
        "documents_page": documents_page,
        "exact_match": filterset.exact_match,
        "filters": {**filters, "year": filters["year"] or None},
        "filter_options": {
            "types": DocumentType.choices,
            "statuses": DocumentStatus.choices,
            "issuers": filterset.issuers,
            "years": filterset.years,
        },
        "is_filtered": any(filters.values()),
        "filter_labels": {
            "type": _("Type"),
            "issuer": _("Issuing body"),
            "year": _("Year"),
            "status": _("Status"),
        },
    }


# The views the index pages' routes ask for by name (policies.models.routing).
VIEWS = {"finder": finder, "questionnaire": questionnaire, "library": library}
