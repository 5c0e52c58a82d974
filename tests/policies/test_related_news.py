from wagtail.models import Page

import pytest

from news.models import NewsPage
from policies.models import PolicyPage

pytestmark = pytest.mark.django_db


def test_a_policy_lists_the_news_that_names_it(client):
    policy = PolicyPage.objects.get(slug="giay-xac-nhan-uu-dai", locale__language_code="vi")
    article = NewsPage.objects.get(slug="huong-dan-thu-tuc-xac-nhan-uu-dai")
    html = client.get(policy.url).content.decode()
    assert "Tin liên quan" in html
    assert f'href="{article.url}"' in html


def test_news_that_does_not_name_the_policy_is_not_listed(client):
    policy = PolicyPage.objects.get(
        slug="mien-giam-tien-thue-dat-dnnvv", locale__language_code="vi"
    )
    assert list(policy.related_news()) == []
    assert "Tin liên quan" not in client.get(policy.url).content.decode()


def test_an_unpublished_article_is_not_listed():
    policy = PolicyPage.objects.get(slug="giay-xac-nhan-uu-dai", locale__language_code="vi")
    article = NewsPage.objects.get(slug="huong-dan-thu-tuc-xac-nhan-uu-dai")
    article.unpublish()
    assert article.pk not in [page.pk for page in policy.related_news()]
    assert Page.objects.filter(pk=article.pk, live=False).exists()
