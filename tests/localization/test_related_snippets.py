"""Translating a page never overwrites an existing translation of a snippet it references.

Reproduces the corruption found in issue #11 through the admin views a department editor
uses: submit a Vietnamese article for translation into English, then publish the English
draft "with missing translations" from wagtail-localize's translation editor.
"""

from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationLog

import pytest

from news.models import NewsCategory, NewsIndexPage, NewsPage
from website.models import Agency

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(django_capture_on_commit_callbacks):
    """A new Vietnamese article using a shared category and agency that are already
    translated into English (by hand, with no translation memory behind them)."""
    index = NewsIndexPage.objects.get(locale__language_code="vi")
    page = NewsPage(
        title="Hội nghị kết nối cung cầu tháng mười hai",
        slug="hoi-nghi-ket-noi-cung-cau-thang-muoi-hai",
        introduction="Sở Công Thương tổ chức hội nghị kết nối cung cầu.",
        category=NewsCategory.objects.get(slug="ket-noi-cung-cau", locale=index.locale),
        source_agency=Agency.objects.get(slug="so-cong-thuong", locale=index.locale),
    )
    index.add_child(instance=page)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    return page


def english(model, source):
    return model.objects.get(translation_key=source.translation_key, locale__language_code="en")


def test_translating_an_article_keeps_the_english_category_and_agency(
    article, admin_client, django_capture_on_commit_callbacks
):
    en = Locale.objects.get(language_code="en")
    category_en = english(NewsCategory, article.category)
    agency_en = english(Agency, article.source_agency)
    category_name, agency_name = category_en.name, agency_en.name
    agency_words = (agency_en.short_name, agency_en.description, agency_en.address)
    assert category_name != article.category.name
    assert agency_name != article.source_agency.name

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
            {"locales": [en.pk]},
        )
    assert response.status_code == 302
    article_en = article.get_translation(en)

    # The translation editor's "Publish" with nothing translated yet: wagtail-localize
    # publishes the missing strings in Vietnamese.
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=en
    )
    logs = TranslationLog.objects.filter(source=translation.source, locale=en)
    published_before = logs.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[article_en.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    assert logs.count() == published_before + 1
    article_en.refresh_from_db()
    assert article_en.live

    category_en.refresh_from_db()
    agency_en.refresh_from_db()
    assert category_en.name == category_name
    assert agency_en.name == agency_name
    assert (agency_en.short_name, agency_en.description, agency_en.address) == agency_words
    # The English article points at the English records, not at the Vietnamese ones.
    assert article_en.category_id == category_en.pk
    assert article_en.source_agency_id == agency_en.pk
    # And English pages using them still read in English.
    html = admin_client.get(article_en.url).content.decode()
    assert category_name in html


def test_a_referenced_snippet_not_yet_translated_is_still_created(
    article, admin_client, django_capture_on_commit_callbacks
):
    """The fix skips only existing translations: a new snippet still follows its page."""
    en = Locale.objects.get(language_code="en")
    category = NewsCategory.objects.create(
        name="Chuyên mục mới", slug="chuyen-muc-moi", locale=article.locale
    )
    article.category = category
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
            {"locales": [en.pk]},
        )
    assert response.status_code == 302
    category_en = english(NewsCategory, category)
    assert category_en.slug == "chuyen-muc-moi"
    assert article.get_translation(en).category_id == category_en.pk
