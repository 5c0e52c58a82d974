"""RSS 2.0 and Atom feeds of a news index, all articles or one category.

They are routes of NewsIndexPage (``feed/rss/``, ``feed/atom/``, plus ``<category>/``), so
each language's index has its own feeds under its own URL.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from website.absolute_urls import absolute_url

FEED_ITEMS = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, category=None):
        super().__init__()
        self.index = index
        self.category = category

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        if self.category:
            return f"{index.title}: {self.category.name}"
        return index.title

    def feed_url(self, index):
        # Django would put the request's host in front of the path (the Atom self link).
        return absolute_url(self.request.path)

    def link(self, index):
        url = absolute_url(index, self.request)
        if self.category:
            url += f"?category={self.category.slug}"
        return url

    def description(self, index):
        return index.introduction or _("News on supporting industry")

    def items(self, index):
        articles = index.articles()
        if self.category:
            articles = articles.filter(category=self.category)
        return articles[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        if item.is_sample:
            return f"[{_('Sample article')}] {item.introduction}"
        return item.introduction

    def item_link(self, item):
        return absolute_url(item, self.request)

    def item_guid(self, item):
        return absolute_url(item, self.request)

    def item_pubdate(self, item):
        return item.published_datetime

    def item_updateddate(self, item):
        return item.last_published_at or item.published_datetime

    def item_categories(self, item):
        return [item.category.name] if item.category else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
