from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.reports import PageReportView

from .status import outdated_translations


class OutdatedTranslationsReportView(PageReportView):
    """Admin report: translated pages whose Vietnamese source changed after them."""

    page_title = _("Translations to update")
    header_icon = "globe"
    results_template_name = "localization/outdated_report_results.html"
    index_url_name = "outdated_translations_report"
    index_results_url_name = "outdated_translations_report_results"
    list_export = [*PageReportView.list_export, "source_published_at", "last_published_at"]
    export_headings = {
        **PageReportView.export_headings,
        "source_published_at": _("Source last published"),
        "last_published_at": _("Translation last published"),
    }

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        ).values("pk")
        self.queryset = outdated_translations().filter(pk__in=editable)
        return super().get_queryset()

    def get_filename(self):
        return "translations-to-update"
