"""Reading the researched legal-document records as library pages.

``demo/content/legal-documents.json`` is the sourced record file, kept as the research wrote
it; ``demo/content/legal-documents-mapping.yaml`` says how its free text maps to the library's
fields and what SOURCES.md asks to fix before publishing. This module holds only the
generic reading: number spellings, text fixes, verification notes, relation triples. Every
word and value comes from those two files.
"""

import re
from functools import cache

from policies.models import DocumentStatus, RelationKind

from .loader import read

RECORDS_FILE = "legal-documents.json"
MAPPING_FILE = "legal-documents-mapping.yaml"

# Model field lengths: a record's text is cut to what the field holds.
TITLE_LENGTH, DATE_NOTE_LENGTH, STATUS_NOTE_LENGTH, SOURCE_NOTE_LENGTH = 255, 300, 400, 300
INTRODUCTION_LENGTH = 300

SPECIFIC_KINDS = {"amends", "implements", "guides"}


@cache
def mapping() -> dict:
    return read(MAPPING_FILE)


def load_records() -> list:
    return read(RECORDS_FILE)


def published_records() -> list:
    """Every record the library publishes: all but those marked ``do_not_publish``."""
    return [r for r in load_records() if not r.get("do_not_publish")]


def clean(text, lang) -> str:
    """A record's draft text made publishable."""
    if not text:
        return ""
    tables = mapping()
    for pattern in tables["drop_patterns"]:
        text = re.sub(pattern, "", text)
    text = text.replace(tables["unverified_marker"], tables["unverified_words"][lang])
    for fix in tables["text_fixes"]:
        text = text.replace(fix["find"], fix["replace"])
    return text.strip()


def fix_record_text(record, text) -> str:
    """The record's own corrections (its summary and provisions), after ``clean``."""
    for fix in mapping()["record_text_fixes"].get(record["id"], []):
        text = text.replace(fix["find"], fix["replace"])
    return text


def number_of(record):
    """(number, verified). A number marked unverified in the record is not published."""
    raw, marker = record["number"], mapping()["unverified_marker"]
    if raw.startswith(marker):
        return "", False
    if marker in raw:
        return raw.split("(")[0].strip(), False
    return raw, True


def signer_en(signer) -> str:
    """The signer with the Vietnamese title in front put into English."""
    if not signer:
        return ""
    for title in mapping()["signer_titles"]:
        if signer.startswith(title["vi"] + " "):
            return title["en"] + signer[len(title["vi"]) :]
    return signer


def first_sentence(text, limit=INTRODUCTION_LENGTH) -> str:
    sentence = text.split(". ")[0].strip()
    if not sentence.endswith("."):
        sentence += "."
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rsplit(" ", 1)[0] + "…"


def verification_note(record, lang) -> str:
    """What was checked and what was not, from the record's verification block."""
    tables = mapping()
    block = record.get("verification") or {}
    labels = tables["verification"]
    label = labels.get(block.get("status"), labels["UNVERIFIED"])[lang]
    lists = tables["verification_lists"]
    parts = [f"{label}."]
    if block.get("verified"):
        parts.append(lists["checked"][lang] + ": " + ", ".join(block["verified"]) + ".")
    if block.get("unverified"):
        parts.append(lists["unverified"][lang] + ": " + ", ".join(block["unverified"]) + ".")
    # The records' notes are in English; those about the research brief are not published.
    if lang == "en" and block.get("notes") and "brief" not in block["notes"].lower():
        parts.append(clean(block["notes"], "en"))
    return " ".join(parts)


def page_fields(record, lang) -> dict:
    """The LegalDocumentPage fields of one record in one language."""
    tables = mapping()
    vi = lang == "vi"
    number, number_verified = number_of(record)
    status_entry = tables["statuses"].get(record["id"], {})
    summary = fix_record_text(record, clean(record["summary_vi" if vi else "summary_en"], lang))
    provisions = [
        ("provision", fix_record_text(record, clean(p, lang)))
        for p in record["key_provisions_vi" if vi else "key_provisions_en"]
    ]
    if vi:
        date_note = tables["date_notes"]["vi"].get(record["id"], "")
        status_note = status_entry.get("note") or clean(record["status"], "vi")
    else:
        date_note = tables["date_notes"]["en"].get(record["id"]) or clean(
            record["effective_date_note"], "en"
        )
        status_note = clean(record["status_en"], "en")
    if status_note in tables["empty_status_notes"]:
        status_note = ""
    return {
        "title": (record["title_vi"] if vi else record["title_en"])[:TITLE_LENGTH],
        "introduction": first_sentence(summary) if summary else "",
        "number": number,
        "number_verified": number_verified,
        "document_type": tables["document_types"].get(record["type"], "other"),
        "issuer": record["issuer"] if vi else record["issuer_en"],
        "signer": (record["signer"] or "") if vi else signer_en(record["signer"]),
        "date_signed": record["date_signed"],
        "date_in_force": record["effective_date"],
        "date_note": date_note[:DATE_NOTE_LENGTH],
        "status": status_entry.get("status", DocumentStatus.UNVERIFIED),
        "status_note": status_note[:STATUS_NOTE_LENGTH],
        "summary": summary,
        "key_provisions": provisions,
        "sources": [
            ("source", {"url": s["url"], "note": s.get("note", "")[:SOURCE_NOTE_LENGTH]})
            for s in record["sources"]
        ],
        "verification_note": verification_note(record, lang),
    }


def relation_triples(records) -> list:
    """(source id, kind, target id or outside id) from every record, one per pair of documents.

    A relation the records state in both directions is kept once, the specific kind (amends,
    implements, guides, replaces) before a plain 'related'.
    """
    tables = mapping()
    inverse, outside = tables["inverse"], tables["outside"]
    published = {r["id"] for r in records}
    specific, related = [], []
    for record in records:
        for name, targets in record["relations"].items():
            for raw in targets:
                target = raw.split(" ")[0]
                if name in SPECIFIC_KINDS:
                    specific.append((record["id"], name, target))
                elif name in inverse:
                    specific.append((target, inverse[name], record["id"]))
                elif name.startswith("supersedes"):
                    # 'Supersedes' is 'replaces' in other words.
                    specific.append((record["id"], RelationKind.REPLACES, target))
                else:
                    related.append((record["id"], RelationKind.RELATED, target))
    seen, triples = set(), []
    for source, kind, target in specific + related:
        if source not in published or (target not in published and target not in outside):
            continue
        pair = frozenset((source, target))
        if pair in seen:
            continue
        seen.add(pair)
        triples.append((source, str(kind), target))
    return triples


def outside_label(target) -> str:
    """The number shown for a related document the library has no page for."""
    return mapping()["outside"][target]
