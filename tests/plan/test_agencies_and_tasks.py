"""Agencies named by the plan, their task lists, and the task filters."""

import pytest

from plan.models import Task
from website.models import Agency

from .helpers import page_text

pytestmark = pytest.mark.django_db

SLUGS = [
    "so-cong-thuong", "so-ke-hoach-va-dau-tu", "so-tai-chinh", "so-khoa-hoc-va-cong-nghe",
    "so-lao-dong-thuong-binh-va-xa-hoi", "so-thong-tin-va-truyen-thong",
    "so-tai-nguyen-va-moi-truong", "so-giao-thong-van-tai", "so-xay-dung", "so-noi-vu",
    "ban-quan-ly-cac-khu-cong-nghiep", "ngan-hang-nha-nuoc-chi-nhanh-vinh-phuc",
    "so-giao-duc-va-dao-tao", "dai-phat-thanh-truyen-hinh-vinh-phuc", "bao-vinh-phuc",
    "cac-so-ban-nganh-khac", "ubnd-cac-huyen-thanh-pho", "cac-doanh-nghiep",
    "so-nong-nghiep-va-moi-truong",
]  # fmt: skip


def test_every_agency_exists_in_both_languages_without_invented_contacts():
    for code in ("vi", "en"):
        agencies = Agency.objects.filter(locale__language_code=code)
        assert sorted(agencies.values_list("slug", flat=True)) == sorted(SLUGS)
        assert not agencies.exclude(phone="", email="", address="").exists()
    en = Agency.objects.get(slug="so-tai-chinh", locale__language_code="en")
    assert en.name == "Vinh Phuc Department of Finance"


def test_reporting_duty_follows_section_iv_4():
    reporting = set(
        Agency.objects.filter(locale__language_code="vi", reports_annually=True).values_list(
            "slug", flat=True
        )
    )
    for slug in ("bao-vinh-phuc", "dai-phat-thanh-truyen-hinh-vinh-phuc", "cac-doanh-nghiep"):
        assert slug not in reporting
    for slug in ("so-cong-thuong", "ban-quan-ly-cac-khu-cong-nghiep", "ubnd-cac-huyen-thanh-pho"):
        assert slug in reporting


@pytest.mark.parametrize(
    "merged,successor",
    [
        ("so-thong-tin-va-truyen-thong", "so-khoa-hoc-va-cong-nghe"),
        ("so-ke-hoach-va-dau-tu", "so-tai-chinh"),
        ("so-lao-dong-thuong-binh-va-xa-hoi", "so-noi-vu"),
        ("so-giao-thong-van-tai", "so-xay-dung"),
        ("so-tai-nguyen-va-moi-truong", "so-nong-nghiep-va-moi-truong"),
    ],
)
def test_merged_bodies_link_to_their_successor_in_both_languages(client, merged, successor):
    for code, prefix in (("vi", "/ke-hoach"), ("en", "/en/plan")):
        agency = Agency.objects.get(slug=merged, locale__language_code=code)
        assert agency.successor.slug == successor
        assert agency.successor.locale_id == agency.locale_id
        response = client.get(f"{prefix}/co-quan/{merged}/")
        assert f'href="{prefix}/co-quan/{successor}/"' in response.content.decode()


def test_district_level_ended_in_july_2025():
    agency = Agency.objects.get(slug="ubnd-cac-huyen-thanh-pho", locale__language_code="vi")
    assert str(agency.valid_to) == "2025-06-30"


def test_every_agency_page_lists_its_tasks(client):
    for agency in Agency.objects.filter(locale__language_code="vi"):
        response = client.get(f"/ke-hoach/co-quan/{agency.slug}/")
        assert response.status_code == 200
        content = response.content.decode()
        tasks = Task.objects.filter(lead_agency=agency, locale=agency.locale)
        for task in tasks:
            assert f'id="task-{task.pk}"' in content
        if tasks:
            assert "Nhiệm vụ chủ trì" in content or "Tasks it leads" in content
    # Cooperating bodies see the tasks that name them.
    content = client.get("/ke-hoach/co-quan/so-giao-duc-va-dao-tao/").content.decode()
    assert "phối hợp với Sở Giáo dục và Đào tạo" in content
    content = client.get("/ke-hoach/co-quan/bao-vinh-phuc/").content.decode()
    assert "Báo Vĩnh Phúc và các cơ quan truyền thông" in content


def test_every_task_group_has_its_lead():
    assert set(Task.objects.values_list("group", flat=True)) == {
        "III-B-1", "III-B-2", "III-B-3", "III-B-4", "III-B-5", "III-B-6", "III-B-7", "III-B-8",
        "III-B-9", "III-B-10", "III-B-11", "III-B-12", "III-B-13a", "III-B-13b", "III-B-14",
        "III-B-15",
    }  # fmt: skip


def test_unknown_agency_is_404(client):
    assert client.get("/ke-hoach/co-quan/khong-co/").status_code == 404


def make_tasks(count, status=Task.Status.NOT_STARTED):
    lead = Agency.objects.get(slug="so-xay-dung", locale__language_code="vi")
    coop = Agency.objects.get(slug="so-noi-vu", locale__language_code="vi")
    for n in range(count):
        Task(group="III-B-10", sort_order=50 + n, text=f"Việc thử {n}", lead_agency=lead,
             status=status, cooperating_agencies=[coop]).save()  # fmt: skip


def test_filter_by_agency_and_status(client):
    make_tasks(3, status=Task.Status.DONE)
    response = client.get("/ke-hoach/nhiem-vu/?agency=so-xay-dung&status=done")
    text = page_text(response)
    assert "3 nhiệm vụ" in text or "3 tasks" in text
    assert "Việc thử 2" in text
    # Cooperating agency sees them too; another status hides them.
    assert "Việc thử 2" in page_text(client.get("/ke-hoach/nhiem-vu/?agency=so-noi-vu"))
    assert "Việc thử 2" not in page_text(client.get("/ke-hoach/nhiem-vu/?status=ongoing"))
    # Filtering by group.
    text = page_text(client.get("/ke-hoach/nhiem-vu/?group=III-B-3"))
    assert "3 nhiệm vụ" in text or "3 tasks" in text
    # The form keeps the choice (shareable URL, no JavaScript).
    content = response.content.decode()
    assert '<option value="so-xay-dung" selected>' in content
    assert '<option value="done" selected>' in content


def test_task_list_is_paginated_and_keeps_filters(client):
    make_tasks(45)
    content = client.get("/ke-hoach/nhiem-vu/?agency=so-xay-dung&page=2").content.decode()
    assert "agency=so-xay-dung&amp;page=3" in content


def test_task_list_and_agency_page_query_counts_are_flat(client, django_assert_max_num_queries):
    urls = ["/ke-hoach/nhiem-vu/?agency=so-xay-dung", "/ke-hoach/co-quan/so-xay-dung/"]
    baselines = []
    for url in urls:
        client.get(url)
        with django_assert_max_num_queries(25) as baseline:
            client.get(url)
        baselines.append(len(baseline))
    make_tasks(60)
    for url, count in zip(urls, baselines, strict=True):
        with django_assert_max_num_queries(count):
            assert "Việc thử" in client.get(url).content.decode()


def test_task_progress_shows_on_the_plan_and_sample_updates_are_labelled(client):
    task = Task.objects.filter(group="III-B-3", locale__language_code="vi").first()
    task.status, task.latest_update, task.update_is_sample = "in_progress", "Đã trình", True
    task.save()
    text = page_text(client.get("/ke-hoach/"))
    assert "Đang triển khai" in text and "Đã trình" in text
    assert "Nội dung mẫu" in text
