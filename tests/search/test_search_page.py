"""The results page, the suggestions endpoint and the guard in front of both."""

from django.core.cache import cache

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from demo.loader import Loader
from search import views
from search.highlight import highlight
from search.models import PopularTopic
from website.models import StandardPage

from ..hostile import NASTY
from .corpus import corpus_fixture

corpus = pytest.fixture(scope="module")(corpus_fixture)


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/search/", "/en/search/", "/search/suggest/"])
@pytest.mark.parametrize("raw", ["q=%FF%FEbroken", "q=%ED%A0%80", "q=%C3", "q=%00%00&page=%00"])
def test_broken_utf8_gets_a_normal_answer(client, path, raw):
    assert client.get(f"{path}?{raw}").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"q": "lãi suất", "page": "abc"},
        {"q": "lãi suất", "page": "-1"},
        {"q": "lãi suất", "page": "99999"},
        {"q": "lãi suất", "page": "99999999999999999999"},
        {"q": "lãi suất", "sort": "<b>"},
        {"q": "lãi suất", "type": "wagtailcore.page'--"},
        {"q": ["a", "b"], "page": ["1", "2"]},
    ],
)
def test_hostile_parameters_get_a_normal_page(client, corpus, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert "<b>" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.django_db
@pytest.mark.parametrize("query", NASTY)
def test_hostile_suggestion_queries_answer_json(client, query):
    response = client.get("/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "<script" not in response.content.decode()


@pytest.mark.django_db
def test_api_search_parameter_passes_the_guard(client):
    for query in ['"""""(((((', "lãi\x00suất", " ".join(["x"] * 300)]:
        response = client.get("/api/v2/pages/", {"search": query})
        assert response.status_code in {200, 400}


def test_highlight_marks_matches_accent_insensitively():
    html = highlight("Hỗ trợ lãi suất vốn vay", "lai suat")
    assert html == "Hỗ trợ <mark>lãi</mark> <mark>suất</mark> vốn vay"


def test_highlight_escapes_markup_in_text_and_query():
    html = highlight('<img src=x onerror="alert(1)"> lãi suất & "vay"', "img lãi")
    assert "<img" not in html
    assert "&lt;<mark>img</mark> src=x" in html
    assert "<mark>lãi</mark>" in html and "&amp;" in html and "&quot;vay&quot;" in html


def test_highlight_cuts_long_text_around_the_first_match():
    text = "đầu " * 200 + "lãi suất ưu đãi " + "cuối " * 200
    html = highlight(text, "lãi suất")
    assert "<mark>lãi</mark>" in html and html.startswith("… ") and html.endswith(" …")
    assert len(html) < 400


@pytest.mark.django_db
def test_results_show_title_type_date_and_highlighted_snippet(client, corpus):
    response = client.get("/search/", {"q": "lai suat"})
    html = response.content.decode()
    assert "<mark>lãi suất</mark>" in html.lower() or "<mark>lãi</mark> <mark>suất</mark>" in html
    assert "Trang thông thường" in html or "Standard page" in html
    assert '<time datetime="' in html


@pytest.fixture
def many_pages(home):
    for number in range(25):
        Loader().page(
            home,
            StandardPage,
            f"bulk-{number}",
            title=f"Bản tin hạ tầng số {number}",
            introduction="Hạ tầng khu công nghiệp Bình Xuyên.",
        )


@pytest.mark.django_db
def test_pagination_and_query_count_stay_flat(client, many_pages, django_assert_max_num_queries):
    client.get("/search/")  # the site menu is rebuilt once after pages are published
    with django_assert_max_num_queries(24):
        # Restricted to standard pages: the demo plan also mentions "bản tin" and "hạ tầng".
        first = client.get("/search/", {"q": "ban tin ha tang", "type": "website.standardpage"})
    assert first.context["page_obj"].paginator.count == 25
    assert len(first.context["results"]) == views.PER_PAGE
    with django_assert_max_num_queries(24):
        third = client.get(
            "/search/", {"q": "ban tin ha tang", "type": "website.standardpage", "page": "3"}
        )
    assert len(third.context["results"]) == 5
    first_slugs = {result["page"].slug for result in first.context["results"]}
    assert first_slugs.isdisjoint({result["page"].slug for result in third.context["results"]})
    assert "page=2" in first.content.decode()


@pytest.mark.django_db
def test_facets_count_types_and_filter(client, many_pages, corpus):
    response = client.get("/search/", {"q": "ha tang"})
    facets = {facet["key"]: facet["count"] for facet in response.context["facets"]}
    assert facets["website.standardpage"] >= 26
    filtered = client.get("/search/", {"q": "ha tang", "type": "website.standardpage"})
    assert filtered.context["selected_type"] == "website.standardpage"
    assert {type(r["page"]) for r in filtered.context["results"]} == {StandardPage}


@pytest.mark.django_db
def test_sorting_by_date_puts_the_newest_first(client, many_pages):
    response = client.get("/search/", {"q": "ban tin ha tang", "sort": "date"})
    dates = [result["page"].first_published_at for result in response.context["results"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.django_db
def test_nothing_found_offers_tips_and_popular_topics(client, home):
    PopularTopic.objects.create(label="Ưu đãi thuế", query="uu dai thue", locale=home.locale)
    response = client.get("/search/", {"q": "zzzqqqxxx"})
    html = response.content.decode()
    assert response.context["results"] == []
    assert "Ưu đãi thuế" in html and "?q=uu%20dai%20thue" in html


@pytest.mark.django_db
def test_editors_picks_and_query_statistics(client, corpus):
    page = corpus["vi"]["thue"]
    SearchPromotion.objects.create(query=Query.get("thuế"), page=page, description="Chọn lọc")
    response = client.get("/search/", {"q": "thuế"})
    assert [pick.page_id for pick in response.context["promotions"]] == [page.pk]
    assert "Chọn lọc" in response.content.decode()
    client.get("/search/", {"q": "thuế"})
    assert Query.get("thuế").hits == 2


@pytest.mark.django_db
def test_suggestions_fold_the_query_and_stay_in_the_language(client, corpus):
    data = client.get("/search/suggest/", {"q": "dao ta"}).json()
    assert any(s["title"] == "Đào tạo nguồn nhân lực" for s in data["suggestions"])
    en = client.get("/en/search/suggest/", {"q": "workf"}).json()
    assert [s["title"] for s in en["suggestions"]] == ["Workforce training"]
    assert en["suggestions"][0]["url"].startswith("/en/")


@pytest.mark.django_db
def test_suggestions_are_rate_limited_per_client(client, monkeypatch):
    monkeypatch.setattr(views, "RATE_LIMIT", 3)
    statuses = [client.get("/search/suggest/", {"q": "thue"}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/search/suggest/", {"q": "thue"})
    assert limited["Retry-After"] == str(views.RATE_WINDOW)
    other = client.get("/search/suggest/", {"q": "thue"}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


@pytest.mark.django_db
def test_reindexing_after_publish_is_incremental(home):
    from wagtail.search.models import IndexEntry

    page = Loader().page(home, StandardPage, "incremental", title="Bản tin một")
    before = IndexEntry.objects.count()
    page.title = "Bản tin hai"
    page.save_revision().publish()
    assert IndexEntry.objects.count() == before
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="standardpage")
    assert "hai" in str(entry.title)
