"""Yearly reports: the strict cut-off in Vietnam time, the public status page, and the
roles (website.roles) that let an agency's reporters write only their own agency's reports."""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from plan.models import AgencyReportsPage, AnnualReportPage, ReportsIndexPage
from plan.models.reports import LATE, NOT_DUE, ON_TIME, OVERDUE, report_timing
from website import roles
from website.models import Agency, AgencyReporters

from .helpers import page_text

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
ICT = ZoneInfo("Asia/Ho_Chi_Minh")


def at(*args, tz=ICT):
    return datetime.datetime(*args, tzinfo=tz)


def test_a_report_on_the_cut_off_day_is_late():
    assert report_timing(at(2024, 12, 14, 23, 59), 2024) == ON_TIME
    assert report_timing(at(2024, 12, 15, 0, 0), 2024) == LATE
    assert report_timing(at(2024, 12, 15, 8, 0), 2024) == LATE
    assert report_timing(at(2025, 1, 3, 8, 0), 2024) == LATE


def test_the_cut_off_is_in_vietnam_time_not_utc():
    # 16:30 UTC on the 14th is 23:30 in Hà Nội: still on time.
    assert report_timing(at(2024, 12, 14, 16, 30, tz=UTC), 2024) == ON_TIME
    # 17:30 UTC on the 14th is already 00:30 on the 15th in Hà Nội: late.
    assert report_timing(at(2024, 12, 14, 17, 30, tz=UTC), 2024) == LATE


def test_overdue_only_once_the_cut_off_has_passed_in_vietnam():
    assert report_timing(None, 2024, now=at(2024, 12, 14, 16, 59, tz=UTC)) == NOT_DUE
    assert report_timing(None, 2024, now=at(2024, 12, 14, 17, 0, tz=UTC)) == OVERDUE


def test_the_cut_off_day_is_editable():
    assert report_timing(at(2024, 12, 15, 8), 2024, day=20) == ON_TIME
    assert report_timing(at(2024, 11, 30, 8), 2024, day=1, month=12) == ON_TIME


@pytest.fixture
def reports_index():
    index = ReportsIndexPage.objects.get(locale__language_code="vi")
    index.first_year, index.last_year = 2024, 2026
    index.save()
    return index


def add_agency(slug, **fields):
    vi = Agency.objects.get(slug="so-cong-thuong", locale__language_code="vi").locale
    return Agency.objects.create(slug=slug, name=slug.upper(), locale=vi, reports_annually=True,
                                 **fields)  # fmt: skip


def add_reports_page(index, agency):
    page = AgencyReportsPage(title=agency.name, slug=agency.slug, agency=agency)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_report(parent, year, submitted_at):
    report = AnnualReportPage(title=f"Báo cáo {year}", slug=str(year), year=year,
                              submitted_at=submitted_at)  # fmt: skip
    parent.add_child(instance=report)
    report.save_revision().publish()
    return report


def test_year_rows_sort_out_on_time_late_and_overdue(reports_index):
    on_time = add_reports_page(reports_index, add_agency("co-quan-a"))
    late = add_reports_page(reports_index, add_agency("co-quan-b"))
    add_reports_page(reports_index, add_agency("co-quan-c"))
    add_agency("co-quan-gone", valid_to=datetime.date(2024, 3, 1))  # gone before the cut-off
    add_report(on_time, 2025, at(2025, 12, 14, 16, 0, tz=UTC))
    add_report(late, 2025, at(2025, 12, 14, 18, 0, tz=UTC))
    rows = {r["agency"].slug: r["status"] for r in reports_index.year_rows(2025)}
    assert rows["co-quan-a"] == ON_TIME
    assert rows["co-quan-b"] == LATE
    assert rows["co-quan-c"] == OVERDUE  # the clock says late 2026: the 2025 cut-off passed
    assert "co-quan-gone" not in rows
    before = reports_index.year_rows(2025, now=at(2025, 12, 1, 0, 0))
    assert {r["agency"].slug: r["status"] for r in before}["co-quan-c"] == NOT_DUE


def test_public_year_page_shows_who_reported(client, reports_index, django_assert_max_num_queries):
    page = add_reports_page(reports_index, add_agency("co-quan-a"))
    add_report(page, 2025, at(2025, 12, 15, 9, 0))
    client.get("/ke-hoach/bao-cao/2025/")
    with django_assert_max_num_queries(25) as baseline:
        response = client.get("/ke-hoach/bao-cao/2025/")
    count = len(baseline)  # read now: the connection's query log is a bounded deque
    text = page_text(response)
    assert "CO-QUAN-A" in text
    assert "Muộn" in text or "Late" in text
    assert "15" in text and "12" in text  # the rule is stated
    for n in range(15):
        add_report(add_reports_page(reports_index, add_agency(f"them-{n}")), 2025, None)
    client.get("/ke-hoach/bao-cao/2025/")  # publishing clears the menu cache: warm it again
    with django_assert_max_num_queries(count):
        assert "THEM-14" in client.get("/ke-hoach/bao-cao/2025/").content.decode()


