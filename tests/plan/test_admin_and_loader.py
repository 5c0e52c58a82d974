"""Everything is editable in the admin, and the demo loader is idempotent: a second run writes
nothing, and --update brings changed records back to the content files."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Collection, GroupPagePermission

import pytest

from demo.loader import Loader, read
from demo.sections import plan as plan_section
from plan.models import PlanPage, ReportsIndexPage, Target, TargetValue, Task
from website.models import Agency

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("chief", "chief@t.vn", "x")
    client.force_login(user)
    return client


def test_plan_records_are_editable_in_the_admin(admin_client):
    task = Task.objects.first()
    target = Target.objects.filter(locale__language_code="vi").first()
    agency = Agency.objects.filter(locale__language_code="vi").first()
    plan = PlanPage.objects.get(locale__language_code="vi")
    index = ReportsIndexPage.objects.get(locale__language_code="vi")
    urls = [
        "/admin/snippets/plan/task/",
        "/admin/snippets/plan/task/?status=not_reported&group=III-B-1",
        f"/admin/snippets/plan/task/edit/{task.pk}/",
        "/admin/snippets/plan/target/",
        f"/admin/snippets/plan/target/edit/{target.pk}/",
        "/admin/snippets/website/agency/",
        f"/admin/snippets/website/agency/edit/{agency.pk}/",
        f"/admin/pages/{plan.pk}/edit/",
        f"/admin/pages/{index.pk}/edit/",
    ]
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url


def test_second_demo_load_changes_nothing():
    models = (Task, Target, TargetValue, Agency, Group, GroupPagePermission, Collection)
    counts = [m.objects.count() for m in models]
    call_command("load_demo_content", verbosity=0)
    assert counts == [m.objects.count() for m in models]


def test_a_second_run_of_the_plan_section_writes_nothing(home, home_en):
    loader = Loader()
    plan_section.load(loader, home, home_en)
    assert (loader.created, loader.updated) == (0, 0), loader.log


def test_update_brings_changed_plan_records_back_to_the_files(home, home_en):
    task = Task.objects.get(locale__language_code="vi", group="III-B-1", sort_order=4)
    task_en = Task.objects.get(translation_key=task.translation_key, locale__language_code="en")
    text, text_en = task.text, task_en.text
    task.text, task_en.text = "Sửa nhầm", "Edited by mistake"
    task.save()
    task_en.save()
    agency = Agency.objects.get(slug="so-giao-thong-van-tai", locale__language_code="vi")
    agency.valid_to, agency.successor = None, None
    agency.save()
    target = Target.objects.get(slug="nha-cung-ung-cap-1-cap-2", locale__language_code="vi")
    target.target_2030 = 70  # the press figure; the plan says 75
    target.save()
    plain = Loader()
    plan_section.load(plain, home, home_en)
    assert plain.updated == 0  # without --update an edited record is the editors'
    assert Task.objects.get(pk=task.pk).text == "Sửa nhầm"

    call_command("load_demo_content", update=True, verbosity=0)

    assert Task.objects.get(pk=task.pk).text == text
    assert Task.objects.get(pk=task_en.pk).text == text_en
    assert text_en == read("plan/tasks-en.yaml")["III-B-1-4"]
    agency.refresh_from_db()
    assert str(agency.valid_to) == "2025-02-28"
    assert agency.successor.slug == "so-xay-dung"
    target.refresh_from_db()
    assert target.target_2030 == 75
    # Back at the files' state, another --update writes nothing.
    again = Loader(update=True)
    plan_section.load(again, home, home_en)
    assert (again.created, again.updated) == (0, 0), again.log


def test_demo_gives_each_reporting_agency_its_reporters_group():
    """The groups come from website.roles, for the bodies that report and still exist."""
    index = ReportsIndexPage.objects.get(locale__language_code="vi")
    for page in index.get_children().specific():
        rights = GroupPagePermission.objects.filter(page=page)
        if not page.agency.is_current():
            assert not rights.exists()  # a merged body has no reporters any more
            continue
        assert {r.permission.codename for r in rights} == {"add_page", "change_page"}
        group = rights.first().group
        assert group.name == f"Cán bộ báo cáo: {page.agency.short_name}"
        # Their files go to their own collection only.
        assert {c.collection.name for c in group.collection_permissions.all()} == {
            f"Báo cáo: {page.agency.short_name}"
        }
    assert GroupPagePermission.objects.filter(
        page=index, permission__codename="publish_page"
    ).exists()
