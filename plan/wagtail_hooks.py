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
from .models.targets import progress_with_values


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
    targets = [p for p in progress_with_values(page.locale) if p.percent is not None]
    if not targets:
        return None

    def plan_url():
        plan = PlanPage.objects.live().filter(locale=page.locale).first()
        return plan.get_url(request) if plan else ""

    # The plan's address rarely changes: cached (until the page tree does) so the slot costs
    # one query.
    key = cache.versioned_key("plan-home-slot-url", page.locale.language_code)
    url = cache.cached(key, plan_url, 600)
    return {
        "template": "plan/includes/home_slot.html",
        "order": 20,
        "targets": targets,
        "plan_url": url,
    }
