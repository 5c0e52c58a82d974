"""The legal documents library: lookup by number, filters, statuses, relations, loader."""

from django.core.management import call_command

from wagtail.models import Page, Revision

import pytest

from demo.legal_records import published_records
from policies.models import DocumentStatus, LegalDocumentIndexPage, LegalDocumentPage
from policies.numbers import normalise_number
from policies.relations import superseding

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed",
    ["57/2021/NĐ-CP", "57/2021/ND-CP", "57/2021/nđ-cp", " 57 / 2021 / nd-cp ", "57/2021/Nđ-Cp"],
)
def test_number_lookup_finds_the_document_however_it_is_typed(client, typed):
    response = client.get("/van-ban/", {"number": typed})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Document found by its number" in html or "Tìm thấy văn bản theo số" in html
    assert 'href="/van-ban/nd-57-2021-nd-cp/"' in html
    assert "/van-ban/nd-111-2015-nd-cp/" not in html


def test_normalised_numbers_ignore_case_spaces_and_diacritics():
    assert normalise_number("57/2021/nđ-cp") == normalise_number("57/2021/NĐ-CP") == "57/2021/ND-CP"
    assert normalise_number(None) == ""


def test_partial_number_lists_every_document_containing_it(client):
    html = client.get("/van-ban/", {"number": "2015"}).content.decode()
    assert "/van-ban/nd-111-2015-nd-cp/" in html
    assert "/van-ban/tt-55-2015-tt-bct/" in html
    assert "/van-ban/nd-57-2021-nd-cp/" not in html


@pytest.mark.parametrize(
    ("params", "present", "absent"),
    [
        ({"type": "circular"}, "tt-55-2015-tt-bct", "nd-111-2015-nd-cp"),
        ({"status": "replaced"}, "luat-71-2014-qh13", "nd-205-2025-nd-cp"),
        ({"year": "2025"}, "nd-205-2025-nd-cp", "nd-111-2015-nd-cp"),
        ({"issuer": "Ngân hàng Nhà nước Việt Nam"}, "tt-01-2016-tt-nhnn", "nd-57-2021-nd-cp"),
        ({"type": "decree", "year": "2015"}, "nd-111-2015-nd-cp", "nd-205-2025-nd-cp"),
    ],
)
def test_filters_narrow_the_library(client, params, present, absent):
    html = client.get("/van-ban/", params).content.decode()
    assert f"/van-ban/{present}/" in html
    assert f"/van-ban/{absent}/" not in html


