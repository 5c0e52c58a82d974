from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def grant_editorial_roles(sender, using="default", **kwargs):
    """After ``migrate``: give the editorial groups their rights (idempotent).

    Django creates auth permissions app by app in post_migrate, and several apps come
    after this one, so they are created here first.
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from news.roles import ensure_editorial_roles

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    ensure_editorial_roles()


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from news import signals  # noqa: F401  (connects the receivers)

        post_migrate.connect(grant_editorial_roles, sender=self)
