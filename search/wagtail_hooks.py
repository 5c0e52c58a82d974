from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PopularTopic


class PopularTopicViewSet(SnippetViewSet):
    model = PopularTopic
    icon = "search"
    menu_label = PopularTopic._meta.verbose_name_plural
    list_display = ["label", "query", "sort_order"]


register_snippet(PopularTopicViewSet)
