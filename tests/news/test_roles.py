"""Editorial roles through the real admin views: who may edit, submit, approve, publish."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from news.models import NewsPage
from website import roles
from website.models import StandardPage

from .conftest import add_article

pytestmark = pytest.mark.django_db


def user_in(group_name, username=None):
    user = get_user_model().objects.create_user(
        username=username or group_name, email="x@example.org", password="x"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor():
    return user_in(roles.NEWS_EDITORS, "editor")


@pytest.fixture
def approver():
    return user_in(roles.NEWS_APPROVERS, "approver")


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # StreamFields are drawn by JavaScript; an empty stream is enough for these tests.
    for stream in ("body", "related_pages", "key_figures"):
        data.setdefault(f"{stream}-count", "0")
    return data


def post_edit(client, page, action, **changes):
    data = edit_form(client, page)
    for key, value in changes.items():
        data[key] = value
    data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_groups_have_vietnamese_function_names_and_workflow_exists():
    names = set(Group.objects.values_list("name", flat=True))
    assert set(roles.ALL_GROUPS) <= names
    workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.NEWS_APPROVERS]


def test_workflow_is_assigned_to_news_and_events_indexes(news_index, news_index_en, events_index):
    for index in (news_index, news_index_en, events_index):
        assert index.get_workflow().name == roles.WORKFLOW_NAME


def test_ensure_roles_is_idempotent():
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    models = (Group, GroupPagePermission, GroupCollectionPermission)
    before = [model.objects.count() for model in models]
    roles.ensure_roles()
    call_command("setup_editorial_roles", verbosity=0)
    assert [model.objects.count() for model in models] == before


def test_news_editor_can_create_an_article(client, editor, news_index):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])
    assert client.get(url).status_code == 200


def test_news_editor_publish_action_only_saves_a_draft(client, editor, news_index):
    article = add_article(news_index, 1, title="Bài gốc")
    client.force_login(editor)
    response = post_edit(client, article, "action-publish", title="Bài đã sửa")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Bài gốc"  # the live version is unchanged
    assert article.has_unpublished_changes
    assert article.get_latest_revision_as_object().title == "Bài đã sửa"


def test_news_editor_cannot_edit_pages_outside_news(client, editor, home):
    about = StandardPage.objects.live().first() or home
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[about.pk]))
    assert response.status_code in (302, 403)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[home.pk]), {"title": "x"})
    assert response.status_code in (302, 403)
    home.refresh_from_db()
    assert home.title != "x"


def test_news_editor_cannot_unpublish_or_delete(client, editor, news_index):
    article = add_article(news_index, 1)
    client.force_login(editor)
    for name in ("unpublish", "delete"):
        response = client.post(reverse(f"wagtailadmin_pages:{name}", args=[article.pk]))
        assert response.status_code in (302, 403)
    article.refresh_from_db()
    assert article.live


def test_submitted_article_is_not_live_until_an_approver_approves(
    client, editor, approver, news_index
):
    article = add_article(news_index, 1, publish=False, title="Chờ duyệt")
    client.force_login(editor)
    response = post_edit(client, article, "action-submit")
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live
    assert article.workflow_in_progress
    assert client.get("/tin-tuc/bai-thu-1/").status_code == 404

    # The editor cannot approve their own submission.
    task_state = article.current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[article.pk, "approve", task_state.pk]
    )
    client.post(approve, {"comment": ""})
    article.refresh_from_db()
    assert not article.live

    client.force_login(approver)
    response = client.post(approve, {"comment": ""})
    assert response.status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200


def test_news_approver_can_publish(client, approver, news_index):
    article = add_article(news_index, 1, title="Bài gốc")
    client.force_login(approver)
    response = post_edit(client, article, "action-publish", title="Bài duyệt xong")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live and article.title == "Bài duyệt xong"


def test_news_approver_cannot_publish_outside_news(client, approver, home):
    client.force_login(approver)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    assert response.status_code in (302, 403)


def test_policy_editor_edits_policy_section_but_not_news(client, home, news_index):
    section = Page.objects.child_of(home).get(slug="chinh-sach").specific  # the policy finder
    title = section.title
    user = user_in(roles.POLICY_EDITORS, "policy")
    client.force_login(user)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[section.pk])).status_code == 200
    article = NewsPage.objects.child_of(news_index).first()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert response.status_code in (302, 403)
    response = post_edit(client, section, "action-publish", title="Đã đổi")
    section.refresh_from_db()
    assert section.title == title


def test_agency_reporter_has_no_page_rights(client, news_index):
    user = user_in(roles.AGENCY_REPORTERS, "reporter")
    client.force_login(user)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    article = NewsPage.objects.child_of(news_index).first()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert response.status_code in (302, 403)


def test_site_administrator_can_publish_anywhere(client, home):
    user = user_in(roles.SITE_ADMINS, "siteadmin")
    client.force_login(user)
    response = post_edit(client, home, "action-publish", title="Trang chủ mới")
    assert response.status_code == 302
    home.refresh_from_db()
    assert home.title == "Trang chủ mới"


def test_past_scheduled_article_goes_live_with_publish_scheduled(news_index):
    due = add_article(news_index, 1, publish=False, title="Đến giờ đăng")
    later = add_article(news_index, 2, publish=False, title="Chưa đến giờ")
    for page, hours in ((due, 2), (later, 48)):
        page.go_live_at = timezone.now() + datetime.timedelta(hours=hours)
        page.save_revision().publish()  # approved for a future time: stays a draft
        page.refresh_from_db()
        assert not page.live
    # Time passes for the first one: its scheduled time is now a minute ago.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = due.latest_revision
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled", verbosity=0)
    due.refresh_from_db()
    later.refresh_from_db()
    assert due.live
    assert not later.live


def test_scheduled_article_is_not_in_listing_or_feed_before_its_time(client, news_index):
    article = add_article(news_index, 1, publish=False, title="Bài hẹn giờ")
    article.go_live_at = timezone.now() + datetime.timedelta(days=1)
    article.save_revision().publish()
    assert "Bài hẹn giờ" not in client.get("/tin-tuc/").content.decode()
    assert "Bài hẹn giờ" not in client.get("/tin-tuc/feed/rss/").content.decode()


def test_anonymous_visitor_cannot_reach_the_admin(client, news_index):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[news_index.pk]))
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    assert Page.objects.filter(pk=news_index.pk, live=True).exists()


def test_event_edits_follow_the_same_roles(client, editor, approver, events_index):
    from .conftest import add_event

    start = timezone.now() + datetime.timedelta(days=3)
    event = add_event(events_index, "su-kien-thu", start, start + datetime.timedelta(hours=2))
    client.force_login(editor)
    assert (
        client.get(
            reverse("wagtailadmin_pages:add", args=["news", "eventpage", events_index.pk])
        ).status_code
        == 200
    )
    post_edit(client, event, "action-publish", title="Sửa bởi biên tập viên")
    event.refresh_from_db()
    assert event.title == "su-kien-thu"
    client.force_login(approver)
    post_edit(client, event, "action-publish", title="Sửa bởi người duyệt")
    event.refresh_from_db()
    assert event.title == "Sửa bởi người duyệt"
