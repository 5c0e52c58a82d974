"""Facet values of the policy finder: data that editors manage, not code."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class FacetValue(TranslatableMixin, models.Model):
    """One value of a finder facet. The slug is the value in shareable URLs."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        allow_unicode=False,
        help_text=_("The value in the finder's address, without diacritics, e.g. 'tin-dung'."),
    )
    summary_phrase = models.CharField(
        _("phrase in the filter summary"),
        max_length=160,
        blank=True,
        help_text=_("How the value reads in a sentence, e.g. 'tín dụng và lãi suất'."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary_phrase"),
        FieldPanel("sort_order"),
    ]

    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def phrase(self) -> str:
        return self.summary_phrase or self.name


class SupportType(FacetValue):
    class Meta(FacetValue.Meta):
        verbose_name = _("type of support")
        verbose_name_plural = _("types of support")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_support_type_slug")
        ]


class Sector(FacetValue):
    class Meta(FacetValue.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_sector_slug")
        ]


class EnterpriseSize(FacetValue):
    class Meta(FacetValue.Meta):
        verbose_name = _("enterprise size")
        verbose_name_plural = _("enterprise sizes")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_enterprise_size_slug")
        ]
