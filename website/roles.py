"""Every editorial role of the portal, on any database: ``ensure_roles()``.

Roles are Wagtail groups named by function in Vietnamese, never by department: the 2025
reorganisation merged departments, functions stay. ``ensure_roles()`` creates each group,
gives it its model, page and collection permissions on what exists now, and assigns the
moderation workflows ("Duyệt tin tức" on news and events, "Duyệt báo cáo" on the
reports). It is idempotent and runs

- after every ``migrate`` (post_migrate, see ``website/apps.py``), so a production
  database has every group before anyone loads content;
- when a section page is published (a news or events index, the policy finder, the legal
  documents library, the plan's reports index), so sections made later get their rights;
- on demand: ``manage.py setup_editorial_roles``, and at the end of the demo loader.

Sections are found by their page model, named by ``app_label.ModelName`` strings and
looked up through ``django.apps``: ``website`` imports no app, and a section whose app is
not installed is skipped.

Agency reporters. The plan (IV.4) asks every body with ``Agency.reports_annually`` for a
yearly report; its reports live under its own ``AgencyReportsPage``. Wagtail grants page
rights to groups only, so each body that reports annually and still exists
(``Agency.is_current()``) gets one generated group, "Cán bộ báo cáo: <short name>", with
add and change rights on that body's reports page(s) and a document collection of its own.
A reporter is tied to their agency by being a member of that group: nothing else to set,
and Wagtail's own permission checks do the rest. The link agency -> group is stored
(``website.AgencyReporters``) so a renamed agency keeps its group and members, and only
generated groups are ever removed: when a body stops reporting or ceases to exist (a
merger), its group goes with its rights. Saving an agency or publishing its reports page
updates its group at once. The function group "Cán bộ báo cáo của cơ quan" only lets a
person sign in; it is where reporters wait until they are given their agency's group.

Translation. Editors and approvers hold wagtail-localize's ``submit_translation``;
``website/translation_rights.py`` narrows its views to what the person may edit.
"""

import contextlib

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.models import Q

NEWS_EDITORS = "Biên tập viên tin tức"
NEWS_APPROVERS = "Người duyệt tin"
POLICY_EDITORS = "Biên tập viên chính sách"
REPORT_REVIEWERS = "Người duyệt báo cáo"
AGENCY_REPORTERS = "Cán bộ báo cáo của cơ quan"
SITE_ADMINS = "Quản trị cổng thông tin"
ALL_GROUPS = [
    NEWS_EDITORS,
    NEWS_APPROVERS,
    POLICY_EDITORS,
    REPORT_REVIEWERS,
    AGENCY_REPORTERS,
    SITE_ADMINS,
]
# One generated group per reporting agency; names are data (Vietnamese), not UI strings.
REPORTERS_OF = "Cán bộ báo cáo: {}"
REPORTS_COLLECTION_OF = "Báo cáo: {}"

# The old demo loader's English-named groups (one per department, merged bodies included,
# and a reviewers' group): removed wherever they were made, the roles above replace them.
LEGACY_DEMO_REVIEWERS = "Plan report reviewers"
LEGACY_DEMO_REPORTERS_PREFIX = "Agency reporters: "

WORKFLOW_NAME = "Duyệt tin tức"
TASK_NAME = "Người duyệt tin duyệt"
# Reports a reporter submits go to the report reviewers, not to Wagtail's default
# "Moderators approval" on the root page (a group nobody here is put in).
REPORTS_WORKFLOW_NAME = "Duyệt báo cáo"
REPORTS_TASK_NAME = "Người duyệt báo cáo duyệt"

# Sections by page model. Rights granted on a section page reach every page below it.
NEWS_SECTIONS = ["news.NewsIndexPage", "news.EventIndexPage"]
POLICY_SECTIONS = ["policies.PolicyIndexPage", "policies.LegalDocumentIndexPage"]
REPORTS_SECTIONS = ["plan.ReportsIndexPage"]
AGENCY_REPORTS_PAGE = "plan.AgencyReportsPage"

