"""The legal documents library (/van-ban/): one page per document, with its relations."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalKey

from website.i18n import in_locale
from website.models.pages import BasePage

from ..blocks import SourceBlock
from ..numbers import normalise_number
from .routing import view_context


class DocumentType(models.TextChoices):
    LAW = "law", _("Law")
    RESOLUTION = "resolution", _("Resolution")
    DECREE = "decree", _("Decree")
    DECISION = "decision", _("Decision")
    CIRCULAR = "circular", _("Circular")
    PLAN = "plan", _("Plan")
    OTHER = "other", _("Other")


class DocumentStatus(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    PARTLY_AMENDED = "partly_amended", _("Partly amended")
    REPLACED = "replaced", _("Replaced")
    EXPIRED = "expired", _("Expired")
    NOT_YET = "not_yet_in_force", _("Not yet in force")
    UNVERIFIED = "unverified", _("Not verified")


# Statuses that make every policy resting on the document show a warning.
NO_LONGER_IN_FORCE = {DocumentStatus.REPLACED, DocumentStatus.EXPIRED}

# schema.org legislationLegalForce values.
LEGAL_FORCE = {
    DocumentStatus.IN_FORCE: "https://schema.org/InForce",
    DocumentStatus.PARTLY_AMENDED: "https://schema.org/PartiallyInForce",
    DocumentStatus.REPLACED: "https://schema.org/NotInForce",
    DocumentStatus.EXPIRED: "https://schema.org/NotInForce",
}


class LegalDocumentIndexPage(BasePage):
    """The library: filters by type, issuer, year and status; lookup by number."""

    per_page = 20

    parent_page_types = ["home.HomePage"]
    subpage_types = ["policies.LegalDocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("legal documents library")
        verbose_name_plural = _("legal documents libraries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # policies.views computes the listing (see .routing for why by name).
        context.update(view_context(self, "library", request))
        return context


class LegalDocumentPage(BasePage):
    number = models.CharField(
        _("number"),
        max_length=80,
        blank=True,
        help_text=_("As printed on the document, e.g. '57/2021/NĐ-CP'. Empty if not verified."),
    )
    number_verified = models.BooleanField(_("number verified"), default=True)
    number_key = models.CharField(max_length=80, editable=False, db_index=True, default="")
    document_type = models.CharField(
        _("type"), max_length=20, choices=DocumentType.choices, default=DocumentType.DECREE
    )
    issuer = models.CharField(_("issuing body"), max_length=160)
    signer = models.CharField(
        _("signer"), max_length=160, blank=True, help_text=_("Empty if not verified.")
    )
    date_signed = models.DateField(_("date signed"), null=True, blank=True)
    date_in_force = models.DateField(_("date in force"), null=True, blank=True)
    date_note = models.CharField(
        _("note on the dates"), max_length=300, blank=True, help_text=_("What is known and how.")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DocumentStatus.choices,
        default=DocumentStatus.UNVERIFIED,
    )
    status_note = models.CharField(
        _("note on the status"),
        max_length=400,
        blank=True,
        help_text=_("What exactly is in force, amended or not verified."),
    )
    summary = models.TextField(_("summary"), blank=True)
    key_provisions = StreamField(
        [("provision", blocks.CharBlock(label=_("Provision"), max_length=600))],
        blank=True,
        verbose_name=_("key provisions"),
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    official_url = models.URLField(_("official source"), blank=True, max_length=500)
    sources = StreamField(
        [("source", SourceBlock())], blank=True, verbose_name=_("sources of this record")
    )
    verification_note = models.TextField(
        _("verification note"),
        blank=True,
        help_text=_("Which facts were confirmed and which were not."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("number_verified")]),
                FieldRowPanel([FieldPanel("document_type"), FieldPanel("issuer")]),
                FieldPanel("signer"),
                FieldRowPanel([FieldPanel("date_signed"), FieldPanel("date_in_force")]),
                FieldPanel("date_note"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("summary"),
        FieldPanel("key_provisions"),
        InlinePanel("relations", label=_("Relations to other documents"), heading=_("Relations")),
        MultiFieldPanel(
            [
                FieldPanel("file"),
                FieldPanel("official_url"),
                FieldPanel("sources"),
                FieldPanel("verification_note"),
            ],
            heading=_("File and sources"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("number", boost=3),
        index.AutocompleteField("number"),
        index.SearchField("summary"),
        index.SearchField("issuer"),
        index.FilterField("number_key"),
        index.FilterField("document_type"),
        index.FilterField("status"),
    ]

    api_fields = [
        APIField("number"),
        APIField("number_verified"),
        APIField("document_type"),
        APIField("issuer"),
        APIField("signer"),
        APIField("date_signed"),
        APIField("date_in_force"),
        APIField("status"),
        APIField("status_note"),
        APIField("summary"),
        APIField("official_url"),
    ]

    # Facts are the same in every language: only the words are translated.
    override_translatable_fields = [
        SynchronizedField("number"),
        SynchronizedField("number_verified"),
        SynchronizedField("document_type"),
        SynchronizedField("date_signed"),
        SynchronizedField("date_in_force"),
        SynchronizedField("status"),
        SynchronizedField("file"),
        SynchronizedField("official_url"),
        SynchronizedField("relations"),
    ]

    parent_page_types = ["policies.LegalDocumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")

    def save(self, *args, **kwargs):
        self.number_key = normalise_number(self.number)
        super().save(*args, **kwargs)

    @property
    def document_number(self) -> str:
        """The name the site search looks for: indexes the number's parts and folded forms."""
        return self.number

    @property
    def is_no_longer_in_force(self) -> bool:
        return self.status in NO_LONGER_IN_FORCE

    def json_ld(self) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": "Legislation",
            "name": self.title,
            "url": self.full_url,
            "inLanguage": self.locale.language_code,
            "legislationType": self.get_document_type_display(),
            "legislationPassedBy": {"@type": "GovernmentOrganization", "name": self.issuer},
        }
        if self.number and self.number_verified:
            data["legislationIdentifier"] = self.number
        if self.date_signed:
            data["legislationDate"] = self.date_signed.isoformat()
        if self.date_in_force:
            data["legislationDateVersion"] = self.date_in_force.isoformat()
        if self.status in LEGAL_FORCE:
            data["legislationLegalForce"] = LEGAL_FORCE[self.status]
        if self.summary:
            data["abstract"] = self.summary
        if self.official_url:
            data["sameAs"] = self.official_url
        return data


