"""The task list's filters, read from the query string."""

from django import forms


class TaskFilterForm(forms.Form):
    """Agency, item of the plan and status; each is read on its own, and anything unknown is
    no filter, never an error (see ``website.listing.read_filters``)."""

    agency = forms.ChoiceField(required=False)
    group = forms.ChoiceField(required=False)
    status = forms.ChoiceField(required=False)

    def __init__(self, data, *, agency_slugs, groups, statuses):
        super().__init__(data)
        self.fields["agency"].choices = [(slug, slug) for slug in agency_slugs]
        self.fields["group"].choices = groups
        self.fields["status"].choices = statuses
