"""The shared base of the translatable taxonomy snippets (news categories, policy facets).

A term has a name (translated), a slug and an order that are the same in every language
(synchronised, so filters, feeds and shareable addresses keep working across the language
switch), and one slug per language at most. Popular search topics are not terms: they have
no slug, and their search words are translated (search/models.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class TaxonomyTerm(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_(
            "Used in filter and feed addresses, without diacritics, e.g. 'tin-dung'; "
            "the same in every language."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    # The slug is the key both languages share, so it never drifts; nor does the order.
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_%(app_label)s_%(class)s_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name
