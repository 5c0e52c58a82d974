"""The hostile-input contract (DESIGN.md): every GET parameter of every public URL answers
any value with a normal page or a 4xx, never a 5xx, and never reflects markup unescaped.

One registry below names every public URL and its parameters, in both languages. A URL with
parameters is tried with each known nasty string in every parameter at once and with every
parameter repeated (in its first language: the code paths are the same in the other), then
with a few property-based examples from hypothesis in each language, derandomised so that
every run sends the same requests. A page that reads no parameter gets one request carrying
all the nasty strings. A new public view adds its line to ENDPOINTS.
"""

from dataclasses import dataclass, field

from django.core.cache import cache

from wagtail.models import Page

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from news.models import EventIndexPage, EventPage, NewsCategory, NewsIndexPage, NewsPage
from plan.models import AgencyReportsPage, AnnualReportPage, PlanPage, ReportsIndexPage
from policies.models import LegalDocumentIndexPage, LegalDocumentPage, PolicyIndexPage, PolicyPage
from website.models import Agency, StandardPage

from ..hostile import NASTY

pytestmark = pytest.mark.django_db

REFLECTED = ("<script>alert(1)", "<img src=x")


@dataclass(frozen=True)
class Endpoint:
    """A public URL: where it is in each language and the parameters it reads, with a few
    values it accepts. ``strict``: the contract is a normal page (200), not just "not 5xx"."""

    name: str
    locate: object  # language code -> path, or None where the URL has no such language
    params: dict = field(default_factory=dict)
    base: dict = field(default_factory=dict)
    strict: bool = False
    languages: tuple = ("vi", "en")


def first(model, language, **filters):
    page = model.objects.live().public().filter(locale__language_code=language, **filters)
    return page.order_by("path").first()


def page_url(model, route=None, args=()):
    """The URL of the first live ``model`` page in a language, or of one of its sub-views."""

    def locate(language):
        page = first(model, language)
        if page is None:
            return None
        url = page.url
        if route is not None:
            name = page.route_name_for(route, language)
            url += page.reverse_subpage(name, args=args(page) if callable(args) else args)
        return url

    return locate


def fixed(path_by_language):
    return lambda language: path_by_language.get(language)


def _category_slug(index):
    category = NewsCategory.objects.filter(locale_id=index.locale_id).first()
    return [category.slug] if category else ["none"]


def _agency_slug(page):
    return [Agency.objects.filter(locale_id=page.locale_id).order_by("pk").first().slug]


def _report_year(page):
    years = page.years()
    return [years[0]] if years else [2024]


NEWS = {
    "category": ["chinh-sach", "su-kien"],
    "tag": ["hội-chợ"],
    "year": ["2024", "2025"],
    "page": ["1", "2"],
}
TASKS = {
    "agency": ["so-xay-dung", "so-cong-thuong"],
    "group": ["III-B-1", "III-B-3"],
    "status": ["done", "ongoing"],
    "page": ["1", "2"],
}
FINDER = {
    "type": ["tin-dung", "thue"],
    "sector": ["det-may", "co-khi"],
    "size": ["nho", "vua"],
    "status": ["open", "commitment"],
    "page": ["1", "2"],
}
QUESTIONNAIRE = {
    "sector": ["det-may"],
    "size": ["nho", "lon"],
    "priority_product": ["yes", "no"],
    "project_date": ["2015-01-01", "2014-12-31"],
    "industrial_zone": ["yes", "no"],
    "loan_type": ["short", "medium_long"],
    "product": ["khuon-mau"],
}
LIBRARY = {
    "number": ["57/2021/NĐ-CP", "57/2021"],
    "type": ["decree", "law"],
    "issuer": ["Chính phủ"],
    "year": ["2021", "2015"],
    "status": ["in_force", "unverified"],
    "page": ["1", "2"],
}
SEARCH = {
    "q": ["lãi suất", "cong nghiep ho tro", "57/2021/NĐ-CP"],
    "type": ["website.standardpage", "policies.policypage", "wagtailcore.page'--"],
    "sort": ["relevance", "date"],
    "page": ["1", "2", "99999"],
}
API = {
    "offset": ["0", "20"],
    "limit": ["1", "20"],
    "search": ["lãi suất"],
    "order": ["title", "-id", "random"],
    "fields": ["title", "*", "-title"],
    "type": ["policies.PolicyPage", "news.NewsPage"],
    "locale": ["vi", "en"],
    "child_of": ["3"],
    "descendant_of": ["3"],
    "status": ["open"],
    "search_operator": ["and", "or"],
}
API_FILES = {key: API[key] for key in ("offset", "limit", "search", "order", "fields")}
FEED = {"page": ["2"], "category": ["chinh-sach"]}

