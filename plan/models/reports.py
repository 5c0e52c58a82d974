"""Yearly reports (section IV.4): each body reports to the Department of Industry and Trade
"trước ngày 15 tháng 12 hàng năm". Reports are pages under one page per agency, so Wagtail's
group page permissions give each agency's reporters rights over their own reports only."""

import datetime
from zoneinfo import ZoneInfo

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from website.i18n import localize_queryset, source_record
from website.models import Agency
from website.models.mixins import SampleMixin
from website.models.pages import BasePage
from website.sitemaps import with_subviews

REPORT_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

ON_TIME, LATE, OVERDUE, NOT_DUE = "on_time", "late", "overdue", "not_due"


def cutoff(year, day=15, month=12):
    """The first moment that is no longer "before day/month", in Vietnam's time zone."""
    return datetime.datetime(year, month, day, tzinfo=REPORT_TZ)


def report_timing(submitted_at, year, now=None, day=15, month=12):
    """On time, late, overdue or not yet due, read strictly: a report on the cut-off day is
    late, since the plan says *before* that day."""
    limit = cutoff(year, day, month)
    if submitted_at is not None:
        return ON_TIME if submitted_at < limit else LATE
    now = now or timezone.now()
    return OVERDUE if now >= limit else NOT_DUE


class ReportsIndexPage(RoutablePageMixin, BasePage):
    deadline_day = models.PositiveSmallIntegerField(
        _("cut-off day"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(28)],
        help_text=_("Reports must arrive before this day (Vietnam time); on the day is late."),
    )
    deadline_month = models.PositiveSmallIntegerField(
        _("cut-off month"), default=12, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    rule = models.TextField(
        _("the rule, as stated"),
        blank=True,
        help_text=_("Quote the plan's rule and say how the portal reads it."),
    )
    first_year = models.PositiveSmallIntegerField(_("first year shown"), default=2021)
    last_year = models.PositiveSmallIntegerField(
        _("last year shown"),
        null=True,
        blank=True,
        help_text=_("Leave empty to show every year up to the current one."),
    )
    reports_are_sample = models.BooleanField(
        _("reports are sample data"),
        default=False,
        help_text=_("Tick while the reports are demo data: pages then say so."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("rule"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("deadline_day"), FieldPanel("deadline_month")]),
                FieldRowPanel([FieldPanel("first_year"), FieldPanel("last_year")]),
                FieldPanel("reports_are_sample"),
            ],
            heading=_("Cut-off and years"),
        ),
    ]

    parent_page_types = ["plan.PlanPage"]
    subpage_types = ["plan.AgencyReportsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("yearly reports index")
        verbose_name_plural = _("yearly reports indexes")

    def years(self):
        last = self.last_year or timezone.localdate().year
        return list(range(last, self.first_year - 1, -1))

    def source_index(self):
        """The default-language index, which holds the agencies' report pages."""
        return source_record(self, ReportsIndexPage.objects.all())

    def year_rows(self, year, now=None):
        """Every body expected to report for ``year`` with its report and timing.

        Three queries, however many agencies and reports there are.
        """
        limit = cutoff(year, self.deadline_day, self.deadline_month)
        on = limit.date()
        source = self.source_index()
        agency_pages = {
            p.path: p
            for p in AgencyReportsPage.objects.child_of(source).live().select_related("agency")
        }
        # The source index's pages point at the source agencies, whose facts (validity,
        # reporting duty) hold in every language: rows are matched by the source record.
        reports = {}
        for report in AnnualReportPage.objects.descendant_of(source).live().filter(year=year):
            parent = agency_pages.get(report.path[: -AnnualReportPage.steplen])
            if parent and parent.agency_id:
                reports[parent.agency_id] = report
        pages_by_agency = {p.agency_id: p for p in agency_pages.values() if p.agency_id}
        rows = []
        agencies = localize_queryset(
            Agency.objects.filter(reports_annually=True), self.locale, Agency.translated_words
        )
        for agency in agencies:
            existed = (agency.valid_from is None or agency.valid_from <= on) and (
                agency.valid_to is None or agency.valid_to >= on
            )
            report = reports.get(agency.pk)
            if not existed and report is None:
                continue
            submitted = report.submitted_at if report else None
            rows.append(
                {
                    "agency": agency,
                    "report": report,
                    "reports_page": pages_by_agency.get(agency.pk),
                    "status": report_timing(
                        submitted, year, now, self.deadline_day, self.deadline_month
                    ),
                }
            )
        return rows

    def get_sitemap_urls(self, request=None):
        subviews = [self.reverse_subpage("year", args=[year]) for year in self.years()]
        return with_subviews(super().get_sitemap_urls(request), subviews)

    @path("")
    def index(self, request):
        return self.render(request, context_overrides={"years": self.years()})

    @path("<int:year>/", name="year")
    def year_view(self, request, year):
        if year not in self.years():
            raise Http404
        rows = self.year_rows(year)
        counts = {
            status: sum(1 for r in rows if r["status"] == status)
            for status in (ON_TIME, LATE, OVERDUE, NOT_DUE)
        }
        return self.render(
            request,
            template="plan/reports_year.html",
            context_overrides={
                "year": year,
                "rows": rows,
                "counts": counts,
                "cutoff": cutoff(year, self.deadline_day, self.deadline_month),
                "years": self.years(),
            },
        )


class AgencyReportsPage(BasePage):
    """One per reporting body: its reporters' group gets page permissions here only."""

    agency = models.ForeignKey(
        "website.Agency",
        verbose_name=_("agency"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The body whose reports live under this page."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("agency")]

    parent_page_types = ["plan.ReportsIndexPage"]
    subpage_types = ["plan.AnnualReportPage"]

    class Meta:
        verbose_name = _("agency reports page")
        verbose_name_plural = _("agency reports pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["reports"] = (
            AnnualReportPage.objects.child_of(self).live().specific().order_by("-year")
        )
        return context


class AnnualReportForm(WagtailAdminPageForm):
    """One report per agency and year, checked where the admin knows the parent."""

    def clean(self):
        cleaned = super().clean()
        year, parent = cleaned.get("year"), self.parent_page
        if year and parent is not None:
            clash = AnnualReportPage.objects.child_of(parent).filter(year=year)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error("year", _("This agency already has a report for that year."))
        return cleaned


class AnnualReportPage(SampleMixin, BasePage):
    year = models.PositiveSmallIntegerField(
        _("year reported on"), validators=[MinValueValidator(2021), MaxValueValidator(2100)]
    )
    submitted_at = models.DateTimeField(
        _("submitted at"),
        null=True,
        blank=True,
        help_text=_(
            "When the report reached the Department of Industry and Trade (Vietnam time), "
            "recorded by its reviewers. Empty means not received yet."
        ),
    )
    summary = models.TextField(_("summary"), blank=True, max_length=1000)
    body = RichTextField(_("report"), blank=True)
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("attachments"),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel(
            [
                FieldPanel("year"),
                # Only those who receive reports record when one arrived, so a reporter
                # cannot date their own report.
                FieldPanel("submitted_at", permission="plan.record_report_receipt"),
            ]
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("attachments"),
        FieldPanel("is_sample"),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("summary")]

    base_form_class = AnnualReportForm

    parent_page_types = ["plan.AgencyReportsPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("yearly report")
        verbose_name_plural = _("yearly reports")
        permissions = [("record_report_receipt", _("Can record when a yearly report arrived"))]

    @property
    def timing(self):
        index = self.get_parent().get_parent().specific
        return report_timing(
            self.submitted_at, self.year, day=index.deadline_day, month=index.deadline_month
        )
