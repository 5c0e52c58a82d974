"""Tests: fast hashing, in-memory email, plain HTTP; the rest as in base."""

from .base import *

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False

# Tests do not run collectstatic.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", "/tmp/cnht-test-media"))  # noqa: S108
# The host Django's test client sends: absolute links in tests name it.
SITE_BASE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAILAPI_BASE_URL = SITE_BASE_URL
# Serve static files from the source folders, as the browser tests need them.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
