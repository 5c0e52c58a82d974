"""'Which incentives fit my enterprise?': each rule, its edge, the form, and the page.

The engine and the form are pure: their tests need no database; the page tests do.
"""

import ast
import datetime
from pathlib import Path

from django.http import QueryDict

import pytest

from policies.eligibility import evaluate_rule, match_policy, matching
from policies.forms import QuestionnaireForm
from tests.hostile import NASTY

db = pytest.mark.django_db

BEFORE_2015 = {"field": "project_date", "operator": "before", "value": "2015-01-01"}
FROM_2015 = {"field": "project_date", "operator": "on_or_after", "value": "2015-01-01"}
SME = {"field": "size", "operator": "in", "value": "sieu-nho,nho,vua"}
ANY_LOAN = {"field": "loan_type", "operator": "not_in", "value": "none"}
PRIORITY = {"field": "priority_product", "operator": "in", "value": "yes"}


def day(text):
    return datetime.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("answer", "expected"), [("2014-12-31", True), ("2015-01-01", False), ("2015-01-02", False)]
)
def test_before_rule_excludes_the_boundary_day(answer, expected):
    assert evaluate_rule(BEFORE_2015, {"project_date": day(answer)}) is expected


@pytest.mark.parametrize(
    ("answer", "expected"), [("2014-12-31", False), ("2015-01-01", True), ("2030-06-01", True)]
)
def test_on_or_after_rule_includes_the_boundary_day(answer, expected):
    assert evaluate_rule(FROM_2015, {"project_date": day(answer)}) is expected


@pytest.mark.parametrize(("size", "expected"), [("sieu-nho", True), ("vua", True), ("lon", False)])
def test_in_rule_matches_any_listed_code(size, expected):
    assert evaluate_rule(SME, {"size": size}) is expected


@pytest.mark.parametrize(
    ("loan", "expected"), [("short", True), ("medium_long", True), ("none", False)]
)
def test_not_in_rule_matches_anything_not_listed(loan, expected):
    assert evaluate_rule(ANY_LOAN, {"loan_type": loan}) is expected


def test_unanswered_question_is_open_not_failed():
    assert evaluate_rule(PRIORITY, {"priority_product": ""}) is None
    assert evaluate_rule(BEFORE_2015, {}) is None


def test_a_rule_with_an_unreadable_date_is_left_open():
    assert (
        evaluate_rule({**BEFORE_2015, "value": "soon"}, {"project_date": day("2014-01-01")}) is None
    )


def test_policy_matches_when_no_rule_fails_and_one_holds():
    assert match_policy([PRIORITY, SME], {"priority_product": "yes"})[0] is True
    assert match_policy([PRIORITY, SME], {"priority_product": "yes", "size": "lon"})[0] is False
    assert match_policy([PRIORITY, SME], {})[0] is False


def test_matching_returns_the_matching_items_in_order_with_their_reasons():
    candidates = [("first", [PRIORITY]), ("never", [SME]), ("second", [PRIORITY, ANY_LOAN])]
    results = matching(candidates, {"priority_product": "yes", "size": "lon"})
    assert [r["policy"] for r in results] == ["first", "second"]
    assert results[1]["reasons"] == [PRIORITY] and results[1]["open_questions"] == [ANY_LOAN]


