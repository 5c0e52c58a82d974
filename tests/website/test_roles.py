"""Every role against the admin views it may or may not reach, through the real admin.

One row per group, one column per view: a member logs in (``force_login``) and opens the
view; 200 means allowed, a redirect to the dashboard or a 403 means denied. Then the
reporting groups' life (driven by ``Agency.reports_annually``), translation rights, and
the roles on a database without demo content.
"""

import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.urls import reverse

from wagtail.models import GroupPagePermission, Locale, Page, Workflow
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import TranslationSource

import pytest

from news.models import EventPage, NewsCategory, NewsPage
from plan.models import AgencyReportsPage, AnnualReportPage
from policies.models import LegalDocumentPage, PolicyPage
from website import roles
from website.models import Agency, AgencyReporters

pytestmark = pytest.mark.django_db

OWN_AGENCY, OTHER_AGENCY = "so-cong-thuong", "so-tai-chinh"
OWN_REPORTERS = "own agency's reporters"  # the generated group of OWN_AGENCY


def vi(model):
    return model.objects.filter(locale__language_code="vi").order_by("pk").first()


def report_of(slug):
    page = AgencyReportsPage.objects.get(agency__slug=slug, locale__language_code="vi")
    return AnnualReportPage.objects.child_of(page).first()


def group_named(name):
    if name == OWN_REPORTERS:
        return AgencyReporters.objects.get(agency__slug=OWN_AGENCY).group
    return Group.objects.get(name=name)


def member_of(name, username="member"):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(group_named(name))
    return user


def pages():
    return {
        "news": vi(NewsPage),
        "events": vi(EventPage),
        "policies": vi(PolicyPage),
        "legal": vi(LegalDocumentPage),
        "report": report_of(OWN_AGENCY),
        "other report": report_of(OTHER_AGENCY),
    }


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def allowed(response):
    if response.status_code == 200:
        return True
    assert denied(response), response.status_code
    return False


