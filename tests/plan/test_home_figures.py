"""The home page's key figures are the plan's Target records, with their source: no number is
typed twice."""

import re

import pytest

from plan.models import Target

pytestmark = pytest.mark.django_db


def figures(content):
    section = content.split('aria-labelledby="home-plan-figures-heading"')[1].split("</section>")[0]
    return re.findall(r'<p class="key-figure__value">([^<]*)</p>', section), section


def test_home_shows_every_stated_target_of_the_plan_with_its_source(client):
    values, section = figures(client.get("/").content.decode())
    # 50 (2025) and 75 (2030) enterprises, 10 enterprises, one park, one project.
    assert values == ["&gt; 50", "&gt; 75", "10", "≥ 1", "1"]
    assert 'href="/ke-hoach/#muc-tieu-tien-do"' in section
    assert "mục II-2" in section and "mục III-B-7" in section
    assert "Mục tiêu 50 không ghi năm" in section  # the plan gives no year: the page says so


def test_english_home_shows_the_english_words_of_the_same_records(client):
    values, section = figures(client.get("/en/").content.decode())
    assert values == ["&gt; 50", "&gt; 75", "10", "≥ 1", "1"]
    assert "Enterprises able to become tier-1 or tier-2 suppliers" in section
    assert 'href="/en/plan/#muc-tieu-tien-do"' in section


def test_a_changed_target_changes_the_home_figure(client):
    target = Target.objects.get(
        slug="doanh-nghiep-trong-nuoc-tham-gia-chuoi-gia-tri", locale__language_code="vi"
    )
    target.target_2025 = 12
    target.save()
    values, _ = figures(client.get("/").content.decode())
    assert "12" in values and "10" not in values
