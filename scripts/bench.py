"""`make bench`: throughput and latency of the demo site under gunicorn, measured with wrk.

The demo site is built in a fresh database (PostgreSQL when DATABASE_URL is set, else a
temporary SQLite file), served with production settings and 2 gunicorn workers on
loopback, and measured interleaved: each round measures the static CSS file and then
every page, so the ratio page/static compares the same server in the same minute.
It prints a table and asserts nothing.
"""

import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DURATION = os.environ.get("BENCH_DURATION", "5s")
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))

COUNT_QUERIES = r"""
import json, sys, django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
out = {}
for path in sys.argv[1:]:
    client.get(path)  # warm: caches and connections as on a running site
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    out[path] = {"queries": len(ctx), "bytes": len(response.content)}
print(json.dumps(out))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(cmd, env):
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


def wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def latency(label):
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, latency("50"), latency("99"), int(errors.group(1)) if errors else 0


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install -y wrk")
    tmp = Path(tempfile.mkdtemp(prefix="cnht-bench-"))
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp / 'bench.sqlite3'}"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "website.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-" + "b" * 40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SITE_BASE_URL": base,
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "SECURE_SSL_REDIRECT": "false",
        "GUNICORN_ACCESS_LOG": str(tmp / "access.log"),
        "LOG_LEVEL": "WARNING",
    }
    py = [sys.executable, "manage.py"]
    print(f"Database: {database_url.split('@')[-1]}")
    run([*py, "migrate", "--noinput", "-v0"], env)
    run([*py, "collectstatic", "--noinput", "-v0"], env)
    run([*py, "load_demo_content", "-v0"], env)

    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "website.wsgi:application",
            "-c",
            "gunicorn.conf.py",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        home_html = urllib.request.urlopen(base + "/").read().decode()  # noqa: S310
        css = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', home_html).group(1)
        menu = re.findall(r'<ul id="main-nav-list".*?</ul>', home_html, re.S)[0]
        sections = [href for href in re.findall(r'href="([^"]+)"', menu) if href != "/"]
        paths = ["/", "/en/", *sections[:8], "/search/?q=c%C3%B4ng+nghi%E1%BB%87p"]
        for path in paths:  # warm every worker
            for _ in range(4):
                urllib.request.urlopen(base + path).read()  # noqa: S310

        results = {path: [] for path in ["STATIC", *paths]}
        for _ in range(ROUNDS):
            static = wrk(base + css)
            results["STATIC"].append((*static, 1.0))
            for path in paths:
                page = wrk(base + path)
                results[path].append((*page, page[0] / static[0]))
    finally:
        server.terminate()
        server.wait(timeout=20)

    counts = json.loads(
        subprocess.run(
            [sys.executable, "-c", COUNT_QUERIES, *paths],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    print(f"\nwrk: {ROUNDS} interleaved rounds x {DURATION}, {CONNECTIONS} connections, 2 workers")
    header = (
        f"{'path':44} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'share':>7} {'SQL':>4} {'KiB':>6}"
    )
    print(header)
    print("-" * len(header))
    for path, rows in results.items():
        rps = statistics.median(r[0] for r in rows)
        p50 = statistics.median(r[1] for r in rows)
        p99 = statistics.median(r[2] for r in rows)
        share = statistics.median(r[4] for r in rows)
        errors = sum(r[3] for r in rows)
        info = counts.get(path, {})
        label = (path if path != "STATIC" else css)[:44]
        print(
            f"{label:44} {rps:8.0f} {p50:8.1f} {p99:8.1f} {share:7.3f} "
            f"{info.get('queries', '-'):>4} {info.get('bytes', 0) / 1024:6.1f}"
            + (f"  ({errors} non-2xx)" if errors else "")
        )
    print("\nshare = page req/s / static file req/s in the same round (goal for / : >= 0.035)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
