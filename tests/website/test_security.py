import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_public_pages_carry_a_strict_csp_and_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert script_src.split()[1:] == ["'self'"] or "'nonce-" in script_src
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-inline'" not in next(d for d in csp.split(";") if "style-src" in d)
    assert "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_admin_has_its_own_policy_without_a_nonce(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "'unsafe-inline'" in csp
    assert "'nonce-" not in csp  # a nonce would make browsers ignore 'unsafe-inline'
    assert "object-src 'none'" in csp


def test_production_settings_pass_check_deploy(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": "a-long-random-production-like-secret-key-for-the-check-" + "x" * 20,
        "ALLOWED_HOSTS": "cnht.example.vn",
        "SITE_BASE_URL": "https://cnht.example.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "website.settings.production",
    "SECRET_KEY": "a-long-random-production-like-secret-key-for-the-check-" + "x" * 20,
    "ALLOWED_HOSTS": "cnht.example.vn",
    "SITE_BASE_URL": "https://cnht.example.vn",
}


def run_check(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "SITE_BASE_URL"])
def test_production_settings_refuse_to_start_without_a_required_variable(missing):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update({k: v for k, v in PRODUCTION_ENV.items() if k != missing})
    result = run_check(env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"{missing} is required" in result.stderr


def test_production_settings_refuse_a_base_url_with_a_path():
    env = {**os.environ, **PRODUCTION_ENV, "SITE_BASE_URL": "https://cnht.example.vn/portal"}
    result = run_check(env)
    assert result.returncode != 0
    assert "SITE_BASE_URL must be a scheme and a host" in result.stderr


def test_development_settings_point_absolute_links_at_the_served_port():
    env = {k: v for k, v in os.environ.items() if k != "SITE_BASE_URL"}
    env.update({"DJANGO_SETTINGS_MODULE": "website.settings.dev", "PORT": "8123"})
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SITE_BASE_URL, s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.stdout.split() == ["http://127.0.0.1:8123"] * 3, result.stderr


def test_upload_allow_lists_are_set():
    from django.conf import settings

    assert "pdf" in settings.WAGTAILDOCS_EXTENSIONS
    assert "html" not in settings.WAGTAILDOCS_EXTENSIONS
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024
