from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import EnterpriseSize, Sector, SupportType


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