def test_an_invalid_filter_is_left_out_and_the_others_still_apply(client):
    response = client.get("/van-ban/", {"type": "circular", "year": "<script>", "status": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "/van-ban/tt-55-2015-tt-bct/" in html
    assert "/van-ban/nd-111-2015-nd-cp/" not in html


def test_every_published_record_has_a_page_in_both_languages_and_do_not_publish_none():
    records = published_records()
    assert len(records) == 20
    for record in records:
        page = LegalDocumentPage.objects.get(slug=record["id"], locale__language_code="vi")
        assert page.get_translation_or_none(page.get_translations(inclusive=False).first().locale)
    slugs = set(LegalDocumentPage.objects.values_list("slug", flat=True))
    assert "qd-2707-2017-vinh-phuc-UNVERIFIED".lower() not in {s.lower() for s in slugs}
    assert not LegalDocumentPage.objects.filter(number__startswith="2707").exists()
    assert not LegalDocumentPage.objects.filter(number="29/2018/TT-BCT").exists()


def test_decree_57_amends_decree_218_not_111(client):
    html = client.get("/van-ban/nd-57-2021-nd-cp/").content.decode()
    assert "218/2013/NĐ-CP" in html
    doc = LegalDocumentPage.objects.get(slug="nd-57-2021-nd-cp", locale__language_code="vi")
    kinds = {(r.kind, r.target_label) for r in doc.relations.all()}
    assert ("amends", "218/2013/NĐ-CP") in kinds
    assert not doc.relations.filter(kind="amends", target__slug="nd-111-2015-nd-cp").exists()


def test_amended_document_says_so_at_the_top_with_a_link_and_the_inverse_is_shown(client):
    html = client.get("/van-ban/nd-111-2015-nd-cp/").content.decode()
    top = html.split("<h1>")[0]
    assert 'class="warning"' in top
    assert 'href="/van-ban/nd-205-2025-nd-cp/"' in top
    amending = client.get("/van-ban/nd-205-2025-nd-cp/").content.decode()
    assert 'href="/van-ban/nd-111-2015-nd-cp/"' in amending


def test_replaced_law_links_to_what_replaced_it_in_english_too(client):
    html = client.get("/en/legal-documents/luat-71-2014-qh13/").content.decode()
    top = html.split("<h1>")[0]
    assert "This document has been replaced." in top
    assert 'href="/en/legal-documents/luat-thue-tndn-2025/"' in top


def test_decision_68_is_amended_by_decision_71():
    doc = LegalDocumentPage.objects.get(slug="qd-68-2017-qd-ttg", locale__language_code="vi")
    assert [i["page"].slug for i in superseding(doc)] == ["qd-71-2024-qd-ttg"]


def test_facts_are_synchronised_across_languages():
    for vi in LegalDocumentPage.objects.filter(locale__language_code="vi"):
        en = vi.get_translations().get().specific
        assert (en.number, en.status, en.date_signed, en.date_in_force) == (
            vi.number,
            vi.status,
            vi.date_signed,
            vi.date_in_force,
        )
        assert en.relations.count() == vi.relations.count()


def test_unverified_facts_say_not_verified(client):
    html = client.get("/van-ban/ke-hoach-vinh-phuc-nq115/").content.decode()
    assert "chưa xác minh" in html
    assert "UNVERIFIED" not in html
    # The plan's own figure wins over the press report (SOURCES.md).
    assert "trên 75 doanh nghiệp" in html and "có 70 doanh nghiệp" not in html


def test_brief_notes_are_not_published(client):
    html = client.get("/van-ban/tt-29-2018-tt-btc/").content.decode()
    assert "đề bài" not in html


def test_record_sources_are_cited_on_the_page(client):
    html = client.get("/van-ban/nd-111-2015-nd-cp/").content.decode()
    assert "https://lawnet.vn/" in html


def test_legislation_json_ld_carries_the_csp_nonce(client):
    response = client.get("/van-ban/nd-111-2015-nd-cp/")
    html = response.content.decode()
    assert '<script type="application/ld+json" nonce="' in html
    assert '"@type": "Legislation"' in html
    assert '"legislationIdentifier": "111/2015/NĐ-CP"' in html
    nonce = html.split('application/ld+json" nonce="')[1].split('"')[0]
    assert nonce and nonce in response.headers.get("Content-Security-Policy", "")


def test_library_and_documents_are_in_the_sitemap(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/van-ban/nd-57-2021-nd-cp/" in xml
    assert "/en/legal-documents/nd-57-2021-nd-cp/" in xml


def test_library_query_count_is_flat_as_documents_grow(count_queries):
    before = count_queries("/van-ban/?status=unverified")
    library = LegalDocumentIndexPage.objects.get(locale__language_code="vi")
    for i in range(25):
        doc = LegalDocumentPage(
            title=f"Văn bản thử {i}",
            slug=f"van-ban-thu-{i}",
            number=f"{i}/2099/QĐ-UBND",
            issuer="UBND",
            status=DocumentStatus.UNVERIFIED,
        )
        library.add_child(instance=doc)
        doc.save_revision().publish()
    after = count_queries("/van-ban/?status=unverified")
    assert after == before
    assert count_queries("/van-ban/?status=unverified&page=2") <= before + 1


def test_document_page_query_count_is_bounded(django_assert_max_num_queries, client):
    with django_assert_max_num_queries(30):
        assert client.get("/van-ban/nd-111-2015-nd-cp/").status_code == 200


def test_loader_is_idempotent():
    pages, revisions = Page.objects.count(), Revision.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