# Editors add and change but never publish: a submitted page waits for an approver.
EDIT = ["add_page", "change_page", "lock_page", "unlock_page"]
PUBLISH = [*EDIT, "publish_page"]
REPORTER_PAGE_RIGHTS = ["add_page", "change_page"]
SITE_ADMIN_PAGE_RIGHTS = [*PUBLISH, "bypass_workflow_page", "delete_page"]

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")
MEDIA_RIGHTS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
DOCUMENT_RIGHTS = MEDIA_RIGHTS[3:]
NEWS_SNIPPETS = [("news", "add_newscategory"), ("news", "change_newscategory")]
RECORD_RECEIPT = ("plan", "record_report_receipt")
# Site administrators hold every model permission of these apps (not Django's own admin,
# sessions or content types), and rights on every page and collection.
SITE_ADMIN_APPS = [
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


# -- lookups -----------------------------------------------------------------------------
def page_model(label):
    """The page model named ``app_label.ModelName``, or None when its app is not installed."""
    with contextlib.suppress(LookupError):
        return apps.get_model(label)
    return None


def section_models(labels):
    return [model for model in map(page_model, labels) if model is not None]


def section_pages(labels):
    """Every page of these models, in every locale (the translations get the same rights)."""
    return [page for model in section_models(labels) for page in model.objects.all()]


def permissions(pairs):
    query = Q(pk__in=[])
    for app_label, codename in pairs:
        query |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(query))


def page_permissions(codenames):
    return list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    )


# -- grants ------------------------------------------------------------------------------
def grant_pages(group, pages, codenames):
    from wagtail.models import GroupPagePermission

    for page in pages:
        for permission in page_permissions(codenames):
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=permission
            )


def grant_collection(group, collection, pairs):
    from wagtail.models import GroupCollectionPermission

    if collection is None:
        return
    for permission in permissions(pairs):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def function_groups():
    return {name: Group.objects.get_or_create(name=name)[0] for name in ALL_GROUPS}


def ensure_workflow(name, task_name, approvers, pages):
    """A one-task workflow (approval by ``approvers``) assigned to ``pages``."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=task_name,
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
            active=True,
        )
    task.groups.add(approvers)
    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})


# -- agency reporters --------------------------------------------------------------------
def reporting_agencies():
    """The default-language records of the bodies that report annually and still exist."""
    from website.models import Agency

    agencies = Agency.objects.filter(
        reports_annually=True, locale__language_code=settings.LANGUAGE_CODE
    )
    return [agency for agency in agencies if agency.is_current()]


def ensure_agency_reporters(agency):
    """The agency's generated group: admin access, its reports pages, its collection."""
    from wagtail.models import Collection, GroupPagePermission

    from website.models import AgencyReporters

    label = agency.short_name or agency.name
    link = AgencyReporters.objects.filter(agency=agency).select_related("group").first()
    name = REPORTERS_OF.format(label)[:150]
    if link is None:
        if AgencyReporters.objects.filter(group__name=name).exists():
            name = REPORTERS_OF.format(f"{label} ({agency.slug})")[:150]  # a namesake body
        group, _ = Group.objects.get_or_create(name=name)
        link = AgencyReporters.objects.create(group=group, agency=agency)
    elif link.group.name != name and not Group.objects.filter(name=name).exists():
        link.group.name = name
        link.group.save(update_fields=["name"])
    group = link.group
    group.permissions.add(*permissions([ADMIN_ACCESS]))

    model = page_model(AGENCY_REPORTS_PAGE)
    pages = list(
        model.objects.filter(agency__translation_key=agency.translation_key) if model else []
    )
    grant_pages(group, pages, REPORTER_PAGE_RIGHTS)
    # An agency reports page given to another agency leaves this group's hands.
    GroupPagePermission.objects.filter(group=group).exclude(
        page_id__in=[page.pk for page in pages]
    ).delete()

    root = Collection.get_first_root_node()
    if root is not None:
        collection_name = REPORTS_COLLECTION_OF.format(label)[:255]
        if link.collection_id is None:
            link.collection = root.get_children().filter(
                name=collection_name
            ).first() or root.add_child(name=collection_name)
            link.save(update_fields=["collection"])
        elif link.collection.name != collection_name:
            link.collection.name = collection_name
            link.collection.save(update_fields=["name"])
        grant_collection(group, link.collection, DOCUMENT_RIGHTS)
    return link


def remove_stale_reporters(keep):
    """Delete generated groups whose agency no longer reports, no longer exists or is gone."""
    from website.models import AgencyReporters

    stale = AgencyReporters.objects.exclude(agency__in=keep)
    Group.objects.filter(pk__in=stale.values("group_id")).delete()


def ensure_reporters():
    """Every reporting agency's group, and reviewers' rights on its documents."""
    agencies = reporting_agencies()
    links = [ensure_agency_reporters(agency) for agency in agencies]
    remove_stale_reporters(agencies)
    reviewers = Group.objects.filter(name=REPORT_REVIEWERS).first()
    if reviewers is not None:
        for link in links:
            grant_collection(reviewers, link.collection, DOCUMENT_RIGHTS)


