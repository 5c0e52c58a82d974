"""A policy page: its sections, the 'not verified' labels, and warnings from its legal basis."""

from django.utils.html import escape

from wagtail.models import Locale

import pytest

from policies.models import DocumentStatus, LegalDocumentPage, PolicyPage

pytestmark = pytest.mark.django_db

WARNING = "legal basis of this policy is no longer in force"
WARNING_VI = "căn cứ pháp lý của chính sách này không còn hiệu lực"


def has_warning(html) -> bool:
    return WARNING in html or WARNING_VI in html


def resting_on(slug):
    doc = LegalDocumentPage.objects.get(slug=slug, locale__language_code="vi")
    return doc, PolicyPage.objects.filter(legal_basis__document=doc).distinct()


def test_changing_a_documents_status_warns_on_every_policy_resting_on_it(client):
    doc, policies = resting_on("nd-111-2015-nd-cp")
    assert policies.count() >= 4
    urls = [p.url for p in policies] + [p.get_translations().get().url for p in policies]
    clear = [u for u in urls if not has_warning(client.get(u).content.decode())]
    assert len(clear) >= 8  # four or more policies, in two languages, warned about nothing yet
    doc.status = DocumentStatus.EXPIRED
    doc.save_revision().publish()
    for url in clear:
        assert has_warning(client.get(url).content.decode()), url
    others = PolicyPage.objects.exclude(pk__in=policies).filter(locale__language_code="vi")
    untouched = [
        p
        for p in others
        if not any(b.document.status in {"replaced", "expired"} for b in p.legal_basis.all())
    ]
    for page in untouched:
        assert not has_warning(client.get(page.url).content.decode())


def test_policy_resting_on_a_replaced_law_warns_and_links_it(client):
    html = client.get("/chinh-sach/uu-dai-thue-du-an-truoc-2015/").content.decode()
    assert has_warning(html)
    assert 'href="/van-ban/luat-71-2014-qh13/"' in html.split("<h1>")[0]


def test_finder_card_flags_the_warning_too(client):
    html = client.get("/chinh-sach/?status=transitional").content.decode()
    assert "no longer in force" in html or "không còn hiệu lực" in html


def test_policy_shows_every_section_and_not_verified_where_records_are_silent(client):
    html = client.get("/chinh-sach/giay-xac-nhan-uu-dai/").content.decode()
    for heading in ("who-heading", "what-heading", "how-heading", "where-heading", "basis-heading"):
        assert f'id="{heading}"' in html
    assert "05 ngày làm việc" in html  # processing time from Circular 55/2015
    assert "chưa xác minh" in html  # papers and fees are not in the records
    assert 'href="/van-ban/tt-55-2015-tt-bct/"' in html
    assert "Điều 8, Điều 9" in html


def test_interest_subsidy_is_presented_as_a_commitment_of_the_plan(client):
    page = PolicyPage.objects.get(
        slug="cap-bu-lai-suat-vay-trung-dai-han", locale__language_code="vi"
    )
    assert page.status == "commitment"
    html = client.get(page.url).content.decode()
    assert "cam kết của Kế hoạch" in html


def test_english_policy_reads_in_english_with_english_links(client):
    html = client.get("/en/policies/certificate-of-incentives/").content.decode()
    assert "Certificate of incentives" in html
    assert 'href="/en/legal-documents/tt-55-2015-tt-bct/"' in html
    assert "Articles 8 and 9" in html and "Điều 8" not in html


def test_government_service_json_ld(client):
    html = client.get("/chinh-sach/giay-xac-nhan-uu-dai/").content.decode()
    assert '"@type": "GovernmentService"' in html
    assert '<script type="application/ld+json" nonce="' in html


def test_policy_page_query_count_is_bounded(django_assert_max_num_queries, client):
    with django_assert_max_num_queries(30):
        assert client.get("/chinh-sach/giay-xac-nhan-uu-dai/").status_code == 200


def test_at_least_eight_policies_in_both_languages():
    vi = PolicyPage.objects.live().filter(locale__language_code="vi")
    assert vi.count() >= 8
    for page in vi:
        assert page.get_translations().filter(live=True).exists()
        assert page.legal_basis.exists()


def test_english_policy_shows_an_untranslated_documents_title_in_vietnamese(client):
    """The translation rule: a document not published in English is not linked, and its
    Vietnamese title is marked lang="vi"."""
    source = LegalDocumentPage.objects.get(slug="tt-55-2015-tt-bct", locale__language_code="vi")
    source.get_translation(Locale.objects.get(language_code="en")).unpublish()
    html = client.get("/en/policies/certificate-of-incentives/").content.decode()
    assert 'href="/en/legal-documents/tt-55-2015-tt-bct/"' not in html
    assert f'<span lang="vi">{escape(source.title)}</span>' in html