def test_demo_reports_show_no_real_body_late_or_overdue(client):
    index = ReportsIndexPage.objects.get(locale__language_code="vi")
    for year in index.years():
        rows = index.year_rows(year)
        assert rows
        assert {r["status"] for r in rows} == {ON_TIME}
        assert all(r["report"].is_sample for r in rows)
    text = page_text(client.get(f"/ke-hoach/bao-cao/{index.years()[0]}/"))
    assert "Nội dung mẫu" in text or "Sample content" in text


@pytest.mark.parametrize("year", ["abc", "-1", "99999999999999999999", "1999", "%00"])
def test_year_route_answers_hostile_input(client, year):
    assert client.get(f"/ke-hoach/bao-cao/{year}/").status_code == 404


def test_english_reports_page_reads_the_vietnamese_reports(client):
    index = ReportsIndexPage.objects.get(locale__language_code="vi")
    response = client.get(f"/en/plan/reports/{index.years()[0]}/")
    assert response.status_code == 200
    assert "Vinh Phuc Department of Industry and Trade" in page_text(response)


# -- rights, through the real admin views ---------------------------------------------------
def make_user(name, group):
    user = get_user_model().objects.create_user(username=name, password="x", email=f"{name}@t.vn")
    user.groups.add(group)
    return user


def reporters_of(page):
    """The group website.roles made for the page's agency when it was saved."""
    return AgencyReporters.objects.get(agency=page.agency).group


@pytest.fixture
def two_agencies(reports_index):
    pages = [add_reports_page(reports_index, add_agency(s)) for s in ("quyen-a", "quyen-b")]
    return reports_index, *pages


def report_form(year, action=None):
    data = nested_form_data({
        "title": f"Báo cáo {year}", "slug": str(year), "year": year,
        "submitted_at": "2025-12-10 09:00", "summary": "Tóm tắt", "introduction": "",
        "body": rich_text("<p>Nội dung</p>"), "attachments": streamfield([]),
    })  # fmt: skip
    if action:
        data[action] = "1"
    return data


def test_reporter_writes_only_their_own_agency_report(client, two_agencies):
    _index, page_a, page_b = two_agencies
    reporter = make_user("reporter_a", reporters_of(page_a))
    client.force_login(reporter)
    add_a = f"/admin/pages/add/plan/annualreportpage/{page_a.pk}/"
    add_b = f"/admin/pages/add/plan/annualreportpage/{page_b.pk}/"
    assert client.get(add_a).status_code == 200
    response = client.post(add_a, report_form(2025))
    assert response.status_code == 302
    draft = AnnualReportPage.objects.child_of(page_a).get(year=2025)
    assert not draft.live  # a reporter cannot publish
    assert draft.submitted_at is None  # nor date their own report
    assert client.get(add_b).status_code == 302  # permission denied: back to the dashboard
    client.post(add_b, report_form(2025))
    assert not AnnualReportPage.objects.child_of(page_b).exists()
    other = add_report(page_b, 2024, at(2024, 12, 1, 9))
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code == 302
    assert client.get(f"/admin/pages/{draft.pk}/edit/").status_code == 200
    # A second report for the same year is refused, whatever its slug.
    second = report_form(2025)
    second["slug"] = "bao-cao-2025-lan-2"
    response = client.post(add_a, second)
    assert response.status_code == 200
    assert AnnualReportPage.objects.child_of(page_a).filter(year=2025).count() == 1


def test_reviewers_see_and_publish_every_agency_report(client, two_agencies):
    index, page_a, page_b = two_agencies
    reviewer = make_user("reviewer", Group.objects.get(name=roles.REPORT_REVIEWERS))
    report = AnnualReportPage(title="Báo cáo 2025", slug="2025", year=2025, live=False)
    page_b.add_child(instance=report)
    report.save_revision()
    client.force_login(reviewer)
    assert client.get(f"/admin/pages/{page_a.pk}/").status_code == 200
    response = client.post(f"/admin/pages/{report.pk}/edit/", report_form(2025, "action-publish"))
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.live
    # The reviewer records when it arrived (the form's time is Vietnam time).
    assert report.submitted_at == at(2025, 12, 10, 9)


def test_english_year_page_lists_an_agency_not_translated_yet_in_vietnamese(client, reports_index):
    """The translation rule: the source agency's facts (reporting duty, its report) with
    its English words where translated, else its Vietnamese name marked lang="vi"."""
    page = add_reports_page(reports_index, add_agency("co-quan-moi"))
    add_report(page, 2025, at(2025, 12, 1, 9, 0))
    index_en = ReportsIndexPage.objects.get(locale__language_code="en")
    index_en.first_year, index_en.last_year = 2024, 2026
    index_en.save()
    rows = {r["agency"].slug: r for r in index_en.year_rows(2025)}
    assert rows["co-quan-moi"]["status"] == ON_TIME
    assert rows["co-quan-moi"]["agency"].lang["name"] == "vi"
    industry = rows["so-cong-thuong"]["agency"]
    assert industry.name == Agency.objects.get(slug="so-cong-thuong", locale=index_en.locale).name
    assert industry.lang["name"] is None
    html = client.get(f"{index_en.url}2025/").content.decode()
    assert '<th scope="row" lang="vi">CO-QUAN-MOI</th>' in html
