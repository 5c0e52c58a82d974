"""Every page type is valid HTML according to the Nu HTML checker (vnu.jar, Java)."""

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_every_page_is_valid_html(site_url, browser, tmp_path):
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail("The Nu HTML checker needs `npm ci` (vnu-jar) and Java (default-jre-headless)")
    context = browser.new_context()
    sitemap = context.request.get(site_url + "/sitemap.xml").text()
    urls = [
        re.sub(r"^https?://[^/]+", site_url, loc.text)
        for loc in ET.fromstring(sitemap).findall("s:url/s:loc", NS)
    ]
    urls += [site_url + "/search/?q=c%C3%B4ng+nghi%E1%BB%87p", site_url + "/khong-co-trang-nay/"]
    files = []
    for number, url in enumerate(urls):
        path = tmp_path / f"page-{number}.html"
        path.write_text(context.request.get(url).text(), encoding="utf-8")
        files.append(path)
    context.close()
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    by_url = {}
    for message in messages:
        index = int(Path(message["url"]).stem.split("-")[1])
        by_url.setdefault(urls[index], []).append(
            f"{message.get('lastLine')}: {message['message']}"
        )
    assert by_url == {}
