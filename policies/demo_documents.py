"""The legal documents library built from website/demo/content/legal-documents.json.

Every record without ``do_not_publish`` becomes a LegalDocumentPage in Vietnamese and
English. The records are working drafts: this module fixes what SOURCES.md says to fix
(notes about the brief are dropped, 'UNVERIFIED' reads as 'chưa xác minh' / 'not
verified', the plan's 2030 target is the plan's own 75) and maps statuses and relations.
"""

import json
import re
from pathlib import Path

from django.conf import settings

from .models import DocumentStatus, LegalDocumentPage, LegalDocumentRelation, RelationKind

CONTENT = Path(settings.BASE_DIR) / "demo" / "content" / "legal-documents.json"

TYPES = {
    "Luật": "law",
    "Nghị quyết": "resolution",
    "Nghị định": "decree",
    "Quyết định": "decision",
    "Thông tư": "circular",
    "Kế hoạch": "plan",
}

S = DocumentStatus
# Record id -> (status, Vietnamese note). The records' own status text is free prose;
# the status value here says only what that prose confirms.
STATUS = {
    "nq-115-2020-nq-cp": (
        S.UNVERIFIED,
        "Chưa xác minh (chưa tìm thấy văn bản thay thế; các mục tiêu kéo dài đến năm 2030).",
    ),
    "nd-57-2021-nd-cp": (
        S.UNVERIFIED,
        "Có hiệu lực từ 04/6/2021. Hiện trạng sau Luật Thuế TNDN 2025 và Nghị định "
        "320/2025/NĐ-CP: chưa xác minh; ưu đãi theo Nghị định này được trình bày như quy "
        "định chuyển tiếp, mang tính lịch sử.",
    ),
    "nd-111-2015-nd-cp": (S.PARTLY_AMENDED, None),
    "nd-205-2025-nd-cp": (S.IN_FORCE, None),
    "tt-55-2015-tt-bct": (S.UNVERIFIED, None),
    "qd-68-2017-qd-ttg": (S.PARTLY_AMENDED, None),
    "qd-71-2024-qd-ttg": (S.UNVERIFIED, "Chưa xác minh (gắn với giai đoạn 2021-2025)."),
    "qd-10-2017-qd-ttg": (S.UNVERIFIED, "Chưa xác minh."),
    "tt-29-2018-tt-btc": (S.UNVERIFIED, "Chưa xác minh."),
    "tt-01-2016-tt-nhnn": (S.UNVERIFIED, "Chưa xác minh."),
    "tt-39-2016-tt-nhnn": (
        S.UNVERIFIED,
        "Chưa xác minh (đã được sửa đổi; hiện trạng sau Luật Các tổ chức tín dụng 2024 chưa "
        "kiểm tra).",
    ),
    "qd-1125-2023-qd-nhnn": (
        S.UNVERIFIED,
        "Chưa xác minh (là mức áp dụng tại thời điểm nguồn đưa tin; thay đổi sau đó chưa "
        "kiểm tra).",
    ),
    "luat-71-2014-qh13": (S.REPLACED, None),
    "luat-thue-tndn-2025": (S.IN_FORCE, None),
    "ke-hoach-vinh-phuc-nq115": (S.UNVERIFIED, None),
    "qd-3663-vinh-phuc-ctr-cnht-2021-2025": (S.UNVERIFIED, None),
    "nq-57-2016-nq-hdnd-vinh-phuc": (S.UNVERIFIED, "Chưa xác minh."),
    "nq-18-2020-nq-hdnd-vinh-phuc": (S.UNVERIFIED, "Chưa xác minh."),
    "qd-158-2024-qd-ttg": (S.UNVERIFIED, None),
    "nq-202-2025-qh15": (S.IN_FORCE, None),
}

