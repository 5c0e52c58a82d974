"""Snippets with the matched words marked, accent-insensitively and always escaped."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from website.folding import fold, fold_for_index

SNIPPET_LENGTH = 240


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index in ``text`` it came from."""
    folded, positions = [], []
    for index, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            positions.append(index)
    return "".join(folded), positions


def _spans(text: str, query: str) -> list[tuple[int, int]]:
    terms = sorted({term for term in fold_for_index(query).split() if term}, key=len, reverse=True)
    if not terms:
        return []
    folded, positions = _folded_with_positions(text)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(term) for term in terms) + r")(?!\w)")
    spans = []
    for match in pattern.finditer(folded):
        start = positions[match.start()]
        end = positions[match.end() - 1] + 1
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def highlight(text: str, query: str, length: int = SNIPPET_LENGTH) -> str:
    """An excerpt of ``text`` around the first match, escaped, with matches in ``<mark>``."""
    text = " ".join(unicodedata.normalize("NFC", text or "").split())
    spans = _spans(text, query)
    start = 0
    if spans and spans[0][0] > length // 3:
        start = text.rfind(" ", 0, spans[0][0] - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + length // 2)
    parts = ["… " if start > 0 else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    if end < len(text):
        parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 (every piece of text above is escaped)
