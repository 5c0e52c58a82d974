"""A real server for the browser tests: production settings, gunicorn, demo content.

The server runs in its own process on a fresh SQLite database, so the browser sees
exactly what a visitor would (WhiteNoise, hashed static files, CSP, security headers).
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ADMIN_PASSWORD = "browser-test-admin-password"  # a throwaway database's local admin


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_env(tmp: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": "browser-tests-only-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "SECURE_SSL_REDIRECT": "false",
        "GUNICORN_ACCESS_LOG": str(tmp / "access.log"),
    }


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser-site")
    port = _free_port()
    # Absolute links (canonical, sitemap, ...) and the Site record name the served address.
    env = {**_server_env(tmp), "SITE_BASE_URL": f"http://127.0.0.1:{port}"}
    manage = [sys.executable, "manage.py"]
    for command in (
        ["migrate", "--noinput", "-v0"],
        ["collectstatic", "--noinput", "-v0"],
        ["load_demo_content", "-v0"],
        ["ensure_local_superuser", "--password", ADMIN_PASSWORD],
    ):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, timeout=600)
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "website.wsgi:application",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
        ],
        cwd=ROOT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the test server did not start")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is required: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


class PageProblems:
    """Console errors and CSP violations seen while a page was open."""

    def __init__(self, page):
        self.messages = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.messages.append(f"pageerror: {error}"))

    def _on_console(self, message):
        if message.type == "error":
            self.messages.append(f"console: {message.text}")


@pytest.fixture
def open_page(browser):
    contexts = []

    def _open(url, **context_options):
        context = browser.new_context(**context_options)
        contexts.append(context)
        page = context.new_page()
        problems = PageProblems(page)
        response = page.goto(url, wait_until="load")
        return page, response, problems

    yield _open
    for context in contexts:
        context.close()
