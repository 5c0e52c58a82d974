"""One public base URL: every absolute URL the site writes names SITE_BASE_URL's host.

The base URL here is not the host the test client sends (``testserver``), so a link built
from the request's Host header, or from a Site record that does not follow the setting,
shows up as a second host.
"""

import json
import re
from urllib.parse import urlsplit

from django.core.cache import cache
from django.test import override_settings

from wagtail.models import Locale, Site

import pytest

from news.models import NewsPage
from policies.models import PolicyPage
from website.site_record import site_address, sync_site_record

pytestmark = pytest.mark.django_db

PUBLIC = "https://cnht.example.vn"

# Values of these JSON keys are links of the site (JSON-LD and the API); "@context",
# "eventStatus" and the like name schema.org vocabulary, not pages.
LINK_KEYS = {"url", "mainEntityOfPage", "image", "html_url", "detail_url"}


@pytest.fixture
def public_base_url():
    """SITE_BASE_URL and what the settings modules derive from it, with the Site record
    synchronised as ``migrate`` does; caches emptied on both sides (the sitemap is cached)."""
    cache.clear()
    with override_settings(
        SITE_BASE_URL=PUBLIC, WAGTAILADMIN_BASE_URL=PUBLIC, WAGTAILAPI_BASE_URL=PUBLIC
    ):
        sync_site_record()
        yield PUBLIC
    Site.clear_site_root_paths_cache()
    cache.clear()


def head_links(html: str) -> list[str]:
    head = html.split("</head>", 1)[0]
    return re.findall(r'(?:href|content)="(https?://[^"]+)"', head)


def json_links(data) -> list[str]:
    links = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in LINK_KEYS and isinstance(value, str):
                links.append(value)
            elif key in LINK_KEYS and isinstance(value, list):
                links.extend(item for item in value if isinstance(item, str))
            else:
                links.extend(json_links(value))
    elif isinstance(data, list):
        for item in data:
            links.extend(json_links(item))
    return links


def json_ld_links(html: str) -> list[str]:
    blocks = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    assert blocks, "no JSON-LD on the page"
    return [link for block in blocks for link in json_links(json.loads(block))]


def get(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_one_host(links: list[str], minimum: int):
    assert len(links) >= minimum, links
    outside = sorted({link for link in links if not link.startswith(PUBLIC + "/")})
    assert not outside, outside
    assert {urlsplit(link).netloc for link in links} == {"cnht.example.vn"}


def test_an_article_and_its_translation_link_only_to_the_public_host(client, public_base_url):
    article = NewsPage.objects.get(locale__language_code="vi", is_featured=True)
    translation = article.get_translation(Locale.objects.get(language_code="en"))
    for page in (article, translation):
        html = get(client, page.url)
        links = head_links(html)
        # canonical, og:url, og:image, twitter:image and an hreflang link per language
        assert_one_host(links, minimum=6)
        assert f'<link rel="canonical" href="{PUBLIC}{page.url}">' in html
        assert_one_host(json_ld_links(html), minimum=3)


def test_a_policy_page_json_ld_names_the_public_host(client, public_base_url):
    policy = PolicyPage.objects.live().filter(locale__language_code="vi").first()
    html = get(client, policy.url)
    assert_one_host(head_links(html), minimum=3)
    assert_one_host(json_ld_links(html), minimum=1)


def test_the_sitemap_names_the_public_host(client, public_base_url):
    xml = get(client, "/sitemap.xml")
    links = re.findall(r"<loc>([^<]+)</loc>", xml) + re.findall(r'href="([^"]+)"', xml)
    assert_one_host(links, minimum=20)


@pytest.mark.parametrize("feed", ["/tin-tuc/feed/atom/", "/tin-tuc/feed/rss/"])
def test_the_news_feeds_name_the_public_host(client, public_base_url, feed):
    xml = get(client, feed)
    links = re.findall(r'href="(https?://[^"]+)"', xml) + re.findall(
        r"<(?:link|id|guid)[^>]*>(https?://[^<]+)</", xml
    )
    # the feed's own link and self link, and a link and an id per article
    assert_one_host(links, minimum=6)


def test_the_api_names_the_public_host(client, public_base_url):
    article = NewsPage.objects.get(locale__language_code="vi", is_featured=True)
    listing = json.loads(get(client, "/api/v2/pages/?limit=20"))
    detail = json.loads(get(client, f"/api/v2/pages/{article.pk}/"))
    assert_one_host(json_links(listing), minimum=40)
    # its own html_url and detail_url, and its parent's
    assert_one_host(json_links(detail), minimum=4)


def test_robots_txt_points_at_the_public_sitemap(client, public_base_url):
    text = get(client, "/robots.txt")
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in text.splitlines()


def test_the_site_record_follows_the_base_url_and_the_sync_is_idempotent(
    django_assert_num_queries,
):
    site = Site.objects.get(is_default_site=True)
    # migrate ran the sync with the test settings' http://testserver
    assert (site.hostname, site.port) == ("testserver", 80)
    assert site_address("https://cnht.example.vn") == ("cnht.example.vn", 443)
    assert site_address("http://127.0.0.1:8123") == ("127.0.0.1", 8123)
    synced = sync_site_record("https://cnht.example.vn")
    assert synced.root_url == PUBLIC
    with django_assert_num_queries(1):  # read, nothing to write
        sync_site_record("https://cnht.example.vn")


def test_admin_and_api_base_urls_default_to_the_site_base_url(settings):
    assert settings.SITE_BASE_URL == "http://testserver"
    assert settings.WAGTAILADMIN_BASE_URL == settings.SITE_BASE_URL
    assert settings.WAGTAILAPI_BASE_URL == settings.SITE_BASE_URL