def test_the_engine_imports_no_model_nor_the_orm():
    """Plain data in, results out: policies.eligibility must not reach the database."""
    source = Path(__file__).parents[2] / "policies" / "eligibility.py"
    names = set()
    for node in ast.walk(ast.parse(source.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    assert names == {"datetime", "django.utils.translation"}


def questionnaire_form(query) -> QuestionnaireForm:
    return QuestionnaireForm(
        QueryDict(query), sectors=[("det-may", "Dệt may")], sizes=[("nho", "Nhỏ")]
    )


def test_answers_keep_only_known_values():
    form = questionnaire_form(
        "sector=<b>&size=nho&priority_product=maybe&loan_type=short&project_date=2014-02-30"
    )
    assert form.answers() == {
        "sector": "",
        "size": "nho",
        "priority_product": "",
        "industrial_zone": "",
        "loan_type": "short",
        "project_date": None,
    }
    assert form.invalid_date


@pytest.mark.parametrize(
    ("raw", "expected", "invalid"),
    [
        ("2014-06-01", datetime.date(2014, 6, 1), False),
        ("", None, False),
        ("1899-12-31", None, True),
        ("2101-01-01", None, True),
        ("01/06/2014", None, True),
    ],
)
def test_project_date_is_read_within_bounds_or_flagged(raw, expected, invalid):
    form = questionnaire_form(f"project_date={raw}")
    assert form.answers()["project_date"] == expected
    assert form.invalid_date is invalid


@pytest.mark.parametrize(
    "name", ["sector", "size", "priority_product", "loan_type", "project_date"]
)
@pytest.mark.parametrize("value", NASTY)
def test_hostile_answers_read_as_unanswered(name, value):
    form = QuestionnaireForm({name: value}, sectors=[("det-may", "Dệt may")], sizes=[])
    assert form.answers()[name] in ("", None)


def matched(client, url) -> str:
    html = client.get(url).content.decode()
    return html.split('id="matches-heading"')[1] if 'id="matches-heading"' in html else ""


@db
def test_questionnaire_on_the_2015_boundary_picks_the_right_tax_policy(client):
    before = matched(client, "/chinh-sach/phu-hop/?priority_product=yes&project_date=2014-12-31")
    assert "/chinh-sach/uu-dai-thue-du-an-truoc-2015/" in before
    assert "/chinh-sach/uu-dai-thue-tndn-du-an-cnht/" not in before
    on = matched(client, "/chinh-sach/phu-hop/?priority_product=yes&project_date=2015-01-01")
    assert "/chinh-sach/uu-dai-thue-du-an-truoc-2015/" not in on
    assert "/chinh-sach/uu-dai-thue-tndn-du-an-cnht/" in on


@db
def test_questionnaire_gives_the_reason_and_the_legal_clause(client):
    result = matched(client, "/chinh-sach/phu-hop/?priority_product=yes&project_date=2014-06-01")
    assert "Dự án thực hiện trước ngày 01/01/2015." in result
    assert "điểm g khoản 2 Điều 20 Nghị định 218/2013/NĐ-CP" in result


@db
def test_large_enterprise_does_not_get_sme_only_policies(client):
    result = matched(client, "/chinh-sach/phu-hop/?priority_product=yes&size=lon")
    assert "/chinh-sach/vay-von-dnnvv-co-bao-lanh/" not in result
    assert "/chinh-sach/mien-giam-tien-thue-dat-dnnvv/" not in result
    small = matched(client, "/chinh-sach/phu-hop/?priority_product=yes&size=nho")
    assert "/chinh-sach/mien-giam-tien-thue-dat-dnnvv/" in small


@db
def test_medium_long_loan_finds_the_plan_commitment_labelled_as_such(client):
    result = matched(client, "/chinh-sach/phu-hop/?loan_type=medium_long")
    assert "/chinh-sach/cap-bu-lai-suat-vay-trung-dai-han/" in result
    assert "Cam kết của Kế hoạch" in result or "Commitment of the plan" in result
    short = matched(client, "/chinh-sach/phu-hop/?loan_type=short&priority_product=yes")
    assert "/chinh-sach/cap-bu-lai-suat-vay-trung-dai-han/" not in short
    assert "/chinh-sach/lai-suat-vay-ngan-han-uu-dai/" in short


@db
def test_product_off_the_priority_list_gets_no_list_bound_incentive(client):
    result = matched(client, "/chinh-sach/phu-hop/?priority_product=no")
    assert "/chinh-sach/giay-xac-nhan-uu-dai/" not in result


@db
def test_english_questionnaire_has_its_own_route(client):
    response = client.get("/en/policies/which-fit/?loan_type=medium_long")
    assert response.status_code == 200
    assert "/en/policies/interest-subsidy-medium-long-term-loans/" in response.content.decode()


@db
def test_empty_questionnaire_shows_the_form_only(client):
    html = client.get("/chinh-sach/phu-hop/").content.decode()
    assert 'name="project_date"' in html and 'id="matches-heading"' not in html


@db
def test_questionnaire_query_count_is_bounded(django_assert_max_num_queries, client):
    with django_assert_max_num_queries(25):
        client.get("/chinh-sach/phu-hop/?priority_product=yes&size=nho&loan_type=short")


@db
def test_rule_codes_are_not_offered_for_translation():
    """wagtail-localize extracts CharBlocks; the rule's value must stay a code."""
    from wagtail_localize.segments.extract import extract_segments

    from policies.models import PolicyPage

    page = PolicyPage.objects.get(slug="vay-von-dnnvv-co-bao-lanh")
    segments = [
        s.string.data if hasattr(s.string, "data") else str(s.string)
        for s in extract_segments(page)
        if hasattr(s, "string")
    ]
    assert "sieu-nho,nho,vua" not in segments and "none" not in segments
    assert "Doanh nghiệp nhỏ và vừa (kể cả siêu nhỏ)." in segments


def test_rule_value_rejects_anything_but_codes():
    from django.core.exceptions import ValidationError

    from policies.blocks import EligibilityRuleBlock

    block = EligibilityRuleBlock()
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python(
                {"field": "size", "operator": "in", "value": "<b>Nhỏ</b>", "explanation": "x"}
            )
        )
