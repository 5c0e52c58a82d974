"""The plan's page: its full text, the departments' tasks, agencies and targets."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from website.i18n import localize, localize_queryset
from website.listing import filter_query, paginate, read_filters
from website.models import Agency
from website.models.pages import BasePage
from website.sitemaps import with_subviews

from ..forms import TaskFilterForm
from .blocks import CorrectionBlock, PlanSectionBlock
from .targets import targets_with_progress
from .tasks import TASK_GROUP_CHOICES, Task

TASKS_PER_PAGE = 20


class PlanPage(RoutablePageMixin, BasePage):
    issuer = models.CharField(_("issuer"), max_length=160)
    number_as_printed = models.CharField(
        _("number, as printed"),
        max_length=80,
        blank=True,
        help_text=_("Copy it as printed, blanks included: 'Số: /KH-UBND'."),
    )
    place_and_date_as_printed = models.CharField(
        _("place and date, as printed"), max_length=120, blank=True
    )
    issue_year = models.PositiveSmallIntegerField(_("year of issue"), null=True, blank=True)
    document_title = models.CharField(_("document title"), max_length=80, blank=True)
    document_subtitle = models.TextField(_("document subtitle"), blank=True)
    signature_authority = models.TextField(
        _("signature block"),
        blank=True,
        help_text=_("One line each: 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'."),
    )
    signatory = models.CharField(_("signatory"), max_length=120, blank=True)
    recipients = models.TextField(
        _("recipients ('Nơi nhận')"), blank=True, help_text=_("One recipient per line.")
    )
    source_note = models.TextField(
        _("about this text"),
        blank=True,
        help_text=_("Say where the text comes from and that it is the plan as issued."),
    )
    sections = StreamField(
        [("section", PlanSectionBlock())],
        blank=True,
        verbose_name=_("text of the plan"),
        help_text=_("One section per numbered part, in the plan's order."),
    )
    corrections = StreamField(
        [("correction", CorrectionBlock())],
        blank=True,
        verbose_name=_("editorial corrections"),
        help_text=_("Every change made to the transcription, listed on the page."),
    )
    correction_notes = models.TextField(
        _("other corrections"),
        blank=True,
        help_text=_("Corrections that are not a change of words (joined lines, scan marks)."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("issuer"),
                FieldRowPanel([FieldPanel("number_as_printed"), FieldPanel("issue_year")]),
                FieldPanel("place_and_date_as_printed"),
                FieldPanel("document_title"),
                FieldPanel("document_subtitle"),
                FieldPanel("signature_authority"),
                FieldPanel("signatory"),
                FieldPanel("recipients"),
            ],
            heading=_("The document as issued"),
        ),
        FieldPanel("source_note"),
        FieldPanel("sections"),
        MultiFieldPanel(
            [FieldPanel("corrections"), FieldPanel("correction_notes")],
            heading=_("Editorial corrections"),
        ),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("sections")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["plan.ReportsIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("plan page")
        verbose_name_plural = _("plan pages")

    # -- helpers ---------------------------------------------------------------------------
    @cached_property
    def section_anchors(self):
        return {block.value["anchor"] for block in self.sections}

    def agencies_by_key(self):
        """Every agency by translation key: the source record's facts with its words in
        this page's language (``text_lang`` marks a name not translated yet), so an agency
        added in Vietnamese only is still listed, linked and filterable (one query)."""
        agencies = localize_queryset(
            Agency.objects.select_related("successor"), self.locale, Agency.translated_words
        )
        by_key = {}
        for agency in agencies:
            agency.text_lang = agency.lang["name"]
            by_key[agency.translation_key] = agency
        # A source record's successor is a source record, shown with its words here.
        by_pk = {agency.pk: agency for agency in agencies}
        for agency in agencies:
            agency.successor_shown = agency.successor_id and by_pk.get(
                agency.successor_id, agency.successor
            )
        return by_key

    @staticmethod
    def task_queryset():
        """The tasks' source records: the plan's order, its facts and its Vietnamese words."""
        return (
            Task.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
            .select_related("lead_agency")
            .prefetch_related("cooperating_agencies")
        )

    def localise_tasks(self, tasks, agencies):
        """Give each task the agencies' names and, where translated, its words in the page's
        language: one query for a whole list. Words not translated yet stay in Vietnamese, and
        ``text_lang`` / ``update_lang`` say so for the templates' lang attributes."""
        # The date is synchronised when the translation is synced: another date means the
        # translated update is of an older report. (A same-day correction of the Vietnamese
        # words keeps the date, so it shows once the translation is synced.)
        localize(
            tasks,
            self.locale,
            Task.translated_words,
            current_if={"latest_update": "updated_on"},
        )
        by_pk = {agency.pk: agency for agency in agencies.values()}
        for task in tasks:
            # The full text has an anchor per item; a summary (the English page) may not.
            task.group_in_text = task.group in self.section_anchors
            task.lead = by_pk.get(task.lead_agency_id, task.lead_agency)
            task.cooperating = [by_pk.get(a.pk, a) for a in task.cooperating_agencies.all()]
            task.text_lang = task.lang["text"]
            task.update_lang = task.lang["latest_update"]
        return tasks

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from .reports import ReportsIndexPage

        context["reports_index"] = self.get_children().live().type(ReportsIndexPage).first()
        return context

    def get_sitemap_urls(self, request=None):
        agency_slugs = Agency.objects.filter(locale=self.locale).values_list("slug", flat=True)
        subviews = [
            self.reverse_subpage("agencies"),
            *(self.reverse_subpage("agency", args=[slug]) for slug in agency_slugs),
            self.reverse_subpage("tasks"),
        ]
        return with_subviews(super().get_sitemap_urls(request), subviews)

    # -- views -----------------------------------------------------------------------------
    @path("")
    def plan(self, request):
        agencies = self.agencies_by_key()
        tasks = self.localise_tasks(list(self.task_queryset()), agencies)
        by_group = {}
        for task in tasks:
            by_group.setdefault(task.group, []).append(task)
        sections = [
            {"value": block.value, "tasks": by_group.get(block.value["task_group"], [])}
            for block in self.sections
        ]
        return self.render(
            request,
            context_overrides={
                "sections": sections,
                "anchors": self.section_anchors,
                "targets": targets_with_progress(self.locale),
                "recipient_lines": [r for r in self.recipients.splitlines() if r.strip()],
                "signature_lines": self.signature_authority.splitlines(),
            },
        )

    @path("co-quan/", name="agencies")
    def agency_index(self, request):
        agencies = list(self.agencies_by_key().values())
        counts = {}
        sources = Task.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        for lead_id in sources.values_list("lead_agency_id", flat=True):
            counts[lead_id] = counts.get(lead_id, 0) + 1
        for agency in agencies:
            agency.task_count = counts.get(agency.pk, 0)
        return self.render(
            request,
            template="plan/agency_index.html",
            context_overrides={"agencies": agencies},
        )

    @path("co-quan/<slug:slug>/", name="agency")
    def agency_detail(self, request, slug):
        agencies = self.agencies_by_key()
        agency = next((a for a in agencies.values() if a.slug == slug), None)
        if agency is None:
            raise Http404
        # The agencies are source records, as the tasks' agencies are: matched by record.
        tasks = self.task_queryset().filter(Q(lead_agency=agency) | Q(cooperating_agencies=agency))
        tasks = self.localise_tasks(list(tasks.distinct()), agencies)
        return self.render(
            request,
            template="plan/agency_detail.html",
            context_overrides={
                "agency": agency,
                "predecessors": [a for a in agencies.values() if a.successor_id == agency.pk],
                "led_tasks": [t for t in tasks if t.lead_agency_id == agency.pk],
                "cooperating_tasks": [t for t in tasks if t.lead_agency_id != agency.pk],
            },
        )

    @path("nhiem-vu/", name="tasks")
    def task_list(self, request):
        agencies = self.agencies_by_key()
        agency_choices = sorted(agencies.values(), key=lambda a: (a.sort_order, a.name))
        slugs = {a.slug: a for a in agency_choices}
        # Each filter is read on its own; anything unknown is ignored, never an error.
        form = TaskFilterForm(
            request.GET,
            agency_slugs=slugs,
            groups=TASK_GROUP_CHOICES,
            statuses=Task.Status.choices,
        )
        chosen = read_filters(form)
        tasks = self.task_queryset()
        if chosen["agency"]:
            agency = slugs[chosen["agency"]]
            tasks = tasks.filter(Q(lead_agency=agency) | Q(cooperating_agencies=agency)).distinct()
        if chosen["group"]:
            tasks = tasks.filter(group=chosen["group"])
        if chosen["status"]:
            tasks = tasks.filter(status=chosen["status"])
        page = paginate(request, tasks, TASKS_PER_PAGE, query=filter_query(chosen))
        page.object_list = self.localise_tasks(list(page.object_list), agencies)
        return self.render(
            request,
            template="plan/task_list.html",
            context_overrides={
                "tasks_page": page,
                "chosen": chosen,
                "agency_choices": agency_choices,
                "group_choices": TASK_GROUP_CHOICES,
                "status_choices": Task.Status.choices,
            },
        )
