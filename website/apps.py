from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_site_after_migrate(sender, **kwargs):
    """After ``migrate``: the Site record takes SITE_BASE_URL's host and port (idempotent)."""
    from website.site_record import sync_site_record

    sync_site_record()


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from website import cache

        cache.connect_receivers()
        post_migrate.connect(sync_site_after_migrate, sender=self)
