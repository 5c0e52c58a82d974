"""The Dockerfile and compose file cannot be built here (no Docker engine): lint them."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_dockerfile_is_multi_stage_non_root_and_collects_static():
    text = (ROOT / "Dockerfile").read_text()
    stages = re.findall(r"^FROM (\S+) AS (\w+)", text, re.M)
    assert [name for _, name in stages] == ["builder", "runtime"]
    assert all(image.startswith("python:3.11-slim") for image, _ in stages)
    assert re.search(r"^USER wagtail$", text, re.M)
    assert "collectstatic" in text
    assert "requirements/base.txt" in text  # production image carries no test tools
    assert "migrate" not in text.split("CMD", 1)[1]  # migrations are a release step


def test_compose_file_wires_postgres_redis_and_a_release_step():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"db", "redis", "migrate", "web", "scheduler"} <= set(services)
    web_env = services["web"]["environment"]
    assert web_env["DATABASE_URL"].startswith("postgres://")
    assert web_env["REDIS_URL"].startswith("redis://")
    assert "migrate" in " ".join(services["migrate"]["command"])
    assert services["web"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "publish_scheduled" in services["scheduler"]["command"][-1]


def test_no_secret_is_committed_in_container_files():
    for name in ("Dockerfile", "docker-compose.yml"):
        text = (ROOT / name).read_text()
        assert not re.search(r"SECRET_KEY[:=]\s*['\"]?[A-Za-z0-9]{20,}", text), name


def test_compose_file_never_loads_the_demo_by_default():
    """The release step migrates only; the demo is an explicit opt-in (see README)."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    for name, service in compose["services"].items():
        command = service.get("command", [])
        command = command if isinstance(command, str) else " ".join(command)
        assert "load_demo_content" not in command, name
        assert "load_demo_content" not in str(service.get("entrypoint", "")), name
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "load_demo_content" not in dockerfile
