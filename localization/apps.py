from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocalizationConfig(AppConfig):
    """What makes the second language trustworthy: stale-translation report and notices,
    and no untranslated alias pages served as if they were English."""

    name = "localization"
    verbose_name = _("Localisation")

    def ready(self):
        from .related_snippets import install

        install()
