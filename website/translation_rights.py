"""wagtail-localize's submit and sync views, narrowed to what the person may edit.

Its views check only ``wagtail_localize.submit_translation``: whoever holds it could start
a translation of any page or snippet (a snippet's copy is created live at once) and, with
"Publish immediately" on the sync view, publish translations past the news workflow. The
editorial roles hold that permission (``website/roles.py``), so these subclasses add the
check that matches the rest of the admin: translate what you may edit, publish only what
you may publish. ``website/wagtail_hooks.py`` serves them at wagtail-localize's own URLs.
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied

from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView


def can_edit(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def can_publish(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return can_edit(user, instance)  # a snippet without drafts is live once saved


class EditRightsMixin:
    def check_rights(self, request):
        if not can_edit(request.user, self.get_object()):
            raise PermissionDenied

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        self.check_rights(request)
        return super().dispatch(request, *args, **kwargs)


class GuardedSubmitPageTranslationView(EditRightsMixin, SubmitPageTranslationView):
    pass


class GuardedSubmitSnippetTranslationView(EditRightsMixin, SubmitSnippetTranslationView):
    pass


class GuardedUpdateTranslationsView(EditRightsMixin, UpdateTranslationsView):
    def check_rights(self, request):
        source = self.get_object()
        if not can_edit(request.user, source.get_source_instance()):
            raise PermissionDenied
        if request.method == "POST" and request.POST.get("publish_translations"):
            for translation in source.translations.filter(enabled=True):
                try:
                    target = translation.get_target_instance()
                except ObjectDoesNotExist:
                    # Made again and published at once: judged by the source's rights.
                    target = source.get_source_instance()
                if isinstance(target, Page):
                    target = target.specific
                if not can_publish(request.user, target):
                    raise PermissionDenied
