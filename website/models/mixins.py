"""Small abstract models any app composes.

The "sample" flags, decided once:

- ``SampleMixin.is_sample``: the record *itself* is demonstration content (an article, an
  event, a policy, an annual report, a target's reported value). One name, one help text;
  pages show it with ``includes/sample_label.html``, whose ``kind`` picks the words a reader
  needs ("Sample article", "illustrative" for a figure, ...).
- Flags on *part* of a real record keep their own names, because the record is not sample:
  ``contacts_are_sample`` (an agency's or the portal's contact details), ``update_is_sample``
  (a plan task's progress, while the task text is the plan's own), ``reports_are_sample``
  (a reports index saying that the reports listed under it are demo data).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SampleMixin(models.Model):
    is_sample = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_(
            "Tick for demonstration content: the page then shows a visible 'Sample' label."
        ),
    )

    class Meta:
        abstract = True
