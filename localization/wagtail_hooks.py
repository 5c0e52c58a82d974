from django.conf import settings
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from .views import OutdatedTranslationsReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/translations-to-update/",
            OutdatedTranslationsReportView.as_view(),
            name="outdated_translations_report",
        ),
        path(
            "reports/translations-to-update/results/",
            OutdatedTranslationsReportView.as_view(results_only=True),
            name="outdated_translations_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return AdminOnlyMenuItem(
        _("Translations to update"),
        reverse("outdated_translations_report"),
        name="translations-to-update",
        icon_name="globe",
        order=1100,
    )


@hooks.register("before_serve_page")
def never_serve_untranslated_aliases(page, request, serve_args, serve_kwargs):
    """An alias in another language shows the source text under that language's URL.

    If a locale tree sync (wagtail-localize's "sync from") creates such aliases, visitors
    are sent to the original instead, told that the page is not translated yet.
    """
    if page.alias_of_id and page.locale.language_code != settings.LANGUAGE_CODE:
        original = page.alias_of
        return redirect(original.get_url(request) + "?untranslated=1")
    return None