def documents_in_locale(translation_keys, locale_id) -> dict:
    """Live legal document pages of one locale, by translation key (one query). No source
    fallback: a document not published in the reader's language is not linked."""
    live = LegalDocumentPage.objects.live().only(
        "id", "title", "url_path", "number", "status", "translation_key", "locale_id"
    )
    return in_locale(translation_keys, LegalDocumentPage, locale_id, live, fallback=False)


class RelationKind(models.TextChoices):
    AMENDS = "amends", _("amends")
    REPLACES = "replaces", _("replaces")
    IMPLEMENTS = "implements", _("implements")
    GUIDES = "guides", _("guides")
    RELATED = "related", _("related")


class LegalDocumentRelation(Orderable):
    """'This document amends/replaces/implements/guides that one'; the inverse is derived."""

    source = ParentalKey(LegalDocumentPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        LegalDocumentPage,
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    target_label = models.CharField(
        _("document outside the library"),
        max_length=200,
        blank=True,
        help_text=_("When the other document has no page here, e.g. 'Nghị định 218/2013/NĐ-CP'."),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("target"),
        FieldPanel("target_label"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("relation")
        verbose_name_plural = _("relations")


__all__ = [
    "DocumentStatus",
    "DocumentType",
    "LegalDocumentIndexPage",
    "LegalDocumentPage",
    "LegalDocumentRelation",
    "RelationKind",
]
