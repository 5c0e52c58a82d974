from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from website import cache
from website.models import Agency

from .models import PlanPage, Target, Task
from .models.targets import number, targets_with_progress


class TaskFilterSet(WagtailFilterSet):
    # Every language's task points at the Vietnamese agencies (a synchronised field).
    lead_agency = django_filters.ModelChoiceFilter(
        label=_("lead agency"),
        queryset=Agency.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
    )

    class Meta:
        model = Task
        fields = ["lead_agency", "group", "status"]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies")
    list_display = ["name", "slug", "kind", "reports_annually", "valid_to"]
    list_filter = ["kind", "reports_annually"]
    search_fields = ["name", "short_name"]


class TaskViewSet(SnippetViewSet):
    model = Task
    icon = "tasks"
    menu_label = _("Tasks")
    list_display = ["__str__", "lead_agency", "status", "updated_on"]
    filterset_class = TaskFilterSet
    list_per_page = 50


class TargetViewSet(SnippetViewSet):
    model = Target
    icon = "pick"
    menu_label = _("Targets")
    list_display = ["short_label", "target_2025", "target_2030"]


class PlanViewSetGroup(SnippetViewSetGroup):
    items = (AgencyViewSet, TaskViewSet, TargetViewSet)
    menu_icon = "doc-full"
    menu_label = _("Plan")
    menu_name = "plan"


register_snippet(PlanViewSetGroup)


@hooks.register("register_home_page_slot")
def plan_progress_slot(page, request):
    """The plan's key figures, from its Target records (so the home page types no number of
    its own), and progress towards those that have reported values."""
    progress = targets_with_progress(page.locale)
    if not progress:
        return None

    def plan_link():
        plan = PlanPage.objects.live().filter(locale=page.locale).first()
        return {"url": plan.get_url(request), "title": plan.title} if plan else {}

    # The plan's address and title rarely change: cached (until the page tree does) so the
    # slot costs two queries.
    key = cache.versioned_key("plan-home-slot-link", page.locale.language_code)
    plan = cache.cached(key, plan_link, 600)
    return {
        "template": "plan/includes/home_slot.html",
        "order": 20,
        "figures": key_figures(progress),
        "targets": [p for p in progress if p.percent is not None],
        "plan_url": plan.get("url", ""),
        "plan_title": plan.get("title", ""),
    }


def key_figures(progress):
    """One figure per stated target and year, in the targets' order: '> 50' for 2025."""
    return [
        {"goal": number(goal), "year": year, "target": p.target}
        for p in progress
        for year, goal in ((2025, p.target.target_2025), (2030, p.target.target_2030))
        if goal is not None
    ]
