"""The demo's content files and where the demo sits, checked without a database."""

import ast
from pathlib import Path

import pytest

from demo.loader import CONTENT_DIR, paragraph_blocks, paragraphs, read, read_all

ROOT = Path(__file__).resolve().parents[2]


# demo.loader.read, one file type at a time ----------------------------------------------


def test_read_parses_yaml(tmp_path):
    path = tmp_path / "topics.yaml"
    path.write_text("- vi: {label: Ưu đãi thuế}\n  en: {label: Tax incentives}\n")
    assert read(str(path)) == [{"vi": {"label": "Ưu đãi thuế"}, "en": {"label": "Tax incentives"}}]


def test_read_parses_json(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text('{"vi": "Vĩnh Phúc", "area_ha": 221.46}', encoding="utf-8")
    assert read(str(path)) == {"vi": "Vĩnh Phúc", "area_ha": 221.46}


def test_read_splits_markdown_front_matter_from_body(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("---\nslug: gioi-thieu\nvi: {title: Giới thiệu}\n---\n\nĐoạn một.\n")
    assert read(str(path)) == {
        "slug": "gioi-thieu",
        "vi": {"title": "Giới thiệu"},
        "body": "Đoạn một.",
    }


def test_read_puts_each_languages_body_beside_its_words(tmp_path):
    path = tmp_path / "article.md"
    path.write_text(
        "---\nvi: {title: Tin}\nen: {title: News}\n---\n\n<!-- vi -->\n\nMột.\n\nHai.\n"
        "\n<!-- en -->\n\nOne.\n"
    )
    record = read(str(path))
    assert record["vi"] == {"title": "Tin", "body": "Một.\n\nHai."}
    assert record["en"] == {"title": "News", "body": "One."}


def test_read_takes_markdown_without_front_matter(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text("Chỉ có văn bản.\n")
    assert read(str(path)) == {"body": "Chỉ có văn bản."}


def test_read_refuses_an_unknown_file_type(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("x")
    with pytest.raises(ValueError, match="Unknown content file type"):
        read(str(path))


def test_paragraphs_join_wrapped_lines_and_blocks_escape_text():
    text = "Dòng một\ntiếp tục.\n\n<b>Không phải thẻ</b> & đoạn hai.\n"
    assert paragraphs(text) == ["Dòng một tiếp tục.", "<b>Không phải thẻ</b> & đoạn hai."]
    sources = [value.source for _, value in paragraph_blocks(text)]
    assert sources == [
        "<p>Dòng một tiếp tục.</p>",
        "<p>&lt;b&gt;Không phải thẻ&lt;/b&gt; &amp; đoạn hai.</p>",
    ]


# The content files themselves ------------------------------------------------------------


def content_files():
    return sorted(
        path
        for folder in ("site", "news", "search")
        for path in (CONTENT_DIR / folder).rglob("*")
        if path.suffix in (".yaml", ".md", ".json")
    )


def records(data):
    """Every mapping in a file that holds words in both languages."""
    if isinstance(data, dict):
        if "vi" in data and isinstance(data["vi"], dict):
            yield data
        for value in data.values():
            yield from records(value)
    elif isinstance(data, list):
        for value in data:
            yield from records(value)


@pytest.mark.parametrize("path", content_files(), ids=lambda path: path.name)
def test_every_translation_names_the_fields_its_source_has(path):
    """An English mapping gives the words the Vietnamese one has (plus its own slug), so a
    field forgotten in one language shows in review, not on the English page."""
    for record in records(read(str(path))):
        if "en" in record:
            assert set(record["en"]) - {"slug"} == set(record["vi"]), path.name


def test_every_article_and_event_names_an_illustration_and_a_category_that_exist():
    images = {item["key"] for item in read("news/images.yaml")["images"]}
    categories = {item["slug"] for item in read("news/categories.yaml")}
    articles, events = read_all("news/articles", "*.md"), read_all("news/events", "*.md")
    assert len(articles) == 12 and len(events) == 4
    for item in articles + events:
        assert item["image"] in images, item["slug"]
        assert (CONTENT_DIR / "news" / "images" / f"{item['image']}.jpg").is_file()
    for article in articles:
        assert article["category"] in categories, article["slug"]
        assert article["vi"]["body"], article["slug"]
        assert "en" not in article or article["en"]["body"], article["slug"]


# Where the demo sits: above every app, imported by nothing --------------------------------

APPS = sorted(path.parent for path in ROOT.glob("*/apps.py") if path.parent.name != "demo")


def python_files():
    skipped = {".venv", "tests", "demo", "node_modules", ".git"}
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] not in skipped:
            yield relative


def imported_modules(path):
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_no_module_outside_demo_and_tests_imports_demo():
    importers = [
        str(path)
        for path in python_files()
        if any(name == "demo" or name.startswith("demo.") for name in imported_modules(path))
    ]
    assert importers == []


def test_no_app_holds_a_demo_module():
    assert len(APPS) >= 6  # the scan would prove nothing without the apps
    found = {
        str(path.relative_to(ROOT))
        for app in APPS
        for path in app.rglob("*.py")
        if any(part.startswith("demo") for part in path.relative_to(app).parts)
    }
    assert found == set()
