"""The plan's quantified objectives and the values reported against them."""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from website.i18n import localize_queryset
from website.models.mixins import SampleMixin


class Target(TranslatableMixin, ClusterableModel):
    class Comparator(models.TextChoices):
        MORE_THAN = "more_than", _("more than")
        AT_LEAST = "at_least", _("at least")
        EXACTLY = "exactly", _("exactly")

    SYMBOLS = {"more_than": ">", "at_least": "≥", "exactly": ""}

    slug = models.SlugField(_("slug"), max_length=80)
    short_label = models.CharField(
        _("short label"), max_length=160, help_text=_("Shown next to the progress bar.")
    )
    quote = models.TextField(
        _("the plan's words"),
        help_text=_("Quote the objective as written; never paraphrase numbers or verbs."),
    )
    unit = models.CharField(_("unit"), max_length=60, help_text=_("E.g. 'doanh nghiệp'."))
    comparator = models.CharField(
        _("comparator"), max_length=12, choices=Comparator.choices, default=Comparator.MORE_THAN
    )
    baseline = models.DecimalField(
        _("baseline"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    baseline_note = models.CharField(
        _("baseline note"),
        max_length=255,
        blank=True,
        help_text=_("Where the baseline comes from, or why there is none."),
    )
    target_2025 = models.DecimalField(
        _("target for 2025"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    target_2030 = models.DecimalField(
        _("target for 2030"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    timing_note = models.CharField(
        _("timing note"),
        max_length=255,
        blank=True,
        help_text=_("Say when the plan states no year for the target."),
    )
    plan_anchor = models.CharField(
        _("section of the plan"), max_length=20, blank=True, help_text=_("E.g. 'II-2'.")
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)

    panels = [
        FieldRowPanel([FieldPanel("short_label"), FieldPanel("slug")]),
        FieldPanel("quote"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("comparator"), FieldPanel("plan_anchor")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("baseline"), FieldPanel("baseline_note")]),
                FieldRowPanel([FieldPanel("target_2025"), FieldPanel("target_2030")]),
                FieldPanel("timing_note"),
            ],
            heading=_("Baseline and targets"),
        ),
        InlinePanel(
            "values",
            heading=_("Reported values"),
            label=_("Reported value"),
            help_text=_("Enter values in the Vietnamese record; the English one shows them."),
        ),
        FieldPanel("sort_order"),
    ]

    # What a translator changes; numbers, years and order are facts of the Vietnamese record.
    translated_words = ("short_label", "quote", "unit", "baseline_note", "timing_note")
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("comparator"),
        SynchronizedField("baseline"),
        SynchronizedField("target_2025"),
        SynchronizedField("target_2030"),
        SynchronizedField("plan_anchor"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_target_slug_per_locale")
        ]

    def __str__(self):
        return self.short_label

    @property
    def symbol(self):
        return self.SYMBOLS.get(self.comparator, "")


class TargetValue(SampleMixin, Orderable):
    """A value reported for a year. Kept on the default-language record only."""

    target = ParentalKey(Target, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    source = models.CharField(
        _("source"), max_length=255, help_text=_("The report or document the value comes from.")
    )
    source_url = models.URLField(_("source link"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("value")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("source_url")]),
        FieldPanel("is_sample"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("reported value")
        verbose_name_plural = _("reported values")
        ordering = ["year"]


def number(value):
    """12.00 -> '12'; 12.50 -> '12.5' (the templates localise the separator)."""
    if value is None:
        return None
    value = Decimal(value)
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


class TargetProgress:
    """A target with its values, ready for a bar and a table (no further queries)."""

    def __init__(self, target, values):
        self.target = target
        self.values = sorted(values, key=lambda v: v.year)
        self.latest = self.values[-1] if self.values else None
        self.goal_year, self.goal = self._goal()

    def _goal(self):
        year = self.latest.year if self.latest else 0
        if self.target.target_2025 is not None and (
            year <= 2025 or self.target.target_2030 is None
        ):
            return 2025, self.target.target_2025
        if self.target.target_2030 is not None:
            return 2030, self.target.target_2030
        return None, None

    @property
    def percent(self):
        if not self.latest or not self.goal:
            return None
        return min(100, int(self.latest.value * 100 / self.goal))

    @property
    def any_sample(self):
        return any(v.is_sample for v in self.values)

    @property
    def meter_max(self):
        return number(self.goal)

    @property
    def meter_value(self):
        return number(min(self.latest.value, self.goal)) if self.latest and self.goal else 0


def targets_with_progress(locale):
    """Every target (the Vietnamese record's facts and reported values, its words in
    ``locale`` where translated). Two queries however many targets and values there are."""
    targets = localize_queryset(Target.objects.all(), locale, Target.translated_words)
    by_target = {}
    for value in TargetValue.objects.filter(target_id__in=[t.pk for t in targets]):
        by_target.setdefault(value.target_id, []).append(value)
    return [TargetProgress(t, by_target.get(t.pk, [])) for t in targets]