DATE_NOTE_VI = {
    "nq-115-2020-nq-cp": "Nghị quyết loại này thường có hiệu lực từ ngày ký; chưa đối chiếu "
    "được toàn văn.",
    "nd-57-2021-nd-cp": "Có hiệu lực từ ngày ký.",
    "tt-55-2015-tt-bct": "Theo văn bản hợp nhất 11/VBHN-BCT (09/3/2020).",
    "luat-thue-tndn-2025": "Áp dụng từ kỳ tính thuế năm 2025.",
    "ke-hoach-vinh-phuc-nq115": "TTXVN đưa tin ngày 09/9/2021; số và ngày ban hành chưa xác minh.",
    "qd-3663-vinh-phuc-ctr-cnht-2021-2025": "Ngày ban hành chưa xác minh (Đài PT-TH Vĩnh Phúc "
    "đưa tin ngày 02/4/2022; kinh phí giai đoạn 2022-2025).",
    "nq-202-2025-qh15": "Các tỉnh mới hoạt động từ 01/7/2025 (Báo Lao Động); điều khoản hiệu "
    "lực của Nghị quyết chưa xác minh.",
}
# Notes the research wrote 'from memory' are not facts: they are replaced.
DATE_NOTE_EN = {
    "tt-39-2016-tt-nhnn": "Date and effective date not verified.",
    "qd-1125-2023-qd-nhnn": "Issued in 2023 with Decisions 1123 and 1124/QD-NHNN; exact dates "
    "not verified.",
}

# Documents the records name but the library has no page for.
OUTSIDE = {
    "nd-218-2013-nd-cp": "218/2013/NĐ-CP",
    "tt-42-2019-tt-bct": "42/2019/TT-BCT",
    "qd-844-2016-qd-ttg": "844/QĐ-TTg",
}

INVERSE = {"amended_by": "amends", "implemented_by": "implements", "guided_by": "guides"}

SIGNER_TITLES_EN = [
    ("Phó Thủ tướng", "Deputy Prime Minister"),
    ("Thủ tướng", "Prime Minister"),
    ("Thứ trưởng", "Deputy Minister"),
    ("Bộ trưởng", "Minister"),
    ("Phó Thống đốc", "Deputy Governor"),
    ("Chủ tịch Quốc hội", "Chairman of the National Assembly"),
]

VERIFICATION = {
    "VERIFIED": ("Đã xác minh", "Verified"),
    "PARTIALLY_VERIFIED": ("Xác minh một phần", "Partly verified"),
    "UNVERIFIED": ("Chưa xác minh", "Not verified"),
}

_BRIEF_NOTE = re.compile(r"\s*\((Đây là Thông tư 29/2018 có thật|This is the real Circular)[^)]*\)")


def load_records() -> list:
    with CONTENT.open(encoding="utf-8") as handle:
        return json.load(handle)


def published_records() -> list:
    return [r for r in load_records() if not r.get("do_not_publish")]


def clean(text, lang) -> str:
    """A record's draft text made publishable."""
    if not text:
        return ""
    text = _BRIEF_NOTE.sub("", text)
    text = text.replace("UNVERIFIED", "chưa xác minh" if lang == "vi" else "not verified")
    text = text.replace("Mức trần hiện hành: 4,0%/năm", "Mức trần 4,0%/năm")
    text = text.replace("Số điều khoản cụ thể (Điều 13)", "Số điều khoản cụ thể")
    text = text.replace("Exact article (Art. 13)", "Exact article")
    return text.strip()


def clean_plan_target(record, text) -> str:
    """SOURCES.md: for the plan's own content the plan text wins (75, not the press's 70)."""
    if record["id"] != "ke-hoach-vinh-phuc-nq115":
        return text
    text = text.replace("có 70 doanh nghiệp", "có trên 75 doanh nghiệp")
    text = text.replace("Đến năm 2030: 70 doanh nghiệp", "Đến năm 2030: trên 75 doanh nghiệp")
    text = text.replace("is 70 firms", "is more than 75 firms")
    return text.replace("By 2030: 70 firms", "By 2030: more than 75 firms")


def number_of(record):
    """(number, verified). A number marked UNVERIFIED in the record is not published."""
    raw = record["number"]
    if raw.startswith("UNVERIFIED"):
        return "", False
    if "UNVERIFIED" in raw:
        return raw.split("(")[0].strip(), False
    return raw, True


def signer_en(signer) -> str:
    if not signer:
        return ""
    for vi, en in SIGNER_TITLES_EN:
        if signer.startswith(vi + " "):
            return en + signer[len(vi) :]
    return signer


def first_sentence(text, limit=300) -> str:
    sentence = text.split(". ")[0].strip()
    if not sentence.endswith("."):
        sentence += "."
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rsplit(" ", 1)[0] + "…"


