"""The plan's page types live only where they belong, and render in both languages."""

from wagtail.test.utils import WagtailPageTestCase

import pytest

from home.models import HomePage
from plan.models import AgencyReportsPage, AnnualReportPage, PlanPage, ReportsIndexPage

pytestmark = pytest.mark.django_db


class TestPlanPageTypes(WagtailPageTestCase):
    def test_plan_page_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(PlanPage, {HomePage})
        self.assertAllowedSubpageTypes(PlanPage, {ReportsIndexPage})

    def test_reports_tree_is_index_then_agency_then_report(self):
        self.assertAllowedParentPageTypes(ReportsIndexPage, {PlanPage})
        self.assertAllowedSubpageTypes(ReportsIndexPage, {AgencyReportsPage})
        self.assertAllowedSubpageTypes(AgencyReportsPage, {AnnualReportPage})
        self.assertAllowedSubpageTypes(AnnualReportPage, set())


@pytest.mark.parametrize(
    ("url", "lang"),
    [
        ("/ke-hoach/", "vi"),
        ("/en/plan/", "en"),
        ("/ke-hoach/co-quan/", "vi"),
        ("/en/plan/co-quan/", "en"),
        ("/ke-hoach/bao-cao/", "vi"),
        ("/en/plan/reports/", "en"),
        ("/ke-hoach/bao-cao/so-cong-thuong/", "vi"),
        ("/ke-hoach/bao-cao/so-cong-thuong/2024/", "vi"),
    ],
)
def test_plan_pages_render_in_their_language(client, url, lang):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert html.count("<h1") == 1


def test_plan_page_and_its_translation_are_linked(client):
    html = client.get("/ke-hoach/").content.decode()
    assert 'hreflang="en"' in html and "/en/plan/" in html
