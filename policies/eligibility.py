"""'Which incentives fit my enterprise?': editors' rules on each policy, matched to answers.

A pure engine: plain data in (rules as mappings, answers as a mapping), results out. It
imports no model and touches no database; policies.views adapts the pages to it and
policies.forms reads the answers. Nothing here knows any particular policy: each
PolicyPage carries its own rules (field, operator, value, explanation, legal clause).
"""

import datetime

from django.utils.translation import gettext_lazy as _

# The questions a rule may ask about and the operators it may use: the rule block in
# policies.blocks offers these, the questionnaire form asks them.
FIELDS = [
    ("sector", _("Sector")),
    ("size", _("Enterprise size")),
    ("priority_product", _("Product on the priority list")),
    ("project_date", _("Date the project was carried out")),
    ("industrial_zone", _("Located in an industrial zone")),
    ("loan_type", _("Type of loan needed")),
]
OPERATORS = [
    ("in", _("is one of (comma-separated codes)")),
    ("not_in", _("is none of (comma-separated codes)")),
    ("before", _("is before the date (YYYY-MM-DD)")),
    ("on_or_after", _("is on or after the date (YYYY-MM-DD)")),
]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]
LOAN_TYPES = [
    ("none", _("No loan")),
    ("short", _("Short-term loan")),
    ("medium_long", _("Medium or long-term loan")),
]


def parse_date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def evaluate_rule(rule, answers) -> bool | None:
    """True when the rule holds, False when it fails, None when the answer is missing."""
    answer = answers.get(rule["field"])
    if answer in (None, ""):
        return None
    operator = rule["operator"]
    if operator in ("in", "not_in"):
        codes = {code.strip() for code in str(rule["value"]).split(",") if code.strip()}
        inside = answer in codes
        return inside if operator == "in" else not inside
    limit = parse_date(rule["value"])
    if limit is None or not isinstance(answer, datetime.date):
        return None
    return answer < limit if operator == "before" else answer >= limit


def match_policy(rules, answers):
    """(matches, reasons, open_questions) for one policy's rules."""
    reasons, open_questions = [], []
    for rule in rules:
        outcome = evaluate_rule(rule, answers)
        if outcome is False:
            return False, [], []
        if outcome is True:
            reasons.append(rule)
        else:
            open_questions.append(rule)
    return bool(reasons), reasons, open_questions


def matching(candidates, answers) -> list:
    """The candidates that match, in order, each with its reasons and open questions.

    ``candidates`` are (item, rules) pairs; the item is returned untouched, so the caller
    decides what it is (a page, an id, a test's label).
    """
    results = []
    for item, rules in candidates:
        matches, reasons, open_questions = match_policy(rules, answers)
        if matches:
            results.append({"policy": item, "reasons": reasons, "open_questions": open_questions})
    return results
