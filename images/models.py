from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image with what a page shows around it.

    Wagtail's own ``description`` field is the default alt text; this model adds the
    caption and the credit (author or source) that news and policy pages print.
    """

    caption = models.CharField(_("caption"), max_length=255, blank=True)
    credit = models.CharField(
        _("credit"), max_length=255, blank=True, help_text=_("Author or source of the image.")
    )

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