ENDPOINTS = [
    # Pages of every type: each reads no parameter of its own.
    Endpoint("home", fixed({"vi": "/", "en": "/en/"})),
    Endpoint("standard page", page_url(StandardPage)),
    Endpoint("news article", page_url(NewsPage)),
    Endpoint("event", page_url(EventPage)),
    Endpoint("event calendar", page_url(EventPage, "ics")),
    Endpoint("policy", page_url(PolicyPage)),
    Endpoint("legal document", page_url(LegalDocumentPage)),
    Endpoint("plan", page_url(PlanPage)),
    Endpoint("plan agencies", page_url(PlanPage, "agencies")),
    Endpoint("plan agency", page_url(PlanPage, "agency", _agency_slug)),
    Endpoint("annual reports", page_url(ReportsIndexPage)),
    Endpoint("annual reports of a year", page_url(ReportsIndexPage, "year", _report_year)),
    # The agencies' reports are written in Vietnamese only.
    Endpoint("annual reports of an agency", page_url(AgencyReportsPage), languages=("vi",)),
    Endpoint("annual report", page_url(AnnualReportPage), languages=("vi",)),
    # Listings and their filters.
    Endpoint("news index", page_url(NewsIndexPage), NEWS),
    Endpoint("news rss", page_url(NewsIndexPage, "rss"), FEED, strict=True),
    Endpoint("news atom", page_url(NewsIndexPage, "atom"), FEED, strict=True),
    Endpoint(
        "news rss of a category",
        page_url(NewsIndexPage, "rss_category", _category_slug),
        FEED,
        strict=True,
    ),
    Endpoint("events index", page_url(EventIndexPage), {"page": ["1", "2"]}),
    Endpoint("events calendar", page_url(EventIndexPage, "ics"), {"page": ["1"]}),
    Endpoint("plan tasks", page_url(PlanPage, "tasks"), TASKS, strict=True),
    Endpoint("policy finder", page_url(PolicyIndexPage), FINDER, strict=True),
    Endpoint(
        "policy questionnaire",
        page_url(PolicyIndexPage, "questionnaire"),
        QUESTIONNAIRE,
        strict=True,
    ),
    Endpoint("legal documents library", page_url(LegalDocumentIndexPage), LIBRARY, strict=True),
    Endpoint(
        "search",
        fixed({"vi": "/search/", "en": "/en/search/"}),
        SEARCH,
        base={"q": "lãi suất"},
        strict=True,
    ),
    Endpoint(
        "search suggestions",
        fixed({"vi": "/search/suggest/", "en": "/en/search/suggest/"}),
        {"q": SEARCH["q"]},
        strict=True,
    ),
    # Outside the languages.
    Endpoint("sitemap", fixed({"vi": "/sitemap.xml"}), {"p": ["1"]}, languages=("vi",)),
    Endpoint("robots.txt", fixed({"vi": "/robots.txt"}), languages=("vi",)),
    Endpoint("health", fixed({"vi": "/healthz"}), languages=("vi",)),
    Endpoint("api pages", fixed({"vi": "/api/v2/pages/"}), API, languages=("vi",)),
    Endpoint("api images", fixed({"vi": "/api/v2/images/"}), API_FILES, languages=("vi",)),
    Endpoint("api documents", fixed({"vi": "/api/v2/documents/"}), API_FILES, languages=("vi",)),
    Endpoint(
        "api page",
        lambda _language: f"/api/v2/pages/{Page.objects.live().order_by('pk').last().pk}/",
        {"fields": API["fields"]},
        languages=("vi",),
    ),
]
LISTINGS = [endpoint for endpoint in ENDPOINTS if endpoint.params]


def cases(endpoints, all_languages=True):
    return [
        pytest.param(endpoint, language, id=f"{endpoint.name}-{language}")
        for endpoint in endpoints
        for language in (endpoint.languages if all_languages else endpoint.languages[:1])
    ]


def check(client, endpoint, path, params):
    # The suggestions' rate limit counts per client: without a clear, the budget of one
    # test would turn the next requests into 429s, which prove nothing.
    cache.clear()
    response = client.get(path, params)
    description = f"{endpoint.name}: GET {path} {params!r:.300}"
    assert response.status_code < 500, description
    if endpoint.strict:
        assert response.status_code == 200, description
    body = response.content.decode("utf-8", errors="replace")
    for marker in REFLECTED:
        assert marker not in body, description


def located(endpoint, language):
    path = endpoint.locate(language)
    if path is None:
        pytest.fail(f"{endpoint.name} has no {language} URL: the registry is out of date")
    return path


@pytest.mark.parametrize(("endpoint", "language"), cases(LISTINGS, all_languages=False))
def test_nasty_strings_in_every_parameter_never_fail(client, endpoint, language):
    path = located(endpoint, language)
    for value in NASTY:
        check(client, endpoint, path, {**endpoint.base, **dict.fromkeys(endpoint.params, value)})
    # Every parameter several times (?a=1&a=2): views must not assume one value.
    repeated = {name: [*values, *NASTY[-3:]] for name, values in endpoint.params.items()}
    check(client, endpoint, path, repeated)


PLAIN = [endpoint for endpoint in ENDPOINTS if not endpoint.params]


@pytest.mark.parametrize(("endpoint", "language"), cases(PLAIN))
def test_pages_ignore_parameters_they_do_not_read(client, endpoint, language):
    params = {f"x{number}": value for number, value in enumerate(NASTY)}
    check(client, endpoint, located(endpoint, language), {**params, "page": NASTY, "q": NASTY})


def parameter_values(valid):
    """One parameter's values: absent, plausible, nasty or anything, once or repeated."""
    value = st.one_of(
        st.sampled_from(valid),
        st.sampled_from(NASTY),
        st.integers(min_value=-(10**20), max_value=10**20).map(str),
        st.text(max_size=40),
    )
    return st.lists(value, min_size=1, max_size=3)


@pytest.mark.parametrize(("endpoint", "language"), cases(LISTINGS))
def test_any_mix_of_parameters_never_fails(client, endpoint, language):
    path = located(endpoint, language)
    strategy = st.fixed_dictionaries(
        {}, optional={name: parameter_values(valid) for name, valid in endpoint.params.items()}
    )

    @settings(
        max_examples=4,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(params=strategy)
    def run(params):
        check(client, endpoint, path, {**endpoint.base, **params})

    run()
