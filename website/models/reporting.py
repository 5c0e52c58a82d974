"""Which generated group holds an agency's reporters (kept by ``website.roles``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyReporters(models.Model):
    """The link between a reporting agency and the group ``ensure_roles()`` made for it.

    Stored, not derived from the group's name, so renaming the agency renames its group
    and keeps its members, and so only generated groups are ever removed.
    """

    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="reporting_agency",
    )
    agency = models.OneToOneField(
        "website.Agency",
        verbose_name=_("agency"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="reporters",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("document collection"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("agency reporters")
        verbose_name_plural = _("agency reporters")

    def __str__(self):
        return self.group.name
