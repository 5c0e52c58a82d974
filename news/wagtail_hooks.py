from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail import hooks
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


@hooks.register("register_home_page_slot")
def news_home_slot(page, request):
    """Latest news and upcoming events of this home page's language (three queries)."""
    content_types = ContentType.objects.get_for_models(NewsIndexPage, EventIndexPage)  # cached
    indexes = {
        index.content_type_id: index
        for index in page.get_children().live().type(NewsIndexPage, EventIndexPage)
    }
    news_index = indexes.get(content_types[NewsIndexPage].pk)
    events_index = indexes.get(content_types[EventIndexPage].pk)
    articles = (
        list(
            NewsPage.objects.child_of(news_index)
            .live()
            .public()
            .order_by("-date", "-pk")[:HOME_ARTICLES]
        )
        if news_index
        else []
    )
    events = (
        list(
            EventPage.objects.child_of(events_index)
            .live()
            .public()
            .filter(end__gte=timezone.now())
            .order_by("start", "pk")[:HOME_EVENTS]
        )
        if events_index
        else []
    )
    if not articles and not events:
        return None
    return {
        "template": "news/includes/home_slot.html",
        "order": 40,
        "articles": articles,
        "events": events,
        "news_index": news_index,
        "events_index": events_index,
    }
