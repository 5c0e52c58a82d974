"""The policies' demo content is data: a second run writes nothing, --update restores it."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Revision

import pytest

from demo.loader import Loader, read
from demo.sections import policies as section
from policies.models import LegalDocumentPage, PolicyPage, SupportType

pytestmark = pytest.mark.django_db

SLUG = "uu-dai-thue-tndn-du-an-cnht"


def run_section(home, home_en, update=False) -> Loader:
    loader = Loader(update=update)
    section.load(loader, home, home_en)
    return loader


def test_a_plain_second_run_writes_nothing(home, home_en):
    revisions = Revision.objects.count()
    loader = run_section(home, home_en)
    assert (loader.created, loader.updated) == (0, 0), loader.log
    assert Revision.objects.count() == revisions


def test_update_on_an_unchanged_database_writes_nothing(home, home_en):
    revisions = Revision.objects.count()
    loader = run_section(home, home_en, update=True)
    assert (loader.created, loader.updated) == (0, 0), loader.log
    assert Revision.objects.count() == revisions


def test_the_command_reports_nothing_written_on_a_second_run():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert "0 records created, 0 updated" in out.getvalue()


def test_update_restores_a_changed_policy_facet_and_relation(home, home_en):
    policy = read(f"policies/{SLUG}.yaml")
    facets = read("policies/facets.yaml")
    page = PolicyPage.objects.get(slug=SLUG, locale__language_code="vi")
    page.title = "Tiêu đề sửa tay"
    page.reform_note = ""
    page.benefits = []
    page.save_revision().publish()
    english = page.get_translation(home_en.locale).specific
    row = english.legal_basis.first()
    english.legal_basis = [row]  # drop the other rows
    row.note = "Edited by hand"
    english.save_revision().publish()
    tax = SupportType.objects.get(slug="thue", locale__language_code="vi")
    tax.name = "Tên sửa tay"
    tax.save()
    decree = LegalDocumentPage.objects.get(slug="nd-57-2021-nd-cp", locale__language_code="vi")
    relations = [(r.kind, r.target_id, r.target_label) for r in decree.relations.all()]
    assert relations
    decree.relations = []
    decree.save_revision().publish()
    revisions = page.revisions.count()

    loader = run_section(home, home_en, update=True)

    page = PolicyPage.objects.get(pk=page.pk)
    assert page.title == policy["vi"]["title"]
    assert page.reform_note == policy["vi"]["reform_note"]
    assert [b.value["label"] for b in page.benefits] == [
        b["label"]["vi"] for b in policy["benefits"]
    ]
    assert page.revisions.count() == revisions + 1
    assert page.live_revision == page.latest_revision
    english = PolicyPage.objects.get(pk=english.pk)
    assert [r.note for r in english.legal_basis.all()] == [
        r.get("note", {}).get("en", "") for r in policy["legal_basis"]
    ]
    # The English rows are still translations of the Vietnamese ones.
    assert [r.translation_key for r in english.legal_basis.all()] == [
        r.translation_key for r in page.legal_basis.all()
    ]
    tax.refresh_from_db()
    assert tax.name == facets["support_types"][0]["vi"]["name"]
    decree = LegalDocumentPage.objects.get(pk=decree.pk)
    assert [(r.kind, r.target_id, r.target_label) for r in decree.relations.all()] == relations
    assert loader.updated == 4, loader.log

    again = run_section(home, home_en, update=True)
    assert (again.created, again.updated) == (0, 0), again.log
