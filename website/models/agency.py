"""The bodies the plan names: departments, boards, the press, localities, enterprises."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Agency(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Provincial department")
        BOARD = "board", _("Management board")
        BANK = "bank", _("Bank branch")
        PRESS = "press", _("Press and broadcaster")
        LOCALITY = "locality", _("District-level People's Committee")
        ENTERPRISE = "enterprise", _("Enterprises")
        OTHER = "other", _("Other bodies")

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"), max_length=80, blank=True, help_text=_("E.g. 'Sở Công Thương'.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in addresses, without diacritics, e.g. 'so-cong-thuong'."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT)
    description = models.TextField(_("description"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contacts_are_sample = models.BooleanField(
        _("contact details are sample data"),
        default=False,
        help_text=_("Tick when the contact details are placeholders: pages then say so."),
    )
    reports_annually = models.BooleanField(
        _("reports annually"),
        default=False,
        help_text=_(
            "Section IV.4 of the plan asks departments, boards and localities for a yearly "
            "report before 15 December."
        ),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(
        _("valid to"),
        null=True,
        blank=True,
        help_text=_("The day the body ceased to exist, e.g. when it was merged."),
    )
    successor = models.ForeignKey(
        "self",
        verbose_name=_("successor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        help_text=_("The body that took over its duties."),
    )
    succession_note = models.CharField(
        _("succession note"),
        max_length=255,
        blank=True,
        help_text=_("The legal basis of the change, e.g. 'Nghị định 45/2025/NĐ-CP'."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("sort_order")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                FieldPanel("contacts_are_sample"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("reports_annually"),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
                FieldPanel("successor"),
                FieldPanel("succession_note"),
            ],
            heading=_("Reporting and validity"),
        ),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    # Facts are the same in every language; only the words are translated.
    translated_words = ("name", "short_name", "description", "address", "succession_note")
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("kind"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("contacts_are_sample"),
        SynchronizedField("reports_annually"),
        SynchronizedField("valid_from"),
        SynchronizedField("valid_to"),
        SynchronizedField("successor"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_agency_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def is_current(self, on=None) -> bool:
        on = on or timezone.localdate()
        return self.valid_to is None or self.valid_to >= on

    @property
    def display_name(self) -> str:
        return self.short_name or self.name
