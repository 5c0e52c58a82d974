"""News categories: a short, editor-managed list, translated per language."""

from django.utils.translation import gettext_lazy as _

from website.models.taxonomy import TaxonomyTerm


class NewsCategory(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
