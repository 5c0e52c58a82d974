"""Translation workflow: stale translations, aliases, PO round trip, formats."""

import datetime

from django.template import Context, Template
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

import pytest

from website.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def about_pair():
    vi = StandardPage.objects.get(slug="gioi-thieu", locale__language_code="vi")
    en = StandardPage.objects.get(slug="about", locale__language_code="en")
    return vi, en


def republish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_changed_source_lists_the_translation_in_the_report_and_warns_visitors(
    about_pair, admin_client, client
):
    vi, en = about_pair
    assert "Đọc bản gốc tiếng Việt" not in client.get("/en/about/").content.decode()
    report = admin_client.get("/admin/reports/translations-to-update/").content.decode()
    assert f"/admin/pages/{en.pk}/edit/" not in report

    republish(vi, introduction=vi.introduction + " (cập nhật)")

    report = admin_client.get("/admin/reports/translations-to-update/").content.decode()
    assert f"/admin/pages/{en.pk}/edit/" in report
    html = client.get("/en/about/").content.decode()
    assert "The original Vietnamese page has changed since this translation was made." in html
    assert 'href="/gioi-thieu/" hreflang="vi" lang="vi"' in html

    republish(en, introduction=en.introduction + " (updated)")
    report = admin_client.get("/admin/reports/translations-to-update/").content.decode()
    assert f"/admin/pages/{en.pk}/edit/" not in report


def test_report_is_for_editors_only(client):
    response = client.get("/admin/reports/translations-to-update/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_an_untranslated_alias_is_never_served_as_an_english_page(home, client):
    page = StandardPage(title="Trang chưa dịch", slug="trang-chua-dich")
    home.add_child(instance=page)
    page.save_revision().publish()
    alias = page.copy_for_translation(Locale.objects.get(language_code="en"), alias=True)
    assert alias.live
    response = client.get(alias.url)
    assert response.status_code == 302
    assert response["Location"] == "/trang-chua-dich/?untranslated=1"
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/trang-chua-dich/" not in sitemap


def test_po_export_and_import_round_trips_a_page(home, django_capture_on_commit_callbacks):
    page = StandardPage(
        title="Hỗ trợ lãi suất",
        slug="ho-tro-lai-suat",
        introduction="Doanh nghiệp được hỗ trợ lãi suất vay vốn.",
        body=[("paragraph", "<p>Điều kiện được hỗ trợ.</p>")],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    job = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    po = job.export_po()
    english = {
        "Hỗ trợ lãi suất": "Interest-rate support",
        "Doanh nghiệp được hỗ trợ lãi suất vay vốn.": "Enterprises get support on loan interest.",
        "Điều kiện được hỗ trợ.": "Who qualifies.",
        "ho-tro-lai-suat": "interest-rate-support",
    }
    for entry in po:
        entry.msgstr = english.get(entry.msgid, "")
    assert all(entry.msgstr for entry in po), [entry.msgid for entry in po]
    job.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        job.save_target(publish=True)
    translated = page.get_translation(Locale.objects.get(language_code="en")).specific
    assert translated.title == "Interest-rate support"
    assert translated.introduction == "Enterprises get support on loan interest."
    assert "Who qualifies." in str(translated.body)
    assert translated.live
    assert translated.url == "/en/interest-rate-support/"
    # The exported file is a real PO file an outside translator can open.
    assert 'msgid "Hỗ trợ lãi suất"' in str(job.export_po())


@pytest.mark.parametrize(
    ("language", "expected_date", "expected_money"),
    [("vi", "15/12/2025", "1.000.000 đ"), ("en", "15 December 2025", "VND 1,000,000")],
)
def test_dates_and_money_follow_the_language(language, expected_date, expected_money):
    template = Template(
        "{% load format_tags %}{{ day|date:'DATE_FORMAT' }}|{{ amount|vnd }}|{{ year }}"
    )
    with translation.override(language):
        out = template.render(
            Context({"day": datetime.date(2025, 12, 15), "amount": 1000000, "year": 2025})
        )
    assert out == f"{expected_date}|{expected_money}|2025"


def test_english_demo_pages_are_translations_not_copies():
    for page in Page.objects.filter(locale__language_code="en", depth__gte=2):
        source = page.get_translations().filter(locale__language_code="vi").first()
        assert source is not None, page.url_path


def test_every_snippet_editors_see_is_translatable():
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    models = get_snippet_models()
    assert {m.__name__ for m in models} >= {"Agency", "Target", "Task", "NewsCategory"}
    assert [m for m in models if not issubclass(m, TranslatableMixin)] == []
