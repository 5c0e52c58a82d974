"""Everything is editable in the admin, and the demo loader is idempotent."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import Collection, GroupPagePermission

import pytest

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
