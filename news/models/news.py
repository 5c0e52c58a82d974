"""News: the index (listing, filters, feeds) and the article."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase

from website.blocks import BodyBlock
from website.listing import filter_query, paginate, read_filters
from website.models.mixins import SampleMixin
from website.models.pages import BasePage

from ..forms import NewsFilterForm
from .mixins import HeroImageMixin
from .taxonomy import NewsCategory

PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, BasePage):
    """/tin-tuc/: the listing with filters by category, tag and year, and the feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def articles(self):
        """Live public articles of this index, newest first, with what a card shows."""
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("category", "hero_image", "source_agency")
            .prefetch_related("hero_image__renditions")
            .order_by("-date", "-pk")
        )

    def categories(self):
        return NewsCategory.objects.filter(locale_id=self.locale_id)

    def filter_articles(self, articles, filters):
        if filters["category"]:
            articles = articles.filter(category__slug=filters["category"])
        if filters["tag"]:
            articles = articles.filter(tags__slug=filters["tag"])
        if filters["year"]:
            articles = articles.filter(date__year=filters["year"])
        return articles

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        all_dates = NewsPage.objects.child_of(self).live().public().dates("date", "year")
        categories = list(self.categories())
        tags = list(
            Tag.objects.filter(
                news_newspagetag_items__content_object__in=NewsPage.objects.child_of(self).live()
            )
            .distinct()
            .order_by("name")
        )
        years = [d.year for d in reversed(all_dates)]
        # The choices are what this index holds: anything else is no filter, never an error.
        form = NewsFilterForm(request.GET, categories=categories, tags=tags, years=years)
        filters = read_filters(form)
        articles = self.articles()
        featured = None
        if not any(filters.values()):
            featured = articles.filter(is_featured=True).first()
            if featured is not None:
                articles = articles.exclude(pk=featured.pk)
        articles = self.filter_articles(articles, filters)
        page_obj = paginate(request, articles, PER_PAGE, query=filter_query(filters))
        # Tags are fetched for the shown page only: one query whatever the page size.
        items = list(page_obj.object_list)
        NewsPage.attach_tags(items)
        context.update(
            featured=featured,
            articles=items,
            page_obj=page_obj,
            paginator=page_obj.paginator,
            filters=filters,
            filtered=any(filters.values()),
            categories=categories,
            tags=tags,
            category=next((c for c in categories if c.slug == filters["category"]), None),
            tag=next((t for t in tags if t.slug == filters["tag"]), None),
            years=years,
        )
        return context

    @path("feed/rss/", name="rss")
    @path("feed/rss/<slug:category>/", name="rss_category")
    def rss(self, request, category=None):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self, self.get_feed_category(category))(request)

    @path("feed/atom/", name="atom")
    @path("feed/atom/<slug:category>/", name="atom_category")
    def atom(self, request, category=None):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self, self.get_feed_category(category))(request)

    def get_feed_category(self, slug):
        if slug is None:
            return None
        category = self.categories().filter(slug=slug).first()
        if category is None:
            raise Http404
        return category


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(HeroImageMixin, SampleMixin, BasePage):
    date = models.DateField(_("published date"), default=timezone.localdate)
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    source_agency = models.ForeignKey(
        "website.Agency",
        verbose_name=_("source agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The body the news comes from."),
    )
    is_featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown first on the news page.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    # Policies and plan tasks live in other apps: generic page choosers keep news free
    # of imports from them.
    related_pages = StreamField(
        [("page", PageChooserBlock(label=_("Page")))],
        blank=True,
        verbose_name=_("related policies and plan tasks"),
        help_text=_("Policies, legal documents or parts of the plan this article is about."),
    )

    content_panels = [
        *BasePage.content_panels,
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
                FieldPanel("tags"),
                FieldPanel("source_agency"),
                FieldRowPanel([FieldPanel("is_featured"), FieldPanel("is_sample")]),
                FieldPanel("related_pages"),
            ],
            heading=_("About this article"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("is_sample"),
        SynchronizedField("is_featured"),
        SynchronizedField("hero_image"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def clean(self):
        super().clean()
        if self.slug == "feed":  # the index's feeds live at feed/
            raise ValidationError({"slug": _("This address is reserved for the news feeds.")})

    @property
    def lead(self) -> str:
        return self.introduction

    @property
    def published_datetime(self) -> datetime.datetime:
        """The published date as an aware datetime (start of the day, site time zone)."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    @staticmethod
    def attach_tags(pages):
        """Give each page a ``tag_list`` in one query (prefetching a cluster manager does not
        survive Wagtail's specific-page querysets reliably)."""
        by_page = {page.pk: [] for page in pages}
        if by_page:
            for item in NewsPageTag.objects.filter(content_object_id__in=by_page).select_related(
                "tag"
            ):
                by_page[item.content_object_id].append(item.tag)
        for page in pages:
            page.tag_list = sorted(by_page[page.pk], key=lambda tag: tag.name)

    def related_articles(self, limit=3):
        articles = (
            NewsPage.objects.live()
            .public()
            .sibling_of(self, inclusive=False)
            .order_by("-date", "-pk")
        )
        if self.category_id:
            articles = articles.filter(category_id=self.category_id)
        return list(articles[:limit])

    def get_context(self, request, *args, **kwargs):
        from news.structured_data import news_article_data

        context = super().get_context(request, *args, **kwargs)
        NewsPage.attach_tags([self])
        context["related_articles"] = self.related_articles()
        context["json_ld"] = news_article_data(self, request)
        return context