def verification_note(record, lang) -> str:
    block = record.get("verification") or {}
    label = VERIFICATION.get(block.get("status"), VERIFICATION["UNVERIFIED"])
    if lang == "vi":
        parts = [f"{label[0]}."]
        if block.get("verified"):
            parts.append("Đã đối chiếu: " + ", ".join(block["verified"]) + ".")
        if block.get("unverified"):
            parts.append("Chưa xác minh: " + ", ".join(block["unverified"]) + ".")
        return " ".join(parts)
    parts = [f"{label[1]}."]
    if block.get("verified"):
        parts.append("Checked: " + ", ".join(block["verified"]) + ".")
    if block.get("unverified"):
        parts.append("Not verified: " + ", ".join(block["unverified"]) + ".")
    if block.get("notes") and "brief" not in block["notes"].lower():
        parts.append(clean(block["notes"], "en"))
    return " ".join(parts)


def page_fields(record, lang) -> dict:
    number, number_verified = number_of(record)
    status, note_vi = STATUS.get(record["id"], (S.UNVERIFIED, None))
    vi = lang == "vi"
    summary = clean_plan_target(record, clean(record["summary_vi" if vi else "summary_en"], lang))
    provisions = [
        ("provision", clean_plan_target(record, clean(p, lang)))
        for p in record["key_provisions_vi" if vi else "key_provisions_en"]
    ]
    if vi:
        date_note = DATE_NOTE_VI.get(record["id"], "")
        status_note = note_vi or clean(record["status"], "vi")
    else:
        date_note = DATE_NOTE_EN.get(record["id"]) or clean(record["effective_date_note"], "en")
        status_note = clean(record["status_en"], "en")
    if status_note in {"Chưa xác minh", "chưa xác minh", "not verified"}:
        status_note = ""
    return {
        "title": (record["title_vi"] if vi else record["title_en"])[:255],
        "introduction": first_sentence(summary) if summary else "",
        "number": number,
        "number_verified": number_verified,
        "document_type": TYPES.get(record["type"], "other"),
        "issuer": record["issuer"] if vi else record["issuer_en"],
        "signer": (record["signer"] or "") if vi else signer_en(record["signer"]),
        "date_signed": record["date_signed"],
        "date_in_force": record["effective_date"],
        "date_note": date_note[:300],
        "status": status,
        "status_note": status_note[:400],
        "summary": summary,
        "key_provisions": provisions,
        "sources": [
            ("source", {"url": s["url"], "note": s.get("note", "")[:300]})
            for s in record["sources"]
        ],
        "verification_note": verification_note(record, lang),
    }


def relation_triples(records) -> list:
    """(source id, kind, target id or outside label) from every record, one per pair."""
    published = {r["id"] for r in records}
    specific, related = [], []
    for record in records:
        for name, targets in record["relations"].items():
            for raw in targets:
                target = raw.split(" ")[0]
                if name in {"amends", "implements", "guides"}:
                    specific.append((record["id"], name, target))
                elif name in INVERSE:
                    specific.append((target, INVERSE[name], record["id"]))
                elif name.startswith("supersedes"):
                    # 'Supersedes' is 'replaces' in other words.
                    specific.append((record["id"], RelationKind.REPLACES, target))
                else:
                    related.append((record["id"], RelationKind.RELATED, target))
    seen, triples = set(), []
    for source, kind, target in specific + related:
        if source not in published or (target not in published and target not in OUTSIDE):
            continue
        pair = frozenset((source, target))
        if pair in seen:
            continue
        seen.add(pair)
        triples.append((source, str(kind), target))
    return triples


def add_relations(pages_by_id, records):
    """Relations are written once, on the Vietnamese pages, as a new published revision."""
    by_source = {}
    for source, kind, target in relation_triples(records):
        by_source.setdefault(source, []).append((kind, target))
    for source_id, items in by_source.items():
        page = pages_by_id[source_id]
        if page.relations.exists():
            continue
        page.relations = [
            LegalDocumentRelation(
                kind=kind,
                target=pages_by_id.get(target),
                target_label="" if target in pages_by_id else OUTSIDE[target],
            )
            for kind, target in items
        ]
        page.save_revision().publish()


__all__ = ["LegalDocumentPage", "add_relations", "page_fields", "published_records"]
