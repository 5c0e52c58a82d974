import datetime

from django.utils import timezone

import pytest

from news.models import EventIndexPage, EventPage, NewsCategory, NewsIndexPage, NewsPage


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get(locale__language_code="vi")


@pytest.fixture
def news_index_en(db):
    return NewsIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def events_index(db):
    return EventIndexPage.objects.get(locale__language_code="vi")


def add_article(index, number, publish=True, **fields):
    fields.setdefault("title", f"Bài thử {number}")
    fields.setdefault("date", timezone.localdate() - datetime.timedelta(days=number))
    page = NewsPage(slug=f"bai-thu-{number}", live=publish, **fields)
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def add_event(index, slug, start, end, publish=True, **fields):
    fields.setdefault("title", slug)
    page = EventPage(slug=slug, start=start, end=end, live=publish, **fields)
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


@pytest.fixture
def category(news_index):
    return NewsCategory.objects.get(slug="chinh-sach", locale=news_index.locale)
