"""News categories: a short, editor-managed list, translated per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class NewsCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in filter and feed addresses; the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    # The slug is the filter key shared by both languages, so it never drifts.
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_news_category_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name
