"""The demo's news and events: the sample content the loader puts on the site."""

from django.core.management import call_command

from wagtail.images import get_image_model

import pytest

from news.models import EventPage, NewsCategory, NewsPage

pytestmark = pytest.mark.django_db


def test_demo_has_at_least_twelve_sample_articles_with_images(news_index):
    articles = NewsPage.objects.child_of(news_index).live()
    assert articles.count() >= 12
    for article in articles:
        assert article.is_sample
        assert article.hero_image_id and article.hero_image_alt


def test_some_demo_articles_are_translated_into_english(news_index_en):
    english = NewsPage.objects.child_of(news_index_en).live()
    assert english.count() >= 3
    for article in english:
        assert article.category is None or article.category.locale_id == article.locale_id


def test_demo_has_four_sample_events_upcoming_and_past(events_index):
    events = EventPage.objects.child_of(events_index).live()
    assert events.count() >= 4
    assert all(event.is_sample for event in events)
    assert any(event.is_upcoming for event in events)
    assert any(not event.is_upcoming for event in events)


def test_demo_loader_reuses_its_images_and_categories():
    images, categories = get_image_model().objects.count(), NewsCategory.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert get_image_model().objects.count() == images
    assert NewsCategory.objects.count() == categories
