import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_both_languages_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    locations = [loc.text for loc in tree.findall("s:url/s:loc", NS)]
    assert any(loc.endswith("/gioi-thieu/") for loc in locations)
    assert any(loc.endswith("/en/about/") for loc in locations)
    about = next(
        u for u in tree.findall("s:url", NS) if u.find("s:loc", NS).text.endswith("/gioi-thieu/")
    )
    alternates = {link.get("hreflang"): link.get("href") for link in about.findall("x:link", NS)}
    assert alternates["en"].endswith("/en/about/")


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.parametrize(
    "query",
    [
        "?limit=abc",
        "?limit=999999",
        "?offset=-1",
        "?offset=99999999999999999999",
        "?search=%00",
        "?type=nope.Nope",
        "?fields=*,-x",
    ],
)
def test_api_answers_hostile_parameters_without_5xx(client, query):
    response = client.get("/api/v2/pages/" + query)
    assert response.status_code < 500
