"""Popular topics: what editors suggest on a search that finds nothing (never raw queries)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class PopularTopic(TranslatableMixin, models.Model):
    label = models.CharField(_("label"), max_length=80)
    query = models.CharField(
        _("search words"),
        max_length=120,
        blank=True,
        help_text=_("What the link searches for; leave empty to search for the label."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("label"), FieldPanel("query"), FieldPanel("sort_order")]
    override_translatable_fields = [
        TranslatableField("label"),
        TranslatableField("query"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("popular search topic")
        verbose_name_plural = _("popular search topics")

    def __str__(self):
        return self.label

    @property
    def search_words(self) -> str:
        return self.query or self.label
