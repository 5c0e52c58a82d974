from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import views
from .models import EnterpriseSize, PolicyIndexPage, PolicyPage, Sector, SupportType
from .models.routing import HOOK as VIEWS_HOOK


class FacetViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class SupportTypeViewSet(FacetViewSet):
    model = SupportType
    icon = "tag"


class SectorViewSet(FacetViewSet):
    model = Sector
    icon = "cogs"


class EnterpriseSizeViewSet(FacetViewSet):
    model = EnterpriseSize
    icon = "group"


class PolicyFacetsGroup(SnippetViewSetGroup):
    items = (SupportTypeViewSet, SectorViewSet, EnterpriseSizeViewSet)
    menu_icon = "tag"
    menu_label = _("Policy facets")
    menu_name = "policy-facets"


register_snippet(PolicyFacetsGroup)


@hooks.register(VIEWS_HOOK)
def policies_views():
    """The views the finder's, the questionnaire's and the library's routes ask for."""
    return views.VIEWS


@hooks.register("register_home_page_slot")
def policies_home_slot(page, request):
    """A box on the home page leading to the finder and the questionnaire (two queries)."""
    finder = (
        PolicyIndexPage.objects.live()
        .filter(locale_id=page.locale_id)
        .select_related("locale")
        .first()
    )
    if finder is None:
        return None
    count = PolicyPage.objects.child_of(finder).live().public().count()
    return {
        "template": "policies/includes/home_slot.html",
        "order": 30,
        "finder": finder,
        "count": count,
    }
