import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.utils import timezone

import factory
import pytest
import wagtail_factories

from news.models import EventPage, NewsCategory, NewsPage
from tests.factories import NewsPageFactory, publish, translate

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


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


def at(days, hour, minute=0):
    """A time in Vĩnh Phúc (Asia/Ho_Chi_Minh), ``days`` from today."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=HCM)


@pytest.fixture
def category(news_index):
    return NewsCategory.objects.get(slug="chinh-sach", locale=news_index.locale)


@pytest.fixture
def category_en(news_index_en):
    return NewsCategory.objects.get(slug="chinh-sach", locale=news_index_en.locale)


@pytest.fixture
def image(db):
    """A small JPEG built in memory by PIL, as an editor would upload it."""
    return wagtail_factories.ImageFactory(
        title="Ảnh thử",
        file=factory.django.ImageField(filename="anh-thu.jpg", width=640, height=400),
    )


def _tagged(page, *names):
    page.tags.clear()
    page.tags.add(*names)
    return publish(page)


@pytest.fixture
def articles(news_index, category, category_en, image):
    """Three sample articles, newest first: a featured one with image and caption, a second
    in the same category (its related article), both tagged 'hội chợ', and a third in the
    other category; the featured one is translated into English with English tags."""
    today = timezone.localdate()
    other = NewsCategory.objects.get(slug="ket-noi-cung-cau", locale=news_index.locale)
    featured = NewsPageFactory(
        parent=news_index,
        title="Kết nối nhà cung ứng với doanh nghiệp FDI",
        introduction="Doanh nghiệp địa phương gặp các nhà đầu tư nước ngoài.",
        date=today - datetime.timedelta(days=1),
        category=category,
        is_featured=True,
        is_sample=True,
        hero_image=image,
        hero_image_alt="Đại diện doanh nghiệp trao đổi tại hội nghị",
        hero_image_caption="Hội nghị kết nối thử",
    )
    _tagged(featured, "hội chợ", "FDI")
    second = NewsPageFactory(
        parent=news_index,
        title="Hội chợ công nghiệp hỗ trợ",
        date=today - datetime.timedelta(days=2),
        category=category,
        is_sample=True,
        hero_image=image,
        hero_image_alt="Gian hàng tại hội chợ",
    )
    _tagged(second, "hội chợ")
    third = publish(
        NewsPageFactory(
            parent=news_index,
            title="Tọa đàm cung cầu",
            date=today - datetime.timedelta(days=3),
            category=other,
            is_sample=True,
        )
    )
    english = translate(
        featured,
        title="Connecting suppliers with FDI firms",
        slug="connecting-suppliers",
        category=category_en,
    )
    _tagged(english, "trade fairs")
    return SimpleNamespace(featured=featured, second=second, third=third, english=english)


@pytest.fixture
def events(events_index):
    """A sample event coming up in ten days and one held last week."""
    upcoming = add_event(
        events_index,
        "hoi-nghi-thu",
        at(10, 8, 30),
        at(10, 11, 30),
        title="Hội nghị thử",
        place="Trung tâm Hội nghị tỉnh",
        is_sample=True,
    )
    past = add_event(
        events_index, "toa-dam-da-qua", at(-7, 14), at(-7, 16), place="Hội trường", is_sample=True
    )
    return SimpleNamespace(upcoming=upcoming, past=past)
