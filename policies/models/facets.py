"""Facet values of the policy finder: data that editors manage, not code."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from website.models.taxonomy import TaxonomyTerm


class FacetValue(TaxonomyTerm):
    """One value of a finder facet. The slug is the value in shareable URLs."""

    summary_phrase = models.CharField(
        _("phrase in the filter summary"),
        max_length=160,
        blank=True,
        help_text=_("How the value reads in a sentence, e.g. 'tín dụng và lãi suất'."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary_phrase"),
        FieldPanel("sort_order"),
    ]

    class Meta(TaxonomyTerm.Meta):
        abstract = True

    @property
    def phrase(self) -> str:
        return self.summary_phrase or self.name


class SupportType(FacetValue):
    class Meta(FacetValue.Meta):
        verbose_name = _("type of support")
        verbose_name_plural = _("types of support")


class Sector(FacetValue):
    class Meta(FacetValue.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class EnterpriseSize(FacetValue):
    class Meta(FacetValue.Meta):
        verbose_name = _("enterprise size")
        verbose_name_plural = _("enterprise sizes")
