from django.urls import path

from wagtail import hooks

from .translation_rights import (
    GuardedSubmitPageTranslationView,
    GuardedSubmitSnippetTranslationView,
    GuardedUpdateTranslationsView,
)


# order=-1: these patterns come before wagtail-localize's identical ones, so they answer
# its URLs (its names still reverse to the same paths).
@hooks.register("register_admin_urls", order=-1)
def register_translation_rights_urls():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            GuardedSubmitPageTranslationView.as_view(),
            name="guarded_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            GuardedSubmitSnippetTranslationView.as_view(),
            name="guarded_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            GuardedUpdateTranslationsView.as_view(),
            name="guarded_update_translations",
        ),
    ]
