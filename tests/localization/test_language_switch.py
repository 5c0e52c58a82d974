"""The switch and the hreflang links on a routable page's sub-views lead to the same view."""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}

PAIRS = [
    ("/ke-hoach/co-quan/", "/en/plan/co-quan/"),
    ("/ke-hoach/co-quan/so-cong-thuong/", "/en/plan/co-quan/so-cong-thuong/"),
    ("/ke-hoach/nhiem-vu/", "/en/plan/nhiem-vu/"),
    ("/ke-hoach/bao-cao/2024/", "/en/plan/reports/2024/"),
    ("/chinh-sach/phu-hop/", "/en/policies/which-fit/"),
]


def switch_href(html, code):
    nav = html[html.index('class="language-switch"') :]
    return re.search(rf'<a href="([^"]*)" hreflang="{code}"', nav).group(1)


@pytest.mark.parametrize(("vi", "en"), PAIRS)
def test_switch_and_alternates_lead_to_the_same_sub_view(client, vi, en):
    vi_html = client.get(vi).content.decode()
    en_html = client.get(en).content.decode()
    assert switch_href(vi_html, "en") == en
    assert switch_href(en_html, "vi") == vi
    for html in (vi_html, en_html):
        assert f'hreflang="vi" href="http://testserver{vi}"' in html
        assert f'hreflang="en" href="http://testserver{en}"' in html


def test_switch_keeps_a_sub_views_filters_but_alternates_do_not(client):
    html = client.get("/ke-hoach/nhiem-vu/?agency=so-xay-dung&status=done").content.decode()
    assert switch_href(html, "en") == "/en/plan/nhiem-vu/?agency=so-xay-dung&amp;status=done"
    assert 'hreflang="en" href="http://testserver/en/plan/nhiem-vu/"' in html


def test_a_page_view_switch_is_unchanged(client):
    assert switch_href(client.get("/ke-hoach/").content.decode(), "en") == "/en/plan/"
    assert switch_href(client.get("/en/plan/").content.decode(), "vi") == "/ke-hoach/"


def test_sitemap_lists_sub_views_in_both_languages_with_their_alternates(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    alternates = {
        urlsplit(url.find("s:loc", NS).text).path: {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }
    for vi, en in PAIRS[:4]:  # not the questionnaire: a form, not indexed
        assert alternates[vi] == alternates[en] == {"vi": vi, "en": en}


@pytest.mark.parametrize(
    "path",
    ["/ke-hoach/", "/en/plan/", "/ke-hoach/co-quan/so-cong-thuong/", "/en/plan/nhiem-vu/"],
)
def test_canonical_is_the_view_itself_without_its_filters(client, path):
    html = client.get(path + "?page=2&status=done").content.decode()
    canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', html)
    assert len(canonical) == 1 and urlsplit(canonical[0]).path == path
    assert not urlsplit(canonical[0]).query