def update_agency_reporters(agency):
    """After one agency changed: its group alone, without recomputing every role."""
    from website.models import AgencyReporters

    if agency.locale.language_code != settings.LANGUAGE_CODE:
        return
    if agency.reports_annually and agency.is_current():
        link = ensure_agency_reporters(agency)
        reviewers = Group.objects.filter(name=REPORT_REVIEWERS).first()
        if reviewers is not None:
            grant_collection(reviewers, link.collection, DOCUMENT_RIGHTS)
    else:
        link = AgencyReporters.objects.filter(agency=agency).first()
        if link is not None:
            link.group.delete()


# -- everything --------------------------------------------------------------------------
def tables_exist():
    """False while migrating backwards past the tables these roles need."""
    from website.models import AgencyReporters

    return AgencyReporters._meta.db_table in connection.introspection.table_names()


def ensure_roles():
    """Create every role and grant its rights on what exists now; safe to run any number
    of times."""
    from wagtail.models import Collection, Page

    if not tables_exist():
        return
    Group.objects.filter(
        Q(name=LEGACY_DEMO_REVIEWERS) | Q(name__startswith=LEGACY_DEMO_REPORTERS_PREFIX)
    ).delete()
    groups = function_groups()
    admin_access = permissions([ADMIN_ACCESS])
    for group in groups.values():
        group.permissions.add(*admin_access)

    root_collection = Collection.get_first_root_node()
    for name in (NEWS_EDITORS, NEWS_APPROVERS, POLICY_EDITORS, SITE_ADMINS):
        grant_collection(groups[name], root_collection, MEDIA_RIGHTS)
    translate = permissions([SUBMIT_TRANSLATION])
    for name in (NEWS_EDITORS, NEWS_APPROVERS, POLICY_EDITORS, REPORT_REVIEWERS):
        groups[name].permissions.add(*translate)
    for name in (NEWS_EDITORS, NEWS_APPROVERS):
        groups[name].permissions.add(*permissions(NEWS_SNIPPETS))
    groups[REPORT_REVIEWERS].permissions.add(*permissions([RECORD_RECEIPT]))

    news_pages = section_pages(NEWS_SECTIONS)
    grant_pages(groups[NEWS_EDITORS], news_pages, EDIT)
    grant_pages(groups[NEWS_APPROVERS], news_pages, PUBLISH)
    grant_pages(groups[POLICY_EDITORS], section_pages(POLICY_SECTIONS), EDIT)
    reports_pages = section_pages(REPORTS_SECTIONS)
    grant_pages(groups[REPORT_REVIEWERS], reports_pages, PUBLISH)

    root = Page.get_first_root_node()
    if root is not None:
        grant_pages(groups[SITE_ADMINS], [root], SITE_ADMIN_PAGE_RIGHTS)
    groups[SITE_ADMINS].permissions.add(
        *Permission.objects.filter(content_type__app_label__in=SITE_ADMIN_APPS)
    )
    grant_collection(
        groups[SITE_ADMINS],
        root_collection,
        Permission.objects.filter(
            content_type__app_label__in=["wagtailimages", "wagtaildocs"]
        ).values_list("content_type__app_label", "codename"),
    )

    ensure_workflow(WORKFLOW_NAME, TASK_NAME, groups[NEWS_APPROVERS], news_pages)
    ensure_workflow(
        REPORTS_WORKFLOW_NAME, REPORTS_TASK_NAME, groups[REPORT_REVIEWERS], reports_pages
    )
    ensure_reporters()


# -- receivers (connected in website/apps.py) ---------------------------------------------
def grant_on_published_section(sender, instance, **kwargs):
    """A section published for the first time (or again) gets its roles' rights."""
    agency_page = page_model(AGENCY_REPORTS_PAGE)
    if agency_page is not None and isinstance(instance, agency_page):
        if instance.agency_id is not None:
            update_agency_reporters(instance.agency)
        return
    sections = section_models([*NEWS_SECTIONS, *POLICY_SECTIONS, *REPORTS_SECTIONS])
    if isinstance(instance, tuple(sections)):
        ensure_roles()


def follow_agency(sender, instance, raw=False, **kwargs):
    """An agency that starts or stops reporting, merges or is renamed: its group follows."""
    if not raw:
        update_agency_reporters(instance)


def forget_agency(sender, instance, **kwargs):
    """A deleted agency takes its generated group along (before the link loses it)."""
    Group.objects.filter(reporting_agency__agency=instance).delete()
