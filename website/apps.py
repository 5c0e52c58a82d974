from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save, pre_delete
from django.utils.translation import gettext_lazy as _


def sync_site_after_migrate(sender, **kwargs):
    """After ``migrate``: the Site record takes SITE_BASE_URL's host and port (idempotent)."""
    from website.site_record import sync_site_record

    sync_site_record()


def ensure_roles_after_migrate(sender, using="default", **kwargs):
    """After ``migrate``: every role and its rights, on any database (idempotent).

    Django creates auth permissions app by app in post_migrate, and several apps come
    after this one, so they are created here first.
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from website.roles import ensure_roles

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    ensure_roles()


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from website import cache, roles
        from website.models import Agency

        cache.connect_receivers()
        post_migrate.connect(sync_site_after_migrate, sender=self)
        post_migrate.connect(ensure_roles_after_migrate, sender=self)
        page_published.connect(roles.grant_on_published_section)
        post_save.connect(roles.follow_agency, sender=Agency)
        pre_delete.connect(roles.forget_agency, sender=Agency)
