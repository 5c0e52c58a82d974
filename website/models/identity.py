"""Who publishes the portal and how to reach them: editors' data, not code."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import TranslatableMixin

from website.i18n import in_locale


@register_setting(icon="site")
class PortalSettings(BaseGenericSetting):
    """Contact details and links that are the same in every language."""

    hotline = models.CharField(_("hotline"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    zalo_url = models.URLField(_("Zalo official account"), blank=True)
    contacts_are_sample = models.BooleanField(
        _("contact details are sample data"),
        default=True,
        help_text=_(
            "Keep ticked until the real hotline and email are entered: the footer then "
            "labels them as sample data."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("hotline"), FieldPanel("email"), FieldPanel("contacts_are_sample")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url"), FieldPanel("zalo_url")],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")


class PortalIdentity(TranslatableMixin, models.Model):
    """The portal's name, publisher and address, one record per language."""

    portal_name = models.CharField(_("portal name"), max_length=200)
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    publisher = models.CharField(
        _("publisher"), max_length=255, help_text=_("The body responsible for the portal.")
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    licence_note = models.CharField(
        _("licence note"),
        max_length=255,
        blank=True,
        help_text=_("For example the operating licence, shown at the foot of every page."),
    )
    context_note = models.TextField(
        _("context note"),
        blank=True,
        help_text=_("A short note shown in the footer, e.g. on the 2025 merger of provinces."),
    )

    panels = [
        FieldPanel("portal_name"),
        FieldPanel("tagline"),
        FieldPanel("publisher"),
        FieldPanel("address"),
        FieldPanel("licence_note"),
        FieldPanel("context_note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("portal identity")
        verbose_name_plural = _("portal identity")

    def __str__(self):
        return self.portal_name

    @classmethod
    def for_active_locale(cls):
        """The record in the visitor's language, else the default language's (one query)."""
        records = in_locale(None, cls, active_language_code())
        return next(iter(records.values()), None)


def active_language_code() -> str:
    return get_supported_content_language_variant(translation.get_language())
