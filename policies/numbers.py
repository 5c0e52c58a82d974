"""Document numbers as people type them: '57/2021/nđ-cp', '57/2021/ND-CP ', ..."""

import unicodedata


def normalise_number(raw) -> str:
    """A comparison key: upper case, no diacritics (Đ -> D), no spaces, at most 80 chars."""
    if not isinstance(raw, str):
        return ""
    text = raw[:200].replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c) and c.isprintable())
    text = "".join(text.split()).upper()
    return text.replace("–", "-").replace("—", "-")[:80]
