"""Local development: plain HTTP, debug on, a fixed development-only key."""

from .base import *

DEBUG = env_bool("DEBUG", True)
# Development only: this key signs nothing that leaves the machine.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
INTERNAL_IPS = ["127.0.0.1"]
# `make run` serves at 127.0.0.1:$PORT, so that is where absolute links point by default.
SITE_BASE_URL = base_url(
    os.environ.get("SITE_BASE_URL", "") or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_BASE_URL)
WAGTAILAPI_BASE_URL = SITE_BASE_URL

# Plain HTTP on a developer's machine.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve unhashed static files straight from the source folders.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
WHITENOISE_AUTOREFRESH = True
