"""The news index's filters, read from the query string."""

from django import forms


class NewsFilterForm(forms.Form):
    """Category, tag and year of the news index; the choices are what the index holds, so
    an unknown or hostile value is no filter (see ``website.listing.read_filters``)."""

    category = forms.ChoiceField(required=False)
    tag = forms.ChoiceField(required=False)
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, categories, tags, years):
        super().__init__(data)
        self.fields["category"].choices = [(c.slug, c.name) for c in categories]
        self.fields["tag"].choices = [(t.slug, t.name) for t in tags]
        self.fields["year"].choices = [(str(year), year) for year in years]
