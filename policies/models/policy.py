"""Incentive policies and the finder (/chinh-sach/) that lists them."""

from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers

from website.blocks import DocumentLinkBlock
from website.models.mixins import SampleMixin
from website.models.pages import BasePage

from ..blocks import BenefitBlock, EligibilityRuleBlock, SourceBlock
from .legal import NO_LONGER_IN_FORCE, documents_in_locale
from .routing import view_context


class PolicyStatus(models.TextChoices):
    OPEN = "open", _("In effect")
    COMMITMENT = "commitment", _("Commitment of the plan")
    TRANSITIONAL = "transitional", _("Transitional or historical")
    ENDED = "ended", _("Ended")
    UNVERIFIED = "unverified", _("Not verified")


class PolicyIndexPage(RoutablePageMixin, BasePage):
    """The finder: facets by GET, counts, a summary sentence, and the questionnaire."""

    questionnaire_intro = models.TextField(_("questionnaire introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("questionnaire_intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["policies.PolicyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("policy finder")
        verbose_name_plural = _("policy finders")

    @property
    def questionnaire_route(self) -> str:
        """The questionnaire's route name with a slug in the page's language."""
        return self.route_name_for("questionnaire", self.locale.language_code)

    def route_name_for(self, route_name, language_code):
        if route_name.startswith("questionnaire"):
            return "questionnaire_en" if language_code == "en" else "questionnaire"
        return route_name

    # Thin routes: policies.views computes what they show (see .routing for why by name).
    @path("")
    def finder(self, request):
        context = view_context(self, "finder", request)
        return self.render(request, context_overrides=context)

    @path("phu-hop/", name="questionnaire")
    @path("which-fit/", name="questionnaire_en")
    def questionnaire(self, request):
        context = view_context(self, "questionnaire", request)
        return self.render(
            request,
            context_overrides=context,
            template="policies/policy_questionnaire.html",
        )


class PolicyPage(SampleMixin, BasePage):
    status = models.CharField(
        _("status"), max_length=20, choices=PolicyStatus.choices, default=PolicyStatus.UNVERIFIED
    )
    status_note = models.CharField(_("note on the status"), max_length=400, blank=True)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    support_types = ParentalManyToManyField(
        "policies.SupportType", blank=True, verbose_name=_("types of support")
    )
    sectors = ParentalManyToManyField("policies.Sector", blank=True, verbose_name=_("sectors"))
    sizes = ParentalManyToManyField(
        "policies.EnterpriseSize", blank=True, verbose_name=_("enterprise sizes")
    )
    conditions = StreamField(
        [("condition", blocks.CharBlock(label=_("Condition"), max_length=500))],
        blank=True,
        verbose_name=_("who qualifies"),
    )
    benefits = StreamField([("benefit", BenefitBlock())], blank=True, verbose_name=_("benefits"))
    steps = StreamField(
        [("step", blocks.CharBlock(label=_("Step"), max_length=500))],
        blank=True,
        verbose_name=_("steps to apply"),
    )
    papers = StreamField(
        [("paper", blocks.CharBlock(label=_("Paper"), max_length=300))],
        blank=True,
        verbose_name=_("papers to prepare"),
        help_text=_("Leave empty when the list is not verified: the page then says so."),
    )
    forms = StreamField(
        [("form", DocumentLinkBlock())], blank=True, verbose_name=_("downloadable forms")
    )
    processing_time = models.CharField(_("processing time"), max_length=300, blank=True)
    fees = models.CharField(_("fees"), max_length=300, blank=True)
    where_to_apply = models.CharField(_("where to apply"), max_length=400, blank=True)
    agency = models.ForeignKey(
        "website.Agency",
        verbose_name=_("responsible agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reform_note = models.TextField(
        _("changes since the plan"),
        blank=True,
        help_text=_("How later reforms (e.g. Decree 205/2025/NĐ-CP, the 2025 CIT law) changed it."),
    )
    eligibility_rules = StreamField(
        [("rule", EligibilityRuleBlock())],
        blank=True,
        verbose_name=_("eligibility rules"),
        help_text=_(
            "Used by 'Which incentives fit my enterprise?'. A policy matches when none of its "
            "rules fails and at least one holds."
        ),
    )
    sources = StreamField([("source", SourceBlock())], blank=True, verbose_name=_("sources"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("last_reviewed")]),
                FieldPanel("status_note"),
                FieldPanel("is_sample"),
            ],
            heading=_("Status"),
        ),
        MultiFieldPanel(
            [FieldPanel("support_types"), FieldPanel("sectors"), FieldPanel("sizes")],
            heading=_("Finder facets"),
        ),
        FieldPanel("conditions"),
        FieldPanel("benefits"),
        MultiFieldPanel(
            [
                FieldPanel("steps"),
                FieldPanel("papers"),
                FieldPanel("forms"),
                FieldRowPanel([FieldPanel("processing_time"), FieldPanel("fees")]),
                FieldPanel("where_to_apply"),
                FieldPanel("agency"),
            ],
            heading=_("How to apply"),
        ),
        InlinePanel("legal_basis", label=_("Legal basis"), heading=_("Legal basis")),
        FieldPanel("reform_note"),
        FieldPanel("eligibility_rules"),
        FieldPanel("sources"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("conditions"),
        index.SearchField("benefits"),
        index.SearchField("reform_note"),
        index.FilterField("status"),
    ]

    api_fields = [
        APIField("status"),
        APIField("status_note"),
        APIField("last_reviewed"),
        APIField(
            "support_types",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug"),
        ),
        APIField(
            "sectors",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug"),
        ),
        APIField(
            "sizes",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug"),
        ),
        APIField("conditions"),
        APIField("benefits"),
        APIField("steps"),
        APIField("papers"),
        APIField("processing_time"),
        APIField("fees"),
        APIField("where_to_apply"),
        APIField("legal_basis_numbers"),
    ]

    override_translatable_fields = [
        SynchronizedField("status"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("support_types"),
        SynchronizedField("sectors"),
        SynchronizedField("sizes"),
        SynchronizedField("agency"),
        SynchronizedField("is_sample"),
    ]

    parent_page_types = ["policies.PolicyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy")
        verbose_name_plural = _("policies")

    @cached_property
    def legal_basis_items(self):
        """The legal basis with each document in the reader's language (two queries): the
        source document's facts, the translation's title, else the source's marked so."""
        bases = list(self.legal_basis.all().select_related("document"))
        localized = documents_in_locale(
            [b.document.translation_key for b in bases if b.document_id], self.locale_id
        )
        items = []
        for basis in bases:
            if not basis.document_id:
                continue
            page = localized.get(basis.document.translation_key)
            items.append(
                {
                    "basis": basis,
                    "page": page,
                    # Status is synchronised, so the source document's status is the fact.
                    "status": basis.document.status,
                    "status_label": basis.document.get_status_display(),
                    "number": basis.document.number,
                    "title": page.title if page else basis.document.title,
                    "title_lang": None
                    if page or basis.document.locale_id == self.locale_id
                    else settings.LANGUAGE_CODE,
                    "no_longer_in_force": basis.document.status in NO_LONGER_IN_FORCE,
                }
            )
        return items

    def related_news(self, limit=5):
        """Live articles that list this policy among their related pages.

        Wagtail's reference index already records every page chooser, so news needs no
        field pointing back here and policies import nothing from news (two queries).
        """
        from django.contrib.contenttypes.models import ContentType

        from wagtail.models import Page, ReferenceIndex

        referring = (
            ReferenceIndex.get_references_to(self)
            .filter(base_content_type=ContentType.objects.get_for_model(Page))
            .values_list("object_id", flat=True)
        )
        ids = [int(object_id) for object_id in referring if object_id.isdigit()]
        return (
            Page.objects.live()
            .public()
            .filter(pk__in=ids, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .order_by("-first_published_at")[:limit]
        )

    @property
    def legal_basis_warnings(self):
        return [item for item in self.legal_basis_items if item["no_longer_in_force"]]

    @cached_property
    def support_type_names(self) -> list:
        """Names in the page's language, matched by slug: a translation synced by
        wagtail-localize may still point at the source language's facet values."""
        from .facets import SupportType

        values = list(self.support_types.all())
        names = dict(
            SupportType.objects.filter(
                locale_id=self.locale_id, slug__in=[v.slug for v in values]
            ).values_list("slug", "name")
        )
        return [names.get(v.slug, v.name) for v in values]

    @property
    def has_basis_warning(self) -> bool:
        """For listings: uses the prefetched legal basis, so no query per policy."""
        return any(b.document.status in NO_LONGER_IN_FORCE for b in self.legal_basis.all())

    @property
    def legal_basis_numbers(self):
        return [item["number"] for item in self.legal_basis_items if item["number"]]

    def json_ld(self) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.title,
            "url": self.full_url,
            "inLanguage": self.locale.language_code,
            "description": self.introduction,
            "serviceType": ", ".join(self.support_type_names),
            "areaServed": {"@type": "AdministrativeArea", "name": "Vĩnh Phúc (Phú Thọ)"},
        }
        if self.agency_id:
            data["provider"] = {"@type": "GovernmentOrganization", "name": self.agency.name}
        laws = [
            {"@type": "Legislation", "legislationIdentifier": item["number"], "name": item["title"]}
            for item in self.legal_basis_items
            if item["number"]
        ]
        if laws:
            data["isBasedOn"] = laws
        return data


class PolicyLegalBasis(TranslatableMixin, Orderable):
    """One document a policy rests on. Translatable: the article and the note are words;
    the document stays the source page and is shown in the reader's language."""

    policy = ParentalKey(PolicyPage, on_delete=models.CASCADE, related_name="legal_basis")
    document = models.ForeignKey(
        "policies.LegalDocumentPage",
        verbose_name=_("legal document"),
        on_delete=models.CASCADE,
        related_name="policy_bases",
    )
    clause = models.CharField(
        _("article and clause"),
        max_length=200,
        blank=True,
        help_text=_("Only when verified, e.g. 'khoản 2 Điều 12'."),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [FieldPanel("document"), FieldPanel("clause"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("legal basis")
        verbose_name_plural = _("legal basis")