def denied(response):
    """The admin answers a refusal with a 403, or a redirect to the dashboard or sign-in."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and (
        response["Location"] == reverse("wagtailadmin_home") or "/login/" in response["Location"]
    )


def check(client, view):
    """Whether the logged-in user may use ``view``, asked of the admin itself."""
    kind, _, target = view.partition(":")
    if kind == "dashboard":
        return allowed(client.get(reverse("wagtailadmin_home")))
    if kind == "snippets":
        return allowed(client.get(reverse(f"wagtailsnippets_{target}:list")))
    if kind == "settings":
        app_label, model_name = target.split(".")
        pk = apps.get_model(app_label, model_name).load().pk
        return allowed(
            client.get(reverse("wagtailsettings:edit", args=[app_label, model_name, pk]))
        )
    page = pages()[target]
    if kind == "edit":
        return allowed(client.get(edit_url(page)))
    if kind == "publish":  # the edit view offers "Publish" only to those who may
        response = client.get(edit_url(page))
        return allowed(response) and 'name="action-publish"' in response.content.decode()
    if kind == "delete":
        return allowed(client.get(reverse("wagtailadmin_pages:delete", args=[page.pk])))
    if kind == "translate":
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        return allowed(client.get(url))
    raise AssertionError(view)


SECTIONS = ["news", "events", "policies", "legal", "report", "other report"]
VIEWS = [
    "dashboard",
    *(f"{kind}:{section}" for section in SECTIONS for kind in ("edit", "publish", "delete")),
    "translate:news",
    "translate:policies",
    "snippets:news_newscategory",
    "snippets:website_agency",
    "snippets:plan_task",
    "settings:website.portalsettings",
]
ALLOWED = {
    roles.NEWS_EDITORS: {
        "edit:news",
        "edit:events",
        "translate:news",
        "snippets:news_newscategory",
    },
    # Wagtail lets those who may publish a section delete its leaf pages.
    roles.NEWS_APPROVERS: {
        "edit:news",
        "edit:events",
        "publish:news",
        "publish:events",
        "delete:news",
        "delete:events",
        "translate:news",
        "snippets:news_newscategory",
    },
    roles.POLICY_EDITORS: {"edit:policies", "edit:legal", "translate:policies"},
    roles.REPORT_REVIEWERS: {
        "edit:report",
        "publish:report",
        "delete:report",
        "edit:other report",
        "publish:other report",
        "delete:other report",
    },
    roles.AGENCY_REPORTERS: set(),
    OWN_REPORTERS: {"edit:report"},
    roles.SITE_ADMINS: set(VIEWS),
}


@pytest.mark.parametrize("group", list(ALLOWED))
def test_permission_matrix(client, group):
    client.force_login(member_of(group))
    expected = ALLOWED[group] | {"dashboard"}
    actual = {view for view in VIEWS if check(client, view)}
    assert actual == expected, (
        f"{group}: wrongly allowed {sorted(actual - expected)}, "
        f"wrongly denied {sorted(expected - actual)}"
    )


def test_every_group_is_in_the_matrix():
    generated = set(AgencyReporters.objects.values_list("group__name", flat=True))
    function = set(Group.objects.exclude(name__in=generated).values_list("name", flat=True))
    # Wagtail's own default groups are left as Wagtail creates them.
    assert function - {"Editors", "Moderators"} == set(roles.ALL_GROUPS)
    assert set(ALLOWED) - {OWN_REPORTERS} == set(roles.ALL_GROUPS)


def test_no_group_is_named_in_english_or_after_a_body_that_no_longer_reports():
    names = list(Group.objects.values_list("name", flat=True))
    assert not [n for n in names if n.startswith(("Agency reporters", "Plan report"))]
    current = [a for a in Agency.objects.filter(locale__language_code="vi", reports_annually=True)
               if a.is_current()]  # fmt: skip
    assert current
    expected = {roles.REPORTERS_OF.format(a.short_name or a.name) for a in current}
    assert set(AgencyReporters.objects.values_list("group__name", flat=True)) == expected
    merged = Agency.objects.get(slug="so-ke-hoach-va-dau-tu", locale__language_code="vi")
    assert not merged.is_current()
    assert not AgencyReporters.objects.filter(agency=merged).exists()


def test_each_reporting_group_has_its_agency_pages_and_collection_only():
    for link in AgencyReporters.objects.select_related("agency", "group", "collection"):
        rights = GroupPagePermission.objects.filter(group=link.group)
        assert {r.permission.codename for r in rights} == {"add_page", "change_page"}
        assert {r.page.specific.agency.translation_key for r in rights} == {
            link.agency.translation_key
        }
        collections = {c.collection for c in link.group.collection_permissions.all()}
        assert collections == {link.collection}
        assert link.collection.name == roles.REPORTS_COLLECTION_OF.format(link.agency.short_name)


# -- reporters follow their agency ---------------------------------------------------------
def test_a_new_reporting_agency_gets_a_group_with_rights_on_its_reports_page(client):
    vi_locale = Locale.objects.get(language_code="vi")
    agency = Agency.objects.create(
        slug="so-moi", name="Sở Mới", short_name="Sở Mới", locale=vi_locale, reports_annually=True
    )
    link = AgencyReporters.objects.get(agency=agency)
    assert link.group.name == "Cán bộ báo cáo: Sở Mới"
    index = report_of(OWN_AGENCY).get_parent().get_parent()
    page = AgencyReportsPage(title="Sở Mới", slug="so-moi", agency=agency)
    index.add_child(instance=page)
    page.save_revision().publish()  # publishing the page grants the rights on it
    user = get_user_model().objects.create_user(username="moi", password="x")
    user.groups.add(link.group)
    client.force_login(user)
    add = reverse("wagtailadmin_pages:add", args=["plan", "annualreportpage", page.pk])
    assert client.get(add).status_code == 200
    other = report_of(OWN_AGENCY).get_parent()
    add_other = reverse("wagtailadmin_pages:add", args=["plan", "annualreportpage", other.pk])
    assert client.get(add_other).status_code == 302


def test_renaming_an_agency_renames_its_group_and_keeps_its_members():
    agency = Agency.objects.get(slug=OWN_AGENCY, locale__language_code="vi")
    link = AgencyReporters.objects.get(agency=agency)
    user = member_of(OWN_REPORTERS)
    agency.short_name = "Sở Công Thương tỉnh Phú Thọ"
    agency.save()
    group = Group.objects.get(pk=link.pk)
    assert group.name == "Cán bộ báo cáo: Sở Công Thương tỉnh Phú Thọ"
    assert user in group.user_set.all()
    link.refresh_from_db()
    assert link.collection.name == "Báo cáo: Sở Công Thương tỉnh Phú Thọ"


@pytest.mark.parametrize(
    "change", [{"reports_annually": False}, {"valid_to": datetime.date(2025, 6, 30)}]
)
def test_a_body_that_stops_reporting_or_ceases_loses_its_group(client, change):
    agency = Agency.objects.get(slug=OWN_AGENCY, locale__language_code="vi")
    user = member_of(OWN_REPORTERS)
    for field, value in change.items():
        setattr(agency, field, value)
    agency.save()
    assert not AgencyReporters.objects.filter(agency=agency).exists()
    assert not user.groups.exists()
    client.force_login(user)
    assert client.get(edit_url(report_of(OWN_AGENCY))).status_code == 302


# -- translation: what one may edit, and no more -------------------------------------------
def test_news_editor_translates_their_article_but_cannot_publish_the_translation(client):
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code="vi")
    article = NewsPage(title="Bài cần dịch", slug="bai-can-dich", date=datetime.date(2026, 11, 1))
    index.add_child(instance=article)
    article.save_revision().publish()
    client.force_login(member_of(roles.NEWS_EDITORS))
    url = reverse("wagtail_localize:submit_page_translation", args=[article.pk])
    english = Locale.objects.get(language_code="en")
    response = client.post(url, {"locales": [english.pk]})
    assert response.status_code == 302
    translation = NewsPage.objects.get(translation_key=article.translation_key, locale=english)
    assert not translation.live
    assert client.get(edit_url(translation)).status_code == 200  # the translation editor
    assert denied(client.post(edit_url(translation), {"action": "publish"}))
    translation.refresh_from_db()
    assert not translation.live


def test_sync_and_publish_is_refused_to_those_who_may_not_publish(client):
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code="vi")
    article = NewsPage(title="Bài đồng bộ", slug="bai-dong-bo", date=datetime.date(2026, 11, 1))
    index.add_child(instance=article)
    article.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    client.force_login(member_of(roles.NEWS_APPROVERS, "approver"))
    submit = reverse("wagtail_localize:submit_page_translation", args=[article.pk])
    assert client.post(submit, {"locales": [english.pk]}).status_code == 302
    source = TranslationSource.objects.get_for_instance(article)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])

    client.force_login(member_of(roles.NEWS_EDITORS, "editor"))
    assert client.get(sync).status_code == 200  # syncing a draft is editing
    assert denied(client.post(sync, {"publish_translations": "on"}))
    translation = NewsPage.objects.get(translation_key=article.translation_key, locale=english)
    assert not translation.live

    # An approver passes the check (wagtail-localize then publishes only a translation
    # whose segments are all translated: that is its rule, not a right).
    client.force_login(get_user_model().objects.get(username="approver"))
    response = client.post(sync, {"publish_translations": "on"})
    assert response.status_code == 302 and not denied(response)


def test_snippet_translation_needs_the_right_to_edit_that_snippet(client):
    category = vi(NewsCategory)
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["news", "newscategory", category.pk],
    )
    client.force_login(member_of(roles.POLICY_EDITORS, "policy"))
    assert denied(client.get(url))
    client.force_login(member_of(roles.NEWS_EDITORS, "editor"))
    assert client.get(url).status_code == 200


# -- any database ------------------------------------------------------------------------
def test_roles_are_made_after_migrate_without_any_content():
    Group.objects.filter(name__in=roles.ALL_GROUPS).delete()
    Workflow.objects.filter(name=roles.WORKFLOW_NAME).delete()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert set(roles.ALL_GROUPS) <= set(Group.objects.values_list("name", flat=True))
    task = Workflow.objects.get(name=roles.WORKFLOW_NAME).tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.NEWS_APPROVERS]


def test_publishing_a_section_grants_its_roles(client):
    section = vi(PolicyPage).get_parent().specific
    GroupPagePermission.objects.filter(group__name=roles.POLICY_EDITORS).delete()
    section.save_revision().publish()
    client.force_login(member_of(roles.POLICY_EDITORS))
    assert client.get(edit_url(vi(PolicyPage))).status_code == 200


def test_setup_editorial_roles_changes_nothing_the_second_time():
    call_command("setup_editorial_roles", verbosity=0)
    counts = [GroupPagePermission.objects.count(), Group.objects.count(), Page.objects.count()]
    call_command("setup_editorial_roles", verbosity=0)
    assert counts == [
        GroupPagePermission.objects.count(),
        Group.objects.count(),
        Page.objects.count(),
    ]


def test_a_submitted_report_waits_for_a_report_reviewer(client):
    report = report_of(OWN_AGENCY)
    client.force_login(member_of(OWN_REPORTERS, "reporter"))
    response = client.get(edit_url(report))
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for stream in ("attachments", "body", "related_pages", "key_figures"):
        data.setdefault(f"{stream}-count", "0")
    data["action-submit"] = "1"
    assert client.post(edit_url(report), data).status_code == 302
    report.refresh_from_db()
    task_state = report.current_workflow_task_state
    assert task_state.workflow_state.workflow.name == roles.REPORTS_WORKFLOW_NAME
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[report.pk, "approve", task_state.pk]
    )
    client.post(approve, {"comment": ""})
    report.refresh_from_db()
    assert report.workflow_in_progress  # a reporter cannot approve their own report
    client.force_login(member_of(roles.REPORT_REVIEWERS, "reviewer"))
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    report.refresh_from_db()
    assert not report.workflow_in_progress
