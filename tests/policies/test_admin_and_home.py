"""Editors can open every page type of the section; the home page leads to the finder."""

from wagtail.test.utils import WagtailPageTestCase

import pytest

from home.models import HomePage
from policies.models import (
    LegalDocumentIndexPage,
    LegalDocumentPage,
    PolicyIndexPage,
    PolicyPage,
)

pytestmark = pytest.mark.django_db


class TestWhereThePagesLive(WagtailPageTestCase):
    def test_library_and_finder_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(LegalDocumentIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(PolicyIndexPage, {HomePage})

    def test_documents_and_policies_live_in_their_index(self):
        self.assertAllowedSubpageTypes(LegalDocumentIndexPage, {LegalDocumentPage})
        self.assertAllowedSubpageTypes(PolicyIndexPage, {PolicyPage})
        self.assertAllowedSubpageTypes(PolicyPage, set())


@pytest.mark.parametrize(
    "model", [LegalDocumentIndexPage, LegalDocumentPage, PolicyIndexPage, PolicyPage]
)
def test_edit_view_opens_for_every_page_type(admin_client, model):
    page = model.objects.filter(locale__language_code="vi").first()
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


@pytest.mark.parametrize(
    "url", ["/admin/snippets/policies/supporttype/", "/admin/snippets/policies/sector/"]
)
def test_facet_values_are_snippets_editors_manage(admin_client, url):
    assert admin_client.get(url).status_code == 200


def test_home_page_leads_to_the_finder_and_questionnaire(client):
    html = client.get("/").content.decode()
    assert 'href="/chinh-sach/"' in html and 'href="/chinh-sach/phu-hop/"' in html
    en = client.get("/en/").content.decode()
    assert 'href="/en/policies/"' in en and 'href="/en/policies/which-fit/"' in en


def test_sections_are_in_the_menu_with_the_design_slugs(client):
    html = client.get("/").content.decode()
    assert 'href="/van-ban/"' in html and 'href="/chinh-sach/"' in html
