"""The finder's facets and the questionnaire's answers, read from GET by Django forms.

Both forms are lenient by design: a value that is not offered (a renamed facet in a
shared link, a hostile string) is dropped, never an error page, and the rest of the
request still counts. The choices come from the caller (the facet values of the page's
language), so the forms themselves run no query.
"""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from .eligibility import LOAN_TYPES, YES_NO

MAX_VALUES = 20
MAX_PARAM = 100
EARLIEST = datetime.date(1900, 1, 1)
LATEST = datetime.date(2100, 12, 31)


class KnownValuesField(forms.MultipleChoiceField):
    """Several values of one facet: unknown ones and repeats are dropped, not rejected."""

    def to_python(self, value):
        if not isinstance(value, list | tuple):
            value = [value] if isinstance(value, str) and value else []
        allowed = {str(key) for key, _label in self.choices}
        kept = []
        for item in value[:MAX_VALUES]:
            item = str(item)[:MAX_PARAM]
            if item in allowed and item not in kept:
                kept.append(item)
        return kept

    def validate(self, value):
        """Every value left is known (to_python saw to it) and no facet is required."""


class KnownValueField(forms.ChoiceField):
    """One answer: anything not offered reads as 'not sure' (an empty answer)."""

    def to_python(self, value):
        value = super().to_python(value)[:MAX_PARAM]
        return value if self.valid_value(value) else ""


class FinderForm(forms.Form):
    """One multi-select field per facet, named by its GET parameter (type, sector, ...)."""

    def __init__(self, data, options):
        """``options``: facet name -> [(value, label, phrase), ...] in display order."""
        super().__init__(data)
        for name, values in options.items():
            self.fields[name] = KnownValuesField(
                choices=[(value, label) for value, label, _phrase in values], required=False
            )

    def chosen(self) -> dict:
        """Facet name -> the known values asked for, in the order they were asked."""
        self.is_valid()
        return {name: self.cleaned_data.get(name, []) for name in self.fields}


class QuestionnaireForm(forms.Form):
    """The questions of 'Which incentives fit my enterprise?' (eligibility.FIELDS)."""

    sector = KnownValueField(required=False)
    size = KnownValueField(required=False)
    priority_product = KnownValueField(choices=YES_NO, required=False)
    industrial_zone = KnownValueField(choices=YES_NO, required=False)
    loan_type = KnownValueField(choices=LOAN_TYPES, required=False)
    project_date = forms.DateField(input_formats=["%Y-%m-%d"], required=False)

    def __init__(self, data, sectors, sizes):
        """``sectors`` and ``sizes``: (slug, name) pairs in the page's language."""
        super().__init__(data)
        self.fields["sector"].choices = list(sectors)
        self.fields["size"].choices = list(sizes)

    def clean_project_date(self):
        value = self.cleaned_data["project_date"]
        if value and not EARLIEST <= value <= LATEST:
            raise forms.ValidationError(
                _("That date could not be read; it was left out."), code="out_of_range"
            )
        return value

    def answers(self) -> dict:
        """Every question, answered or not: '' (or None for the date) when unanswered."""
        self.is_valid()
        answers = {name: self.cleaned_data.get(name, "") for name in self.fields}
        answers["project_date"] = self.cleaned_data.get("project_date")
        return answers

    @property
    def invalid_date(self) -> bool:
        """A date was given but could not be read (the page says it was left out)."""
        return "project_date" in self.errors
