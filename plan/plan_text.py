"""Read the plan's transcription (demo/content/plan-vi.md) into structured sections.

The transcription comes from a scan: its numbering is irregular (a second "II" for the
departments' part) and page breaks split some words. SOURCES.md lists the only corrections
allowed; they live here, once, so the loader applies them and the page lists them.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

PLAN_MD = Path(__file__).resolve().parent.parent / "demo" / "content" / "plan-vi.md"

# (as transcribed, as corrected, where): the corrections SOURCES.md lists, applied verbatim.
CORRECTIONS = [
    ("Phân đầu đến năm 2025", "Phấn đấu đến năm 2025", "II-1"),
    ("tiên tới đẩy mạnh xuất khẩu", "tiến tới đẩy mạnh xuất khẩu", "II-1"),
    ("Chủ tịch Ủy ban nhân dân cáchuyện", "Chủ tịch Ủy ban nhân dân các huyện", "IV"),
    ("chẽ tài chật chẽ", "chế tài chặt chẽ", "III-B-9"),
    ("Định hướng định hướng các cơ quan báo chí", "Định hướng các cơ quan báo chí", "III-B-6"),
    ("Căn cứ chức năng nhiệm vụ cơ, phối hợp", "Căn cứ chức năng, nhiệm vụ, phối hợp", "III-B-13a"),
]
# Corrections that are not a replacement of words: the page lists them as notes.
JOINED_WORDS = [
    ("công / nghiệp", "II-1"),
    ("trong / nước", "III-4"),
    ("kinh doanh / hấp dẫn", "III-B-12"),
]
ARTEFACTS = ["(k.....)", "*J*", "*HN*"]

# The departments' part (III-B): item code -> lead agency slug, in the plan's order.
TASK_GROUPS = [
    ("III-B-1", "so-cong-thuong"),
    ("III-B-2", "so-ke-hoach-va-dau-tu"),
    ("III-B-3", "so-tai-chinh"),
    ("III-B-4", "so-khoa-hoc-va-cong-nghe"),
    ("III-B-5", "so-lao-dong-thuong-binh-va-xa-hoi"),
    ("III-B-6", "so-thong-tin-va-truyen-thong"),
    ("III-B-7", "ban-quan-ly-cac-khu-cong-nghiep"),
    ("III-B-8", "so-tai-nguyen-va-moi-truong"),
    ("III-B-9", "so-giao-thong-van-tai"),
    ("III-B-10", "so-xay-dung"),
    ("III-B-11", "ngan-hang-nha-nuoc-chi-nhanh-vinh-phuc"),
    ("III-B-12", "so-noi-vu"),
    ("III-B-13a", "cac-so-ban-nganh-khac"),
    ("III-B-13b", "dai-phat-thanh-truyen-hinh-vinh-phuc"),
    ("III-B-14", "ubnd-cac-huyen-thanh-pho"),
    ("III-B-15", "cac-doanh-nghiep"),
]
GROUP_CODES = [code for code, _slug in TASK_GROUPS]

# Bodies a task names besides its lead: they become its cooperating agencies.
NAMED_BODIES = [
    ("Sở Kế hoạch và Đầu tư", "so-ke-hoach-va-dau-tu"),
    ("Sở Giáo dục và Đào tạo", "so-giao-duc-va-dao-tao"),
    ("Sở Lao động, Thương binh và Xã hội", "so-lao-dong-thuong-binh-va-xa-hoi"),
    ("Báo Vĩnh Phúc", "bao-vinh-phuc"),
]

ROMAN = re.compile(r"^(I|II|III|IV)\.\s*(.*)$")
NUMBERED = re.compile(r"^(\d+)\.\s*(.*)$")


@dataclass
class Section:
    anchor: str
    number: str
    heading: str
    level: int
    body: list = field(default_factory=list)  # [("paragraph", str) | ("bullets"|"numbered", [str])]
    group: str = ""


@dataclass
class ParsedPlan:
    number_line: str = ""
    place_date_line: str = ""
    title: str = ""
    subtitle: str = ""
    sections: list = field(default_factory=list)
    recipients: list = field(default_factory=list)

    def tasks(self):
        """(group, text) for every bullet or paragraph of the departments' part, in order."""
        for section in self.sections:
            if section.group:
                for kind, value in section.body:
                    for text in [value] if kind == "paragraph" else value:
                        yield section.group, text

    def texts(self):
        """Every heading, paragraph and list item of the plan, corrected, for checking."""
        yield from (self.number_line, self.place_date_line, self.title, self.subtitle)
        for section in self.sections:
            yield section.heading
            for kind, value in section.body:
                yield from [value] if kind == "paragraph" else value
        yield from self.recipients


