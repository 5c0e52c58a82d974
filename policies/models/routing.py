"""How the index pages reach the views above them without importing them.

What the finder, the questionnaire and the library show is computed in policies.views,
from forms and engines that import these models: a model importing the views back would
close a cycle. So, as other apps reach the home page through its slot hook, the views
register through the ``register_policies_views`` Wagtail hook (policies/wagtail_hooks.py)
and a route asks for its view by name. The routes stay on the pages, where Wagtail's
RoutablePageMixin, reverse_subpage and the language links expect them.
"""

from wagtail import hooks

HOOK = "register_policies_views"


def view_context(page, name, request) -> dict:
    """The context the view registered under ``name`` computes for this page."""
    for hook in hooks.get_hooks(HOOK):
        view = hook().get(name)
        if view is not None:
            return view(page, request)
    raise LookupError(f"No policies view {name!r}: is policies/wagtail_hooks.py loaded?")
