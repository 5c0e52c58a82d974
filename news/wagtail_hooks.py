from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import get_language

from wagtail import hooks
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news.models import EventIndexPage, EventPage, NewsCategory, NewsIndexPage, NewsPage

HOME_ARTICLES = 4
HOME_EVENTS = 3


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_order = 300
    list_display = ["name", "slug"]
    add_to_admin_menu = False


register_snippet(NewsCategoryViewSet)


SLOT_CACHE_VERSION_KEY = "news-home-slot-version"
SLOT_CACHE_SECONDS = 10 * 60


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_delete, sender=Page)
def invalidate_home_slot(**kwargs):
    try:
        cache.incr(SLOT_CACHE_VERSION_KEY)
    except ValueError:
        cache.set(SLOT_CACHE_VERSION_KEY, 1, None)


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
    version = cache.get_or_set(SLOT_CACHE_VERSION_KEY, 1, None)
    key = f"news-home-slot:{page.pk}:{get_language()}:v{version}"
    items = cache.get(key)
    if items is None:
        items = _slot_items(page, request)
        cache.set(key, items, SLOT_CACHE_SECONDS)
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
