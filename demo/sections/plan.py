"""Demo content of the plan: agencies, the plan's full text, its tasks, targets and the yearly
reports section, from ``demo/content/agencies.yaml``, ``plan-vi.md`` and ``plan/*.yaml``.

Every write goes through the loader, so a second run writes nothing and ``--update`` brings the
records back to the files. Who may edit or review reports is not the demo's business: the roles
module grants it on every database.
"""

from decimal import Decimal

from plan.models import (
    AgencyReportsPage,
    AnnualReportPage,
    PlanPage,
    ReportsIndexPage,
    Target,
    TargetValue,
    Task,
)
from website.models import Agency

from ..loader import get_locale, read
from ..plan_text import CORRECTIONS, parse_plan

# Decimal fields come back from the database with their two places: compare like with like.
CENTS = Decimal("0.01")
CONTACT_FACTS = ("phone", "email", "website", "contacts_are_sample")


def load(loader, home, home_en):
    vi, en = get_locale("vi"), get_locale("en")
    agencies = load_agencies(loader, vi, en)
    parsed = parse_plan()
    plan = load_plan_page(loader, home, en, parsed)
    load_tasks(loader, parsed, agencies, en)
    load_targets(loader, vi, en)
    load_reports(loader, plan, en, agencies)


def load_agencies(loader, vi, en):
    """Every body the plan names, in both languages; the Vietnamese records by slug, in the
    file's order."""
    records = read("agencies.yaml")
    order = {record["slug"]: position for position, record in enumerate(records, start=1)}
    agencies = {}
    # A successor is written with its predecessor, so successors are created first.
    for record in _successors_first(records):
        successor = record["successor"]
        facts = {
            "kind": record["kind"],
            "reports_annually": record["reports_annually"],
            "valid_from": record["valid_from"],
            "valid_to": record["valid_to"],
            "sort_order": order[record["slug"]],
            # Contact details only where the file gives them: none may be invented.
            **{k: record[k] for k in CONTACT_FACTS if k in record},
        }
        agency = loader.record(
            Agency,
            {"slug": record["slug"], "locale": vi},
            successor=agencies[successor] if successor else None,
            **facts,
            **record["vi"],
        )
        english_successor = Agency.objects.get(slug=successor, locale=en) if successor else None
        loader.translated_record(agency, en, successor=english_successor, **facts, **record["en"])
        agencies[record["slug"]] = agency
    return {record["slug"]: agencies[record["slug"]] for record in records}


def _successors_first(records):
    done, ordered, pending = set(), [], list(records)
    while pending:
        ready = [r for r in pending if not r["successor"] or r["successor"] in done]
        if not ready:
            raise ValueError("agencies.yaml: a successor is missing or the chain is circular")
        for record in ready:
            ordered.append(record)
            done.add(record["slug"])
            pending.remove(record)
    return ordered


def load_plan_page(loader, home, en, parsed):
    content = read("plan/plan.yaml")
    facts = {k: content[k] for k in ("show_in_menus", "issue_year", "signatory")}
    sections = []
    for s in parsed.sections:
        # The departments' part is rendered from the Task records: its items carry no text.
        body = [] if s.group else [{"type": kind, "value": value} for kind, value in s.body]
        section = {"anchor": s.anchor, "number": s.number, "heading": s.heading}
        sections.append(
            ("section", {**section, "level": str(s.level), "body": body, "task_group": s.group})
        )
    plan = loader.page(
        home,
        PlanPage,
        content["slug"],
        **facts,
        **content["vi"],
        number_as_printed=parsed.number_line,
        place_and_date_as_printed=parsed.place_date_line,
        document_title=parsed.title,
        document_subtitle=parsed.subtitle,
        recipients="\n".join(parsed.recipients),
        sections=sections,
        corrections=[
            ("correction", {"as_transcribed": wrong, "corrected": right, "anchor": anchor})
            for wrong, right, anchor in CORRECTIONS
        ],
    )
    summary = [
        ("section", {**section, "task_group": ""}) for section in read("plan/summary-en.yaml")
    ]
    loader.translation(plan, en, **facts, **content["en"], sections=summary, corrections=[])
    return plan


def load_tasks(loader, parsed, agencies, en):
    """One Task per bullet of part III-B, found again by its anchor (group and position); the
    English words from ``tasks-en.yaml``. Progress (status, updates) is the editors' and is
    never written here."""
    content = read("plan/tasks.yaml")
    groups = {g["group"]: g for g in content["groups"]}
    english = read("plan/tasks-en.yaml")
    for anchor, group, position, text in parsed.numbered_tasks():
        lead = agencies[groups[group]["lead"]]
        named = [b["slug"] for b in content["named_bodies"] if b["name"] in text]
        slugs = dict.fromkeys(named + groups[group].get("also_cooperating", []))
        cooperating = [agencies[slug] for slug in slugs if slug != lead.slug]
        # In the order the database gives them back, so an unchanged task compares equal.
        cooperating.sort(key=lambda agency: (agency.sort_order, agency.name))
        facts = {"lead_agency": lead, "cooperating_agencies": cooperating}
        task = loader.record(
            Task,
            {"locale": lead.locale, "group": group, "sort_order": position},
            text=text,
            **facts,
        )
        # Progress is reported in Vietnamese first: a new translation starts without it.
        new = not Task.objects.filter(translation_key=task.translation_key, locale=en).exists()
        loader.translated_record(
            task, en, text=english[anchor], **facts, **({"latest_update": ""} if new else {})
        )


def load_targets(loader, vi, en):
    for order, record in enumerate(read("plan/targets.yaml"), start=1):
        facts = {
            "comparator": record["comparator"],
            "plan_anchor": record["plan_anchor"],
            "target_2025": _decimal(record["target_2025"]),
            "target_2030": _decimal(record["target_2030"]),
            "sort_order": order,
        }
        target = loader.record(
            Target, {"slug": record["slug"], "locale": vi}, **facts, **record["vi"]
        )
        loader.translated_record(target, en, **facts, **record["en"])
        # Values are reported on the Vietnamese record only.
        for value in record["values"]:
            loader.record(
                TargetValue,
                {"target": target, "year": value["year"]},
                value=_decimal(value["value"]),
                source=value["source"],
                source_url=value.get("source_url", ""),
                is_sample=value["is_sample"],
            )


def load_reports(loader, plan, en, agencies):
    content = read("plan/reports.yaml")
    index = loader.page(
        plan,
        ReportsIndexPage,
        content["slug"],
        first_year=content["first_year"],
        last_year=content["last_year"],
        reports_are_sample=content["reports_are_sample"],
        **content["vi"],
    )
    loader.translation(index, en, **content["en"])
    sample = content["sample_report"]
    sent = sample["submitted_at"]
    for slug, agency in agencies.items():
        if not agency.reports_annually:
            continue
        page = loader.page(
            index,
            AgencyReportsPage,
            slug,
            title=agency.name,
            agency=agency,
            introduction=content["agency_page"]["introduction"].format(name=agency.name),
        )
        existed = (agency.valid_from is None or agency.valid_from <= sent.date()) and (
            agency.valid_to is None or agency.valid_to >= sent.date()
        )
        if existed:
            loader.page(
                page,
                AnnualReportPage,
                str(sample["year"]),
                title=sample["title"].format(year=sample["year"]),
                year=sample["year"],
                submitted_at=sent,
                summary=sample["summary"],
                is_sample=sample["is_sample"],
            )


def _decimal(value):
    return None if value is None else Decimal(value).quantize(CENTS)
