"""Page types any section can use, and the mixin they share."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from website import folded_fields
from website.absolute_urls import absolute_url
from website.blocks import BodyBlock


class BasePage(Page):
    """What every public page has: a lead paragraph and locale-aware search fields."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_(
            "One or two sentences shown under the title, in listings and in search results."
        ),
    )

    menu_title = models.CharField(
        _("menu title"),
        max_length=40,
        blank=True,
        help_text=_("A short label for the main menu, e.g. 'Kế hoạch'. Empty: the page title."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    promote_panels = [*Page.promote_panels, FieldPanel("menu_title")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        # Folded copies for accent- and case-insensitive Vietnamese search (folded_fields.py).
        *folded_fields.folded_search_fields(),
        index.FilterField("locale_id"),
    ]

    class Meta:
        abstract = True

    # Values of the folded search fields; a legal document's `document_number` is picked up.
    search_title_folded = folded_fields.title_folded
    search_text_folded = folded_fields.text_folded
    search_numbers = folded_fields.numbers

    def get_full_url(self, request=None):
        """Under SITE_BASE_URL rather than the Site record, so the sitemap, feeds and JSON-LD
        that call it name the public host (website/absolute_urls.py)."""
        return absolute_url(self, request) or None

    full_url = property(get_full_url)

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def route_name_for(self, route_name: str, language_code: str) -> str:
        """On a routable page, the name of ``route_name``'s view in another language: the
        same, unless a page gives its views translated paths (the policy finder does)."""
        return route_name


class StandardPage(BasePage):
    """A page of free text built from the shared blocks: 'About', 'Contact', guides."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "website.StandardPage"]
    subpage_types = ["website.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
