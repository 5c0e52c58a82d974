"""No Vietnamese interface words on English pages, and no English ones on Vietnamese pages.

The interface strings are read from the project's own .po files: every msgid (English)
with its Vietnamese msgstr. Rendered pages of each language are scanned for the other
language's strings, outside passages marked with a lang attribute for that language.
"""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def interface_strings():
    """(english, vietnamese) pairs of at least two words that really differ."""
    pairs = set()
    for po_path in ROOT.glob("*/locale/vi/LC_MESSAGES/django.po"):
        for entry in polib.pofile(str(po_path)):
            english, vietnamese = entry.msgid, entry.msgstr or entry.msgstr_plural.get(0, "")
            if "%" in english or "{" in english or not vietnamese or english == vietnamese:
                continue
            if len(english.split()) >= 2 and len(vietnamese.split()) >= 2:
                pairs.add((english, vietnamese))
    return pairs


class VisibleText(HTMLParser):
    """Visible text, leaving out scripts, styles and passages in another language."""

    SKIP = {"script", "style", "template"}
    VOID = {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }

    def __init__(self, language):
        super().__init__()
        self.language = language
        self.stack = []  # (tag, hidden)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attrs = dict(attrs)
        lang = (attrs.get("lang") or "").split("-")[0]
        hidden = (self.stack and self.stack[-1][1]) or tag in self.SKIP
        hidden = hidden or bool(lang and lang != self.language and tag != "html")
        self.stack.append((tag, hidden))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]):
            self.parts.append(data)

    def text(self):
        return re.sub(r"\s+", " ", " ".join(self.parts))


def visible_text(html, language):
    parser = VisibleText(language)
    parser.feed(html)
    return parser.text()


def site_paths(client):
    tree = ET.fromstring(client.get("/sitemap.xml").content)
    paths = [re.sub(r"^https?://[^/]+", "", loc.text) for loc in tree.findall("s:url/s:loc", NS)]
    return paths + [
        "/search/?q=c%C3%B4ng+nghi%E1%BB%87p",
        "/en/search/?q=industry",
        "/khong-co/",
        "/en/none/",
    ]


def test_pages_of_each_language_carry_no_interface_words_of_the_other(client):
    pairs = interface_strings()
    assert len(pairs) > 50  # the scan would prove nothing without the strings
    problems = {}
    for path in site_paths(client):
        language = "en" if path.startswith("/en/") else "vi"
        text = visible_text(client.get(path).content.decode(), language)
        foreign = [vi if language == "en" else en for en, vi in pairs]
        found = [s for s in foreign if re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]
        if found:
            problems[path] = found
    assert problems == {}


def test_the_scan_catches_an_interface_word_in_the_wrong_language():
    html = '<p>Bỏ qua, đến nội dung chính</p><p lang="vi">Tiếng Việt</p>'
    assert "Bỏ qua, đến nội dung chính" in visible_text(html, "en")
    assert "Tiếng Việt" not in visible_text(html, "en")
