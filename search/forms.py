"""The search parameters, read from the query string.

Every field answers hostile input with an empty value (see ``website.listing.read_filters``):
the words pass the one guard (``website.search_guard.clean_query``), the other fields are choices.
"""

from django import forms

from wagtail.models import get_page_models

from website.search_guard import clean_query

SORTS = ("relevance", "date")


class QueryField(forms.Field):
    """Search words, made safe by the guard rather than refused (a NUL byte becomes a space:
    the words around it are still searched)."""

    def to_python(self, value):
        return clean_query(value)


def page_type_choices():
    """Every page type as the facets name it (``app_label.model``), without a query."""
    keys = (f"{model._meta.app_label}.{model._meta.model_name}" for model in get_page_models())
    return [(key, key) for key in sorted(keys)]


class SuggestForm(forms.Form):
    q = QueryField(required=False)


class SearchForm(SuggestForm):
    sort = forms.ChoiceField(choices=[(sort, sort) for sort in SORTS], required=False)
    type = forms.ChoiceField(required=False)

    def __init__(self, data):
        super().__init__(data)
        self.fields["type"].choices = page_type_choices()
