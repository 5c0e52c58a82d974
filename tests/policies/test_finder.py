"""The policy finder: facets narrow, counts are right, URLs round-trip, input is hostile."""

import re
from urllib.parse import urlencode

from django.http import QueryDict

import pytest

from policies.forms import MAX_VALUES, FinderForm
from policies.models import PolicyIndexPage, PolicyPage, PolicyStatus, SupportType
from tests.hostile import NASTY

pytestmark = pytest.mark.django_db

OPTIONS = {
    "type": [("thue", "Thuế", "thuế"), ("tin-dung", "Tín dụng", "tín dụng")],
    "status": [("open", "In effect", "In effect")],
}


def test_form_keeps_known_values_once_in_the_order_asked():
    form = FinderForm(QueryDict("type=tin-dung&type=khong-co&type=thue&type=tin-dung"), OPTIONS)
    assert form.chosen() == {"type": ["tin-dung", "thue"], "status": []}


def test_form_reads_only_the_first_values_of_a_long_list():
    query = "&".join(["type=khong-co"] * MAX_VALUES + ["type=thue"])
    assert FinderForm(QueryDict(query), OPTIONS).chosen()["type"] == []


@pytest.mark.parametrize("value", NASTY)
def test_form_drops_hostile_values_without_an_error(value):
    assert FinderForm(QueryDict(urlencode({"type": value})), OPTIONS).chosen()["type"] == []
    assert FinderForm({"status": value}, OPTIONS).chosen()["status"] == []


def listed(html) -> set:
    region = html.split('id="policy-results"')[1].split("</section>")[0]
    return set(re.findall(r'href="/chinh-sach/([a-z0-9-]+)/"', region))


def live_slugs(**filters) -> set:
    return set(
        PolicyPage.objects.live()
        .filter(locale__language_code="vi", **filters)
        .values_list("slug", flat=True)
        .distinct()
    )


def test_unfiltered_finder_lists_every_policy(client):
    html = client.get("/chinh-sach/").content.decode()
    assert listed(html) == live_slugs()
    assert len(listed(html)) >= 8


def test_one_value_narrows_to_the_policies_tagged_with_it(client):
    html = client.get("/chinh-sach/?type=tin-dung").content.decode()
    assert listed(html) == live_slugs(support_types__slug="tin-dung")
    assert "cap-bu-lai-suat-vay-trung-dai-han" in listed(html)
    assert "uu-dai-thue-tndn-du-an-cnht" not in listed(html)


def test_values_of_one_facet_add_up_and_facets_narrow_each_other(client):
    credit = live_slugs(support_types__slug="tin-dung")
    land = live_slugs(support_types__slug="dat-dai")
    both = listed(client.get("/chinh-sach/?type=tin-dung&type=dat-dai").content.decode())
    assert both == credit | land
    large = live_slugs(sizes__slug="lon")
    narrowed = listed(client.get("/chinh-sach/?type=tin-dung&size=lon").content.decode())
    assert narrowed == credit & large
    assert "vay-von-dnnvv-co-bao-lanh" not in narrowed  # SMEs only


def test_status_facet_finds_the_plan_commitment(client):
    html = client.get("/chinh-sach/?status=commitment").content.decode()
    assert listed(html) == {"cap-bu-lai-suat-vay-trung-dai-han"}


def test_counts_are_what_adding_the_value_would_show(client):
    html = client.get("/chinh-sach/?size=lon").content.decode()
    expected = len(live_slugs(support_types__slug="tin-dung") & live_slugs(sizes__slug="lon"))
    label = re.search(
        r'id="f-type-tin-dung"[^>]*>\s*<label[^>]*>[^<]*<span class="facet__count">\((\d+)\)', html
    )
    assert int(label.group(1)) == expected


