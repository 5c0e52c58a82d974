"""Every page type renders in both languages and can be created only where it belongs."""

from django.utils import translation

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest

from home.models import HomePage
from website.models import StandardPage

pytestmark = pytest.mark.django_db


class TestPageTypeRules(WagtailPageTestCase):
    def test_home_page_lives_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_page_lives_under_home_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_standard_page_holds_only_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})


@pytest.mark.parametrize(
    ("url", "lang", "text"),
    [
        ("/", "vi", "Công nghiệp hỗ trợ Vĩnh Phúc"),
        ("/en/", "en", "Supporting industry in Vinh Phuc"),
        ("/gioi-thieu/", "vi", "Nghị quyết 115/NQ-CP"),
        ("/en/about/", "en", "Resolution 115/NQ-CP"),
    ],
)
def test_pages_render_in_their_language(client, url, lang, text):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert text in html
    assert 'hreflang="vi"' in html and 'hreflang="en"' in html


def test_language_switch_leads_to_the_translation(client):
    html = client.get("/gioi-thieu/").content.decode()
    assert 'href="/en/about/" hreflang="en"' in html
    html = client.get("/en/about/").content.decode()
    assert 'href="/gioi-thieu/" hreflang="vi"' in html


def test_untranslated_page_switch_goes_to_nearest_translated_section(client, home):
    page = StandardPage(title="Chỉ có tiếng Việt", slug="chi-tieng-viet")
    home.add_child(instance=page)
    page.save_revision().publish()
    html = client.get("/chi-tieng-viet/").content.decode()
    assert 'href="/en/?untranslated=1"' in html
    notice = client.get("/en/?untranslated=1").content.decode()
    assert "has not been translated into this language yet" in notice


def test_interface_strings_are_translated_on_vietnamese_pages(client):
    html = client.get("/").content.decode()
    assert "Bỏ qua, đến nội dung chính" in html
    assert "Skip to main content" not in html
    with translation.override("en"):
        html_en = client.get("/en/").content.decode()
    assert "Skip to main content" in html_en


def test_unknown_page_gives_the_styled_404(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
