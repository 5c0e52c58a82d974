"""RSS 2.0 and Atom feeds: well-formed, the right items, per category, hostile input."""

import feedparser
import pytest

from news.feeds import FEED_ITEMS
from news.models import NewsPage

from .conftest import add_article

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def test_rss_is_well_formed_and_lists_live_articles_newest_first(client, news_index, articles):
    draft = add_article(news_index, 1, publish=False, title="Bản nháp không có trong kênh")
    response, feed = parse(client, "/tin-tuc/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    live = list(NewsPage.objects.child_of(news_index).live().order_by("-date", "-pk"))
    assert [entry.title for entry in feed.entries] == [page.title for page in live][:FEED_ITEMS]
    assert draft.title not in {entry.title for entry in feed.entries}
    first = feed.entries[0]
    assert first.link.endswith(live[0].url)
    assert first.summary.startswith("[Tin mẫu]")


def test_atom_is_well_formed(client, news_index, articles):
    response, feed = parse(client, "/tin-tuc/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert len(feed.entries) == NewsPage.objects.child_of(news_index).live().count()


def test_category_feed_lists_only_that_category(client, news_index, category, articles):
    _, feed = parse(client, "/tin-tuc/feed/rss/chinh-sach/")
    expected = NewsPage.objects.child_of(news_index).live().filter(category=category)
    assert {entry.title for entry in feed.entries} == {page.title for page in expected}
    assert category.name in feed.feed.title
    _, atom = parse(client, "/tin-tuc/feed/atom/chinh-sach/")
    assert len(atom.entries) == expected.count()


def test_english_feed_lists_english_articles(client, news_index_en, articles):
    _, feed = parse(client, "/en/news/feed/rss/")
    assert feed.feed.language == "en"
    assert len(feed.entries) == NewsPage.objects.child_of(news_index_en).live().count()
    assert feed.entries[0].summary.startswith("[Sample article]")


def test_feed_is_capped(client, news_index):
    for number in range(FEED_ITEMS + 2):
        add_article(news_index, 300 + number)
    _, feed = parse(client, "/tin-tuc/feed/rss/")
    assert len(feed.entries) == FEED_ITEMS


@pytest.mark.parametrize(
    "url",
    [
        "/tin-tuc/feed/rss/khong-co/",
        "/tin-tuc/feed/atom/khong-co/",
        "/tin-tuc/feed/rss/%3Cscript%3E/",
        "/tin-tuc/feed/rss/" + "a" * 3000 + "/",
    ],
)
def test_unknown_category_feed_is_404(client, news_index, url):
    assert client.get(url).status_code == 404


def test_listing_advertises_category_feed_when_filtered(client, news_index):
    html = client.get("/tin-tuc/", {"category": "chinh-sach"}).content.decode()
    assert 'type="application/rss+xml"' in html
    assert "/tin-tuc/feed/rss/chinh-sach/" in html