def test_checked_boxes_and_pagination_round_trip_the_url(client, home):
    index = PolicyIndexPage.objects.get(locale__language_code="vi")
    credit = SupportType.objects.get(slug="tin-dung", locale__language_code="vi")
    for i in range(22):
        page = PolicyPage(title=f"Chính sách thử {i:02}", slug=f"thu-{i}", status="open")
        page.support_types = [credit]
        index.add_child(instance=page)
        page.save_revision().publish()
    html = client.get("/chinh-sach/?type=tin-dung&status=open").content.decode()
    assert re.search(r'id="f-type-tin-dung"[^>]*checked', html)
    assert re.search(r'id="f-status-open"[^>]*checked', html)
    assert not re.search(r'id="f-type-thue"[^>]*checked', html)
    assert 'href="?type=tin-dung&amp;status=open&amp;page=2"' in html
    second = client.get("/chinh-sach/?type=tin-dung&status=open&page=2").content.decode()
    assert re.search(r'id="f-type-tin-dung"[^>]*checked', second)
    assert len(listed(html)) + len(listed(second)) == len(
        live_slugs(support_types__slug="tin-dung", status="open")
    )


def test_summary_says_what_is_filtered_in_plain_language(client):
    html = client.get("/chinh-sach/?type=tin-dung&size=nho&size=vua").content.decode()
    assert "tín dụng và lãi suất" in html
    assert "doanh nghiệp nhỏ" in html and "doanh nghiệp vừa" in html
    en = client.get("/en/policies/?type=tin-dung&size=nho").content.decode()
    assert "credit and interest rates" in en and "small enterprises" in en


def test_results_region_is_a_polite_live_region_and_the_script_is_external(client):
    html = client.get("/chinh-sach/").content.decode()
    assert 'id="policy-results" aria-live="polite"' in html
    assert "js/policies.js" in html and "defer" in html
    assert '<form class="finder__facets" method="get"' in html


def test_unknown_facet_values_are_ignored(client):
    html = client.get("/chinh-sach/?type=khong-co&sector=det-may").content.decode()
    assert listed(html) == live_slugs(sectors__slug="det-may")


def test_many_repeated_values_are_capped(client):
    response = client.get("/chinh-sach/?" + "&".join(["type=thue"] * 500))
    assert response.status_code == 200


def test_finder_query_count_is_flat_as_policies_grow(count_queries):
    url = "/chinh-sach/?type=tin-dung&size=nho&sector=det-may"
    before = count_queries(url)
    index = PolicyIndexPage.objects.get(locale__language_code="vi")
    from policies.models import EnterpriseSize, Sector

    facets = (
        SupportType.objects.get(slug="tin-dung", locale__language_code="vi"),
        EnterpriseSize.objects.get(slug="nho", locale__language_code="vi"),
        Sector.objects.get(slug="det-may", locale__language_code="vi"),
    )
    for i in range(25):
        page = PolicyPage(title=f"Thêm {i}", slug=f"them-{i}", status=PolicyStatus.OPEN)
        page.support_types, page.sizes, page.sectors = [facets[0]], [facets[1]], [facets[2]]
        index.add_child(instance=page)
        page.save_revision().publish()
    after = count_queries(url)
    assert after == before
    assert before <= 25


def test_english_finder_shows_english_facets(client):
    html = client.get("/en/policies/").content.decode()
    assert "Credit and interest rates" in html
    assert "Textile and garment" in html


def test_translation_pointing_at_source_facets_still_reads_and_filters_in_english(client):
    """wagtail-localize's sync copies the Vietnamese facet values onto the translation."""
    source = PolicyPage.objects.get(slug="cap-bu-lai-suat-vay-trung-dai-han")
    english = source.get_translations().get().specific
    english.support_types = list(source.support_types.all())
    english.save_revision().publish()
    html = client.get("/en/policies/?type=tin-dung").content.decode()
    region = html.split('id="policy-results"')[1]
    assert "/en/policies/interest-subsidy-medium-long-term-loans/" in region
    assert "Tín dụng và lãi suất" not in region
    assert "Credit and interest rates" in region
