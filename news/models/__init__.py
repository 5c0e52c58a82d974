from .events import EventIndexPage, EventPage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .taxonomy import NewsCategory

__all__ = [
    "EventIndexPage",
    "EventPage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
]
