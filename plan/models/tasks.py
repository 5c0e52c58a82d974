"""A responsibility the plan gives a body (part III-B): one bullet of the plan per Task."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from plan.groups import GROUP_CODES

TASK_GROUP_CHOICES = [(code, code) for code in GROUP_CODES]


class Task(TranslatableMixin, index.Indexed, ClusterableModel):
    """The Vietnamese record holds the plan's words as issued and every fact (group, agencies,
    status, dates). A translation carries the words only: its facts are synchronised fields, and
    pages read them from the Vietnamese record (see ``PlanPage.localise_tasks``), so a status
    change shows in every language at once, before anyone syncs the translation. Words not
    translated yet are shown in Vietnamese, marked lang="vi"."""

    class Status(models.TextChoices):
        NOT_REPORTED = "not_reported", _("No update yet")
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        ONGOING = "ongoing", _("Ongoing")
        DONE = "done", _("Done")

    group = models.CharField(
        _("group"),
        max_length=12,
        choices=TASK_GROUP_CHOICES,
        help_text=_("The item of part III-B the task comes from, e.g. III-B-1."),
    )
    group_rank = models.PositiveSmallIntegerField(editable=False, default=0)
    sort_order = models.PositiveSmallIntegerField(
        _("order in the group"), default=1, help_text=_("Its place among the group's bullets.")
    )
    text = models.TextField(
        _("text"), help_text=_("The plan's words, as issued (with the listed corrections only).")
    )
    lead_agency = models.ForeignKey(
        "website.Agency",
        verbose_name=_("lead agency"),
        on_delete=models.PROTECT,
        related_name="led_tasks",
    )
    cooperating_agencies = ParentalManyToManyField(
        "website.Agency",
        verbose_name=_("cooperating agencies"),
        blank=True,
        related_name="cooperating_tasks",
        help_text=_("Bodies the task names besides its lead."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NOT_REPORTED
    )
    latest_update = models.TextField(_("latest update"), blank=True)
    updated_on = models.DateField(_("updated on"), null=True, blank=True)
    update_is_sample = models.BooleanField(
        _("status and update are sample data"),
        default=False,
        help_text=_("Tick for placeholder progress: pages then label it as sample."),
    )

    panels = [
        FieldRowPanel([FieldPanel("group"), FieldPanel("sort_order")]),
        FieldPanel("text"),
        FieldPanel("lead_agency"),
        FieldPanel("cooperating_agencies"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("updated_on")]),
                FieldPanel("latest_update"),
                FieldPanel("update_is_sample"),
            ],
            heading=_("Progress"),
        ),
    ]

    # What a translator changes; the rest are facts of the Vietnamese record.
    translated_words = ("text", "latest_update")
    # Not overridable: a translator could not change a fact anyway (pages read the facts from
    # the Vietnamese record), so the translation editor does not offer to.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "group",
            "sort_order",
            "lead_agency",
            "cooperating_agencies",
            "status",
            "updated_on",
            "update_is_sample",
        )
    ]

    search_fields = [
        index.SearchField("text"),
        index.FilterField("group"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["group_rank", "sort_order", "pk"]

    def __str__(self):
        return f"{self.group}: {self.text[:80]}"

    def save(self, *args, **kwargs):
        # Codes like III-B-10 do not sort as text; keep the plan's order in a number.
        self.group_rank = GROUP_CODES.index(self.group) if self.group in GROUP_CODES else 99
        super().save(*args, **kwargs)
