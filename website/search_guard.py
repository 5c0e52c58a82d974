"""The one guard every search entry point passes (results page, suggestions, API).

Wagtail 8.0.1's database backend fails on some inputs (a NUL byte and 160+ terms on
PostgreSQL, quote-and-parenthesis strings on SQLite; see docs/search.md). The
guard turns any text into a safe query: Unicode NFC, zero-width and other format
characters dropped, control and separator characters made spaces, only word characters
and ``/ - .`` kept, at most MAX_LENGTH characters and MAX_TERMS terms.

It lives in website, not in the search app, because the public API (website.api) uses it
too and website imports no app.
"""

import re
import unicodedata

MAX_LENGTH = 200
MAX_TERMS = 12

_DISALLOWED = re.compile(r"[^\w\s/.\-]+", re.UNICODE)


def clean_query(raw) -> str:
    if not isinstance(raw, str):
        return ""
    text = unicodedata.normalize("NFC", raw[: MAX_LENGTH * 4])
    chars = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cf" or category == "Cs":  # format (zero-width) and lone surrogates
            continue
        if category[0] in {"C", "Z"}:  # controls and separators (NUL, NBSP, ...)
            chars.append(" ")
            continue
        chars.append(char)
    text = _DISALLOWED.sub(" ", "".join(chars))
    terms = text.split()[:MAX_TERMS]
    return " ".join(terms)[:MAX_LENGTH].strip()
