"""Editorial roles: Wagtail groups named by function, not by department.

The 2025 reorganisation merged departments (Information and Communications went into
Science and Technology), so a group named after a department would soon be wrong.

- The groups, the approval task and the workflow are created by the data migration
  ``news/migrations/0002_editorial_roles.py`` (so they exist on every database).
- Their rights depend on rows that appear later (auth permissions are created after
  migrations; the section pages are created by editors or by the demo loader), so
  ``ensure_editorial_roles()`` grants them. It is idempotent and runs after every
  ``migrate`` (post_migrate, see apps.py), at the end of ``load_demo_content`` and via
  ``manage.py setup_editorial_roles``. It grants only on pages that exist; run it again
  after creating /chinh-sach/ or /van-ban/ by hand.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

NEWS_EDITORS = "Biên tập viên tin tức"
NEWS_APPROVERS = "Người duyệt tin"
POLICY_EDITORS = "Biên tập viên chính sách"
AGENCY_REPORTERS = "Cán bộ báo cáo của cơ quan"
SITE_ADMINS = "Quản trị cổng thông tin"
ALL_GROUPS = [NEWS_EDITORS, NEWS_APPROVERS, POLICY_EDITORS, AGENCY_REPORTERS, SITE_ADMINS]

WORKFLOW_NAME = "Duyệt tin tức"
TASK_NAME = "Người duyệt tin duyệt"

# Page permissions per group. Editors may add and change but never publish: a submitted
# page waits for an approver (the workflow's task). Approvers publish.
EDIT = ["add_page", "change_page", "lock_page", "unlock_page"]
PAGE_RIGHTS = {
    NEWS_EDITORS: EDIT,
    NEWS_APPROVERS: [*EDIT, "publish_page"],
    POLICY_EDITORS: EDIT,
    SITE_ADMINS: [*EDIT, "publish_page", "bypass_workflow_page", "delete_page"],
}
# Media editors may upload and use (collection-wide on the root collection).
MEDIA_RIGHTS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
ADMIN_ACCESS = ("wagtailadmin", "access_admin")
NEWS_SNIPPETS = [("news", "add_newscategory"), ("news", "change_newscategory")]

# Section pages by url_path suffix below a home page (any locale's home).
NEWS_SECTIONS = ["news.NewsIndexPage", "news.EventIndexPage"]
POLICY_SLUGS_VI = ["chinh-sach", "van-ban"]


def _permissions(pairs):
    query = Q(pk__in=[])
    for app_label, codename in pairs:
        query |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(query))


def news_section_pages():
    from news.models import EventIndexPage, NewsIndexPage

    return [*NewsIndexPage.objects.all(), *EventIndexPage.objects.all()]


def policy_section_pages():
    """/chinh-sach/ and /van-ban/ under each Vietnamese home, and their translations."""
    from wagtail.models import Page

    sources = Page.objects.filter(depth=3, slug__in=POLICY_SLUGS_VI, locale__language_code="vi")
    keys = [page.translation_key for page in sources]
    return list(Page.objects.filter(translation_key__in=keys))


def _grant_pages(group, pages, codenames):
    from wagtail.models import GroupPagePermission

    permissions = list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    )
    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=permission
            )


def ensure_editorial_roles():
    """Grant each role its rights on what exists now; safe to run any number of times."""
    from wagtail.models import (
        Collection,
        GroupCollectionPermission,
        Page,
        Workflow,
        WorkflowPage,
    )

    groups = {group.name: group for group in Group.objects.filter(name__in=ALL_GROUPS)}
    if len(groups) != len(ALL_GROUPS):
        return  # the migration has not run yet
    admin_access = _permissions([ADMIN_ACCESS])
    media = _permissions(MEDIA_RIGHTS)
    root_collection = Collection.get_first_root_node()

    for name in (NEWS_EDITORS, NEWS_APPROVERS, POLICY_EDITORS, SITE_ADMINS):
        group = groups[name]
        group.permissions.add(*admin_access)
        if root_collection is not None:
            for permission in media:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    # Agency reporters can sign in; the plan's engineer grants their rights.
    groups[AGENCY_REPORTERS].permissions.add(*admin_access)
    for name in (NEWS_EDITORS, NEWS_APPROVERS):
        groups[name].permissions.add(*_permissions(NEWS_SNIPPETS))

    news_pages = news_section_pages()
    _grant_pages(groups[NEWS_EDITORS], news_pages, PAGE_RIGHTS[NEWS_EDITORS])
    _grant_pages(groups[NEWS_APPROVERS], news_pages, PAGE_RIGHTS[NEWS_APPROVERS])
    _grant_pages(groups[POLICY_EDITORS], policy_section_pages(), PAGE_RIGHTS[POLICY_EDITORS])

    # Administrators: every page (from the tree root) and every model permission of the
    # site's content apps, but not user management's superuser flag.
    root = Page.get_first_root_node()
    if root is not None:
        _grant_pages(groups[SITE_ADMINS], [root], PAGE_RIGHTS[SITE_ADMINS])
    admin_apps = [
        "wagtailadmin",
        "wagtailcore",
        "wagtailimages",
        "wagtaildocs",
        "wagtailredirects",
        "wagtailforms",
        "wagtailsearchpromotions",
        "wagtail_localize",
        "taggit",
        "website",
        "home",
        "plan",
        "policies",
        "news",
        "search",
        "images",
        "users",
        "auth",
    ]
    groups[SITE_ADMINS].permissions.add(
        *Permission.objects.filter(content_type__app_label__in=admin_apps)
    )
    if root_collection is not None:
        for permission in Permission.objects.filter(
            content_type__app_label__in=["wagtailimages", "wagtaildocs"]
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=groups[SITE_ADMINS], collection=root_collection, permission=permission
            )

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        for page in news_pages:
            WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})
