"""Read the plan's transcription (demo/content/plan-vi.md) into structured sections.

The transcription comes from a scan: its numbering is irregular (a second "II" for the
departments' part) and page breaks split some words. SOURCES.md lists the only corrections
allowed; they live in demo/content/plan/corrections.yaml, once, so the loader applies them and
the page lists them.
"""

import re
from dataclasses import dataclass, field

from plan.groups import GROUP_CODES

from .loader import content_path, read

PLAN_MD = content_path("plan-vi.md")

_CORRECTIONS = read("plan/corrections.yaml")
# (as transcribed, as corrected, where): the corrections SOURCES.md lists, applied verbatim.
CORRECTIONS = [
    (c["as_transcribed"], c["corrected"], c["anchor"]) for c in _CORRECTIONS["corrections"]
]
ARTEFACTS = _CORRECTIONS["artefacts"]

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

    def numbered_tasks(self):
        """(anchor, group, position in the group from 1, text) for every task, in order.

        The anchor is the group and the position, such as ``III-B-1-4``: the plan's own
        numbering, which keys the tasks' translations in the content files.
        """
        position = {}
        for group, text in self.tasks():
            position[group] = position.get(group, 0) + 1
            yield f"{group}-{position[group]}", group, position[group], text

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
                    if anchor not in GROUP_CODES:
                        raise ValueError(f"Unknown item of part III-B: {anchor!r}")
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