def apply_corrections(text: str) -> str:
    for wrong, right, _anchor in CORRECTIONS:
        text = text.replace(wrong, right)
    for artefact in ARTEFACTS:
        text = text.replace(artefact, "")
    return text


def _clean_heading(line: str) -> str:
    return line.lstrip("#").strip().strip("*").strip()


def _add(section, kind, text):
    """Append a paragraph or list item; a lower-case start continues the last one."""
    if text[:1].islower() and section.body:
        last_kind, last = section.body[-1]
        if last_kind == "paragraph":
            section.body[-1] = (last_kind, f"{last} {text}")
        else:
            last[-1] = f"{last[-1]} {text}"
        return
    if kind == "paragraph":
        section.body.append(("paragraph", text))
    elif section.body and section.body[-1][0] == kind:
        section.body[-1][1].append(text)
    else:
        section.body.append((kind, [text]))


def parse_plan(text: str | None = None) -> ParsedPlan:
    text = apply_corrections(PLAN_MD.read_text(encoding="utf-8") if text is None else text)
    plan = ParsedPlan()
    preamble = Section("mo-dau", "", "", 2)
    current, part, romans_seen, items_seen = None, "", [], {}
    in_recipients = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("**TM."):
            break  # the signature block: kept as page fields
        if line.startswith("Số:"):
            plan.number_line = line
            continue
        if not plan.title and line.startswith("Vĩnh Phúc, ngày"):
            plan.place_date_line = line
            continue
        is_heading = line.startswith("#") or (line.startswith("**") and line.endswith("**"))
        if is_heading:
            heading = _clean_heading(line)
            if heading == "KẾ HOẠCH":
                plan.title = heading
                continue
            if not plan.subtitle and heading.startswith("TRIỂN KHAI"):
                plan.subtitle = heading
                current = preamble
                plan.sections.append(preamble)
                continue
            if heading == "Nơi nhận:":
                in_recipients = True
                continue
            if match := ROMAN.match(heading):
                roman = match.group(1)
                part = "III-B" if roman in romans_seen else roman
                romans_seen.append(roman)
                current = Section(part, f"{roman}.", match.group(2), 2)
                plan.sections.append(current)
                continue
            if match := NUMBERED.match(heading):
                number = match.group(1)
                anchor = f"{part}-{number}"
                if part == "III-B" and number == "13":
                    anchor += "b" if items_seen.get(anchor) else "a"
                    items_seen[f"{part}-13"] = True
                current = Section(anchor, f"{number}.", match.group(2), 3)
                if part == "III-B":
                    current.group = anchor
                plan.sections.append(current)
                continue
            raise ValueError(f"Unrecognised heading in the plan: {heading!r}")
        if in_recipients:
            plan.recipients.append(line.lstrip("-").strip())
            continue
        if line.startswith("-"):
            _add(current, "bullets", line.lstrip("-").strip())
        elif part == "IV" and (match := NUMBERED.match(line)):
            _add(current, "numbered", match.group(2).strip())
        else:
            _add(current, "paragraph", line)
    return plan


def cooperating_slugs(text: str, lead_slug: str) -> list[str]:
    return [slug for name, slug in NAMED_BODIES if name in text and slug != lead_slug]
