"""Production: everything from the environment; a missing required value stops start-up."""

from django.core.exceptions import ImproperlyConfigured

from .base import *


def required(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required in production (see README.md)."
        )
    return value


SECRET_KEY = required("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
# Without these the site would answer for no host, or link to one that serves nothing.
required("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
SITE_BASE_URL = base_url(required("SITE_BASE_URL"))
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_BASE_URL)
WAGTAILAPI_BASE_URL = SITE_BASE_URL
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", SITE_BASE_URL)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if os.environ.get("EMAIL_BACKEND") is None and not os.environ.get("EMAIL_HOST"):
    # No mail server configured: write mail to the log rather than fail on send.
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Gunicorn runs several workers: the template loader caches compiled templates.
TEMPLATES[0]["OPTIONS"]["loaders"] = [
    (
        "django.template.loaders.cached.Loader",
        [
            "django.template.loaders.filesystem.Loader",
            "django.template.loaders.app_directories.Loader",
        ],
    )
]
TEMPLATES[0]["APP_DIRS"] = False
