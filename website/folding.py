"""Vietnamese text folding shared by the index and the query.

Citizens type with full diacritics, without them, in capitals, or with keyboards that send
decomposed Unicode (NFD). Neither SQLite's FTS5 tokenizer nor PostgreSQL's ``simple``
configuration folds ``đ`` or every stacked mark (``nghiệp``, ``hỗ``), so the site indexes a
folded copy of its text and folds the query the same way: one function, both sides.
"""

import re
import unicodedata

# Abbreviations of Vietnamese legal document types, folded, with their spelled-out names, so
# that "nghị định 57" finds 57/2021/NĐ-CP.
DOCUMENT_TYPES = {
    "nd": "nghi dinh",
    "nq": "nghi quyet",
    "qd": "quyet dinh",
    "tt": "thong tu",
    "ttlt": "thong tu lien tich",
    "ct": "chi thi",
    "kh": "ke hoach",
    "cv": "cong van",
    "l": "luat",
    "ql": "luat",
    "ubtvqh": "uy ban thuong vu quoc hoi",
}

# Spelled-out types (Vietnamese folded, and English) back to their abbreviation, so that
# "nghị định 57" or "Decree 57/2021" are looked up as exactly as "57/2021/NĐ-CP".
TYPE_ABBREVIATIONS = {
    "nghi dinh": "nd",
    "nghi quyet": "nq",
    "quyet dinh": "qd",
    "thong tu": "tt",
    "chi thi": "ct",
    "decree": "nd",
    "resolution": "nq",
    "decision": "qd",
    "circular": "tt",
    "directive": "ct",
}
_TYPED_NUMBER_RE = re.compile(
    r"(" + "|".join(TYPE_ABBREVIATIONS) + r")\s+(?:so\s+|no\s+)?(\d{1,5})(?:/(\d{4}))?"
)
# A document number: "57/2021/NĐ-CP", "115/NQ-CP", "57/2021", "01/2022/TT-BCT".
NUMBER_RE = re.compile(r"\b\d{1,5}/(?:\d{4}/?)?(?:[^\W\d_][\w]*(?:-[\w]+)*)?", re.UNICODE)
_NUMBER_PUNCTUATION = re.compile(r"[/\-.]+")
# Prefix of the single token that holds a whole number (see number_keys); chosen so that it
# cannot collide with a Vietnamese or English word.
KEY_PREFIX = "sohieu"


def fold(text: str) -> str:
    """NFC, lower case, đ to d, combining marks stripped.

    'Công nghiệp HỖ TRỢ' -> 'cong nghiep ho tro'; 'Đào' -> 'dao'.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped)


def fold_for_index(text: str) -> str:
    """Folded text with ``/ - .`` as spaces, so every part of a number is its own term."""
    return _NUMBER_PUNCTUATION.sub(" ", fold(text))


def number_key(number: str) -> str:
    """One token for a whole number: '57/2021/NĐ-CP' -> 'sohieu572021ndcp'."""
    compact = re.sub(r"[\W_]+", "", fold(number))
    return f"{KEY_PREFIX}{compact}" if compact else ""


def looks_like_number(query: str) -> bool:
    """True for '57/2021/NĐ-CP', '57/2021', '115/NQ-CP' (a digit, a slash, nothing else)."""
    query = query.strip()
    return bool(query) and " " not in query and bool(NUMBER_RE.fullmatch(query))


def query_number_key(query: str) -> str:
    """The whole-number key a query asks for exactly, or '' when it is not a number.

    '57/2021/ND-CP' -> 'sohieu572021ndcp'; '57/2021' -> 'sohieu572021';
    'nghị định 57' -> 'sohieu57nd'; 'Decree 57/2021' -> 'sohieu572021nd'.
    """
    if looks_like_number(query):
        return number_key(query)
    match = _TYPED_NUMBER_RE.fullmatch(" ".join(fold(query).split()))
    if match:
        kind, number, year = match.groups()
        return number_key(number + (year or "") + TYPE_ABBREVIATIONS[kind])
    return ""


def number_variants(number: str) -> str:
    """The terms a document number is found by, as one string for the number index field.

    '57/2021/NĐ-CP' -> '57 2021 nd cp ndcp nghi dinh sohieu572021ndcp sohieu572021
    sohieu57nd sohieu572021nd': its parts, their folded forms, the spelled-out type, and
    whole-number keys for the exact look-up (the full number, number/year, number + type).
    """
    number = unicodedata.normalize("NFC", number or "").strip()
    if not number:
        return ""
    parts = [part for part in _NUMBER_PUNCTUATION.split(fold(number)) if part]
    terms = list(parts)
    letters = [part for part in parts if not part.isdigit()]
    if letters:
        terms.append("".join(letters))
        expansion = DOCUMENT_TYPES.get(letters[0])
        if expansion:
            terms.append(expansion)
    digits = [part for part in parts if part.isdigit()]
    keys = {number_key(number)}
    if digits:
        kind = letters[0] if letters else ""
        year = digits[1] if len(digits) > 1 and len(digits[1]) == 4 else ""
        # number/year, number + type, number/year + type
        keys.update(number_key(digits[0] + rest) for rest in (year, kind, year + kind) if rest)
    terms.extend(sorted(key for key in keys if key))
    return " ".join(terms)
