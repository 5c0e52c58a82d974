"""Fields and helpers that news and events share."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class HeroImageMixin(models.Model):
    """An optional lead image whose alternative text is required once it is chosen."""

    hero_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_("Required with an image: what it shows, for people who cannot see it."),
    )
    hero_image_caption = models.CharField(_("caption"), max_length=255, blank=True)

    hero_panels = [
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_image_caption"),
            ],
            heading=_("Lead image"),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError(
                {"hero_image_alt": _("Describe the image for people who cannot see it.")}
            )
