from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import get_language

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news.models import EventIndexPage, EventPage, NewsCategory, NewsIndexPage, NewsPage
from website import cache

HOME_ARTICLES = 4
HOME_EVENTS = 3


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_order = 300
    list_display = ["name", "slug"]
    add_to_admin_menu = False


register_snippet(NewsCategoryViewSet)


SLOT_CACHE_SECONDS = 10 * 60


def _slot_items(page, request):
    """Latest articles and next events under this home page (three queries)."""
    content_types = ContentType.objects.get_for_models(NewsIndexPage, EventIndexPage)  # cached
    indexes = {
        index.content_type_id: index
        for index in page.get_children().live().type(NewsIndexPage, EventIndexPage)
    }
    news_index = indexes.get(content_types[NewsIndexPage].pk)
    events_index = indexes.get(content_types[EventIndexPage].pk)
    articles, events = [], []
    if news_index:
        articles = [
            {"title": a.title, "url": a.get_url(request), "date": a.date, "is_sample": a.is_sample}
            for a in NewsPage.objects.child_of(news_index)
            .live()
            .public()
            .order_by("-date", "-pk")[:HOME_ARTICLES]
        ]
    if events_index:
        # A few more than shown, so events that end while cached can be dropped.
        events = [
            {
                "title": e.title,
                "url": e.get_url(request),
                "start": e.start,
                "end": e.end,
                "is_sample": e.is_sample,
            }
            for e in EventPage.objects.child_of(events_index)
            .live()
            .public()
            .filter(end__gte=timezone.now())
            .order_by("start", "pk")[: HOME_EVENTS * 2]
        ]
    return {
        "articles": articles,
        "events": events,
        "news_index_url": news_index.get_url(request) if news_index else "",
        "events_index_url": events_index.get_url(request) if events_index else "",
    }


@hooks.register("register_home_page_slot")
def news_home_slot(page, request):
    """Latest news and upcoming events of this home page's language.

    Cached (the home page is the busiest page) and invalidated whenever a page is
    published, unpublished, renamed or deleted; events that have ended are dropped on
    read, so the cache never shows a past event as upcoming.
    """
    key = cache.versioned_key("news-home-slot", page.pk, get_language())
    items = cache.cached(key, lambda: _slot_items(page, request), SLOT_CACHE_SECONDS)
    now = timezone.now()
    events = [event for event in items["events"] if event["end"] >= now][:HOME_EVENTS]
    if not items["articles"] and not events:
        return None
    return {
        "template": "news/includes/home_slot.html",
        "order": 40,
        **items,
        "events": events,
    }
