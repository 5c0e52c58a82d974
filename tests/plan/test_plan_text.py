"""The published plan is the plan as issued: every line of the transcription is on the page."""

import re

import pytest

from demo.plan_text import ARTEFACTS, CORRECTIONS, PLAN_MD
from plan.models import PlanPage

from .helpers import page_text, squash


def page_text_of(fragment):
    class Response:
        content = fragment.encode()

    return page_text(Response)


pytestmark = pytest.mark.django_db

NUMBER_PREFIX = re.compile(r"^(?:[IV]+\.|\d+\.)\s*")


def expected_texts():
    """Read plan-vi.md on its own terms (not through the loader's parser): apply the listed
    corrections, join lines split by page breaks, and return each bullet, paragraph and
    heading as it must appear."""
    text = PLAN_MD.read_text(encoding="utf-8")
    for wrong, right, _anchor in CORRECTIONS:
        assert wrong in text, f"correction no longer matches the source: {wrong}"
        text = text.replace(wrong, right)
    for artefact in ARTEFACTS:
        text = text.replace(artefact, "")
    items = []
    for raw in text.split("**TM.")[0].splitlines():
        line = raw.strip().lstrip("#").strip().strip("*").strip()
        if not line:
            continue
        if line[0].islower() and items:  # a word split by a page break
            items[-1] += " " + line
            continue
        line = NUMBER_PREFIX.sub("", line.lstrip("-").strip())
        items.append(line)
    return [squash(item) for item in items if item]


def test_every_line_of_the_original_is_on_the_plan_page(client):
    text = page_text(client.get("/ke-hoach/"))
    expected = expected_texts()
    assert len(expected) > 120
    missing = [item for item in expected if item not in text]
    assert not missing, missing[:5]


def test_every_bullet_of_the_departments_part_comes_from_tasks(client):
    from plan.models import Task

    page = PlanPage.objects.get(locale__language_code="vi")
    stored = " ".join(str(item.value) for block in page.sections for item in block.value["body"])
    # The departments' part lives in Task records only: one place for the text.
    tasks = Task.objects.filter(locale=page.locale)
    for task in tasks[:5]:
        assert task.text not in stored
    assert tasks.count() == 62


def test_corrections_are_applied_and_listed(client):
    content = client.get("/ke-hoach/").content.decode()
    body, corrections = content.split('<section id="dinh-chinh"')
    body, corrections = page_text_of(body), page_text_of(corrections)
    for wrong, right, _anchor in CORRECTIONS:
        assert right in body
        assert wrong in corrections and right in corrections
    # The wrong forms and the scan's marks appear only where the corrections are listed.
    assert "Phân đầu đến năm 2025" not in body
    for artefact in ARTEFACTS:
        assert artefact not in body
        assert artefact in corrections


def test_the_page_shows_the_plan_as_issued(client):
    response = client.get("/ke-hoach/")
    text = page_text(response)
    for fact in ("Ủy ban nhân dân tỉnh Vĩnh Phúc", "Số: /KH-UBND", "2021", "Vũ Chí Giang",
                 "PHÓ CHỦ TỊCH", "Vĩnh Phúc, ngày tháng năm 2021"):  # fmt: skip
        assert fact in text


@pytest.mark.parametrize(
    "anchor", ["I", "II-2", "III-3", "III-8", "III-B", "III-B-1", "III-B-13a", "III-B-13b", "IV"]
)
def test_sections_have_the_anchors_of_sources_md(client, anchor):
    content = client.get("/ke-hoach/").content.decode()
    assert f'id="{anchor}"' in content
    assert f'href="#{anchor}"' in content  # reachable from the table of contents


def test_english_page_is_a_summary_with_the_targets(client):
    response = client.get("/en/plan/")
    assert response.status_code == 200
    text = page_text(response)
    assert "summary" in text
    assert "tier-1 or tier-2" in text
    assert "Illustrative figures, not official" in text


def test_plan_page_query_count_is_flat_as_tasks_grow(client, django_assert_max_num_queries):
    from plan.models import Task
    from website.models import Agency

    client.get("/ke-hoach/")
    with django_assert_max_num_queries(30) as baseline:
        client.get("/ke-hoach/")
    count = len(baseline)  # read now: the connection's query log is a bounded deque
    lead = Agency.objects.get(slug="so-cong-thuong", locale__language_code="vi")
    other = Agency.objects.get(slug="so-tai-chinh", locale__language_code="vi")
    for n in range(40):
        Task(group="III-B-1", sort_order=100 + n, text=f"Nhiệm vụ {n}", lead_agency=lead,
             cooperating_agencies=[other]).save()  # fmt: skip
    with django_assert_max_num_queries(count):
        response = client.get("/ke-hoach/")
    assert "Nhiệm vụ 39" in response.content.decode()
