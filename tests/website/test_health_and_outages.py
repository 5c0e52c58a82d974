"""Health check and behaviour during outages, against real unreachable services.

The outage cases run in a subprocess whose DATABASE_URL (or REDIS_URL) points at a port
where nothing listens: a real connection failure, not a mock.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
out = {}
for path in ("/healthz", "/", "/en/", "/static/css/site.css"):
    r = client.get(path)
    out[path] = {"status": r.status_code, "retry_after": r.get("Retry-After"),
                 "csp": r.get("Content-Security-Policy"),
                 "body": b"".join(r.streaming_content).decode() if r.streaming else r.content.decode()}
print(json.dumps(out))
"""


def run_probe(**env):
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.django_db
def test_healthz_answers_ok_with_the_database_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_database_down_gives_503_pages_and_static_still_served():
    out = run_probe(DATABASE_URL="postgres://postgres@127.0.0.1:9/unreachable")
    assert out["/healthz"]["status"] == 503
    assert json.loads(out["/healthz"]["body"])["database"] == "down"
    for path in ("/", "/en/"):
        assert out[path]["status"] == 503, out[path]["body"][:500]
        assert out[path]["retry_after"] == "120"
        assert "tạm thời gián đoạn" in out[path]["body"]
        assert "temporarily unavailable" in out[path]["body"]
        assert "default-src 'none'" in out[path]["csp"]
    assert out["/static/css/site.css"]["status"] == 200


def test_redis_down_pages_still_render(tmp_path):
    # A migrated SQLite database of its own, and a Redis URL where nothing listens.
    db = tmp_path / "db.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.test",
        "DATABASE_URL": f"sqlite:///{db}",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True, timeout=300
    )
    subprocess.run(
        [sys.executable, "manage.py", "load_demo_content", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )
    out = run_probe(DATABASE_URL=f"sqlite:///{db}", REDIS_URL="redis://127.0.0.1:9/0")
    assert out["/"]["status"] == 200
    assert out["/en/"]["status"] == 200
    assert out["/healthz"]["status"] == 200
