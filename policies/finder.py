"""The policy finder: multi-select facets by GET, counts per value, a summary sentence.

Within a facet the values are alternatives (OR); across facets they narrow (AND). The
count beside each value is the number of policies the list would show if that value were
added, given the other facets. Query count is fixed: it does not grow with policies.

An engine: it takes the facet values already read from the request (policies.forms
reads them) and queries the models; policies.views joins the two.
"""

from django.db.models import Count, Prefetch
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .models.facets import EnterpriseSize, Sector, SupportType
from .models.policy import PolicyLegalBasis, PolicyPage, PolicyStatus

PER_PAGE = 20

# (GET parameter, facet model or None for the status, M2M field on PolicyPage)
FACETS = [
    ("type", SupportType, "support_types", _("Type of support")),
    ("sector", Sector, "sectors", _("Sector")),
    ("size", EnterpriseSize, "sizes", _("Enterprise size")),
    ("status", None, "status", _("Status")),
]


def _narrow(queryset, field, values):
    if not values:
        return queryset
    if field == "status":
        return queryset.filter(status__in=values)
    matching = PolicyPage.objects.filter(**{f"{field}__slug__in": values}).values("pk")
    return queryset.filter(pk__in=matching)


def _counts(queryset, field) -> dict:
    if field == "status":
        rows = queryset.order_by().values("status").annotate(n=Count("pk"))
        return {row["status"]: row["n"] for row in rows}
    through = getattr(PolicyPage, field).through
    target = getattr(PolicyPage, field).field.related_model._meta.model_name
    rows = (
        through.objects.filter(policypage__in=queryset.values("pk"))
        .values(f"{target}__slug")
        .annotate(n=Count("policypage", distinct=True))
        .order_by()
    )
    return {row[f"{target}__slug"]: row["n"] for row in rows}


def _join(words):
    words = [str(w) for w in words]
    if len(words) <= 1:
        return "".join(words)
    return format_lazy("{}{}{}", ", ".join(words[:-1]), _(" or "), words[-1])


def summary_sentence(chosen) -> str:
    """'Policies offering support with credit for small enterprises ...', or ''."""
    if not any(chosen.values()):
        return ""
    parts = [str(_("Policies"))]
    if chosen["type"]:
        parts.append(str(_("offering support with %(list)s") % {"list": _join(chosen["type"])}))
    if chosen["size"]:
        parts.append(str(_("for %(list)s") % {"list": _join(chosen["size"])}))
    if chosen["sector"]:
        parts.append(str(_("in %(list)s") % {"list": _join(chosen["sector"])}))
    sentence = " ".join(parts)
    if chosen["status"]:
        sentence += str(_("; status: %(list)s") % {"list": _join(chosen["status"])})
    return sentence


def facet_options(locale_id) -> dict:
    """Facet name -> [(value, label, phrase), ...]: what the finder offers in one language."""
    options = {}
    for name, model, _field, _label in FACETS:
        if model is None:
            options[name] = [(value, label, label) for value, label in PolicyStatus.choices]
        else:
            options[name] = [
                (v.slug, v.name, v.phrase) for v in model.objects.filter(locale_id=locale_id)
            ]
    return options


def run_finder(index_page, options, chosen_values, page_of) -> dict:
    """The facets with their counts and one page of matching policies.

    ``chosen_values``: facet name -> the known values asked for (policies.forms.FinderForm);
    ``page_of``: turns the matching policies into the page to show (the view paginates).
    """
    base = PolicyPage.objects.child_of(index_page).live().public()

    facets = []
    for name, _model, field, label in FACETS:
        others = base
        for other_name, _m, other_field, _l in FACETS:
            if other_name != name:
                others = _narrow(others, other_field, chosen_values[other_name])
        counts = _counts(others, field)
        facets.append(
            {
                "name": name,
                "label": label,
                "values": [
                    {
                        "value": value,
                        "label": value_label,
                        "count": counts.get(value, 0),
                        "checked": value in chosen_values[name],
                    }
                    for value, value_label, _phrase in options[name]
                ],
            }
        )

    policies = base
    for name, _model, field, _label in FACETS:
        policies = _narrow(policies, field, chosen_values[name])
    policies = (
        policies.order_by("title")
        .defer_streamfields()
        .prefetch_related(
            "support_types",
            Prefetch(
                "legal_basis",
                queryset=PolicyLegalBasis.objects.select_related("document").only(
                    "id",
                    "policy_id",
                    "sort_order",
                    "document__status",
                    "document__number",
                    "document__id",
                ),
            ),
        )
    )
    page = page_of(policies)

    # Labels by slug in the reader's language (see PolicyPage.support_type_names).
    type_labels = {value: label for value, label, _p in options["type"]}
    for policy in page.object_list:
        policy.type_labels = [type_labels.get(t.slug, t.name) for t in policy.support_types.all()]

    phrases = {
        name: [phrase for value, _l, phrase in options[name] if value in chosen_values[name]]
        for name in chosen_values
    }
    return {
        "facets": facets,
        "policies_page": page,
        "result_count": page.paginator.count,
        "summary": summary_sentence(phrases),
        "is_filtered": any(chosen_values.values()),
    }
