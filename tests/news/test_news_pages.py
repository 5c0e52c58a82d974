"""The news index (listing, filters, pagination, featured) and the article page."""

import datetime
import json
import re

from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest

from news.models import NewsCategory, NewsIndexPage, NewsPage
from news.models.news import PER_PAGE

from .conftest import add_article

pytestmark = pytest.mark.django_db


def test_index_urls_follow_the_design(client, news_index, news_index_en):
    assert news_index.url == "/tin-tuc/"
    assert news_index_en.url == "/en/news/"
    assert client.get("/en/news/").status_code == 200


def test_listing_shows_sample_label_featured_item_and_feeds(client, news_index, articles):
    response = client.get("/tin-tuc/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "news-card--featured" in html
    assert "Tin mẫu" in html
    assert 'type="application/rss+xml"' in html
    assert 'href="/tin-tuc/feed/rss/"' in html
    featured = NewsPage.objects.child_of(news_index).get(is_featured=True)
    # The featured article is shown once, not again in the list.
    assert html.count(f'href="{featured.url}"') == 1


def test_english_listing_says_sample_article(client, articles):
    html = client.get("/en/news/").content.decode()
    assert "Sample article" in html


def test_category_filter_lists_only_that_category(client, news_index, category, articles):
    response = client.get("/tin-tuc/", {"category": "chinh-sach"})
    articles = response.context["articles"]
    assert articles
    assert all(article.category_id == category.pk for article in articles)
    assert response.context["featured"] is None  # a filtered list has no featured item
    assert "noindex" in response.content.decode()


def test_tag_filter_lists_only_tagged_articles(client, news_index, articles):
    response = client.get("/tin-tuc/", {"tag": "hội-chợ"})
    articles = response.context["articles"]
    assert len(articles) == 2
    for article in articles:
        assert "hội chợ" in [tag.name for tag in article.tag_list]


def test_year_filter_lists_only_that_year(client, news_index):
    old = add_article(news_index, 1, date=datetime.date(2019, 5, 2), title="Tin năm 2019")
    response = client.get("/tin-tuc/", {"year": "2019"})
    assert [article.pk for article in response.context["articles"]] == [old.pk]
    assert 2019 in response.context["years"]


def test_filters_combine_and_pagination_keeps_them(client, news_index, category):
    for number in range(PER_PAGE + 3):
        add_article(news_index, 100 + number, category=category, date=datetime.date(2020, 1, 1))
    response = client.get("/tin-tuc/", {"category": "chinh-sach", "year": "2020"})
    assert response.context["paginator"].count == PER_PAGE + 3
    html = response.content.decode()
    assert 'href="?category=chinh-sach&amp;year=2020&amp;page=2"' in html
    page2 = client.get("/tin-tuc/", {"category": "chinh-sach", "year": "2020", "page": "2"})
    assert len(page2.context["articles"]) == 3


def test_unpublished_and_private_articles_are_not_listed(client, news_index):
    draft = add_article(news_index, 1, publish=False, title="Bản nháp bí mật")
    html = client.get("/tin-tuc/").content.decode()
    assert draft.title not in html


def test_page_beyond_the_last_shows_the_last_page(client, news_index, articles):
    response = client.get("/tin-tuc/", {"page": "99999"})
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    assert page_obj.number == page_obj.paginator.num_pages


def test_listing_query_count_is_flat_as_articles_grow(
    client, news_index, category, articles, image, django_assert_max_num_queries
):
    client.get("/tin-tuc/")  # warm renditions and caches, as on a running site
    with django_assert_max_num_queries(30) as baseline:
        client.get("/tin-tuc/")
    baseline_count = len(baseline)
    for number in range(PER_PAGE * 2 + 5):
        page = add_article(
            news_index,
            200 + number,
            category=category,
            hero_image=image,
            hero_image_alt="Ảnh thử",
        )
        page.tags.add("thẻ thử", f"thẻ {number}")
        page.save_revision().publish()
    client.get("/tin-tuc/")
    with django_assert_max_num_queries(baseline_count):
        response = client.get("/tin-tuc/")
    assert len(response.context["articles"]) == PER_PAGE
    with django_assert_max_num_queries(baseline_count):
        client.get("/tin-tuc/", {"category": "chinh-sach", "page": "2"})


def test_article_page_has_sample_label_lead_caption_and_related(client, articles):
    article = articles.featured
    response = client.get(article.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Tin mẫu" in html
    assert article.introduction in html
    assert article.hero_image_alt in html
    assert "<figcaption>" in html
    related = response.context["related_articles"]
    assert related and article not in related
    assert all(item.category_id == article.category_id for item in related)


def test_article_page_has_open_graph_and_news_article_json_ld(client, articles):
    article = articles.featured
    html = client.get(article.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert re.search(r'<meta property="og:image" content="https?://[^"]+\.jpg">', html)
    match = re.search(
        r'<script type="application/ld\+json" nonce="[^"]+">(.*?)</script>', html, re.S
    )
    data = json.loads(match.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["image"][0].startswith("http")


def test_json_ld_cannot_be_broken_out_of(client, news_index):
    article = add_article(news_index, 1, title="</script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    assert "</script><script>alert(1)" not in html


def test_article_detail_query_count_is_small(client, articles, django_assert_max_num_queries):
    article = articles.featured
    client.get(article.url)
    with django_assert_max_num_queries(25):
        client.get(article.url)


def test_hero_image_requires_alt_text(articles):
    article = articles.featured
    article.hero_image_alt = " "
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "hero_image_alt" in error.value.message_dict


def test_news_index_page_rules():
    assert NewsIndexPage.parent_page_types == ["home.HomePage"]
    assert NewsPage.parent_page_types == ["news.NewsIndexPage"]
    assert NewsIndexPage.max_count_per_parent == 1


def test_categories_exist_in_both_languages_with_the_same_slug():
    for category in NewsCategory.objects.filter(locale__language_code="vi"):
        english = category.get_translation_or_none(
            NewsCategory.objects.filter(locale__language_code="en").first().locale
        )
        assert english is not None and english.slug == category.slug


def test_home_page_shows_latest_news_and_upcoming_events(
    client, news_index, events_index, articles, events
):
    from news.models import EventPage

    html = client.get("/").content.decode()
    latest = NewsPage.objects.child_of(news_index).live().order_by("-date").first()
    assert latest.url in html
    upcoming = EventPage.objects.child_of(events_index).live().filter(end__gte=timezone.now())
    assert upcoming.order_by("start").first().url in html
    assert "Tin mẫu" in html


def test_home_slot_shows_a_new_article_once_published(client, news_index):
    client.get("/")  # fills the slot cache
    article = add_article(news_index, 0, title="Tin mới vừa đăng", date=timezone.localdate())
    assert article.url in client.get("/").content.decode()


def test_english_articles_have_english_tags(client, news_index_en, articles):
    response = client.get("/en/news/")
    names = {tag.name for tag in response.context["tags"]}
    assert "trade fairs" in names
    assert "hội chợ" not in names
