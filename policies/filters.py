"""The legal documents library's filters, a django-filter FilterSet.

An unknown or hostile value makes its own filter invalid, and django-filter then leaves
that filter out: the library shows the documents the other filters select, never an
error page.
"""

from django.utils.translation import gettext_lazy as _

import django_filters

from .models.legal import DocumentStatus, DocumentType, LegalDocumentPage
from .numbers import normalise_number

MAX_PARAM = 200


class LegalDocumentFilterSet(django_filters.FilterSet):
    type = django_filters.ChoiceFilter(
        field_name="document_type", choices=DocumentType.choices, label=_("Type")
    )
    status = django_filters.ChoiceFilter(choices=DocumentStatus.choices, label=_("Status"))
    issuer = django_filters.ChoiceFilter(label=_("Issuing body"))
    year = django_filters.TypedChoiceFilter(
        field_name="date_signed", lookup_expr="year", coerce=int, label=_("Year")
    )
    # Last, so that it searches what the other filters left.
    number = django_filters.CharFilter(method="filter_number")

    class Meta:
        model = LegalDocumentPage
        fields = []

    def __init__(self, data, queryset):
        super().__init__(data, queryset=queryset)
        # The issuers and years on offer are those of the documents in this library.
        self.issuers = sorted(set(queryset.values_list("issuer", flat=True)))
        self.years = sorted(
            {
                day.year
                for day in queryset.exclude(date_signed=None).values_list("date_signed", flat=True)
            },
            reverse=True,
        )
        self.filters["issuer"].extra["choices"] = [(issuer, issuer) for issuer in self.issuers]
        self.filters["year"].extra["choices"] = [(year, year) for year in self.years]
        self.exact_match = None

    def filter_number(self, queryset, name, value):
        """An exact number wins; otherwise any number containing what was typed."""
        key = normalise_number(value[:MAX_PARAM])
        if not key:
            return queryset
        matches = queryset.filter(number_key=key)
        if matches.exists():
            self.exact_match = matches.first() if matches.count() == 1 else None
            return matches
        return queryset.filter(number_key__contains=key)

    def value(self, name):
        """The valid value of one filter, or '' when it was absent or not valid."""
        self.is_valid()
        value = self.form.cleaned_data.get(name)
        return value if value not in (None, "") else ""

    @property
    def typed_number(self) -> str:
        """The number as typed, kept only when it reads as a number at all."""
        value = self.value("number")
        return value[:MAX_PARAM] if normalise_number(value[:MAX_PARAM]) else ""
