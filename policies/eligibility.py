"""'Which incentives fit my enterprise?': editors' rules on each policy, matched to answers.

Nothing here knows any particular policy: each PolicyPage carries its own rules (field,
operator, value, explanation, legal clause) and this module only evaluates them.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

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
MAX_PARAM = 100


class EligibilityRuleBlock(blocks.StructBlock):
    field = blocks.ChoiceBlock(choices=FIELDS, label=_("Question"))
    operator = blocks.ChoiceBlock(choices=OPERATORS, label=_("Operator"))
    # A RegexBlock, not a CharBlock: wagtail-localize offers CharBlocks for translation,
    # and codes must stay the same in every language.
    value = blocks.RegexBlock(
        regex=r"^[a-z0-9_,\- ]+$",
        error_messages={
            "invalid": _("Use codes: lower-case letters, digits, '-', '_' and ',' only.")
        },
        label=_("Value"),
        max_length=200,
        help_text=_(
            "Codes: sector and size slugs; 'yes'/'no'; 'none', 'short', 'medium_long'; "
            "a date as YYYY-MM-DD."
        ),
    )
    explanation = blocks.CharBlock(
        label=_("Why it matches"), max_length=300, help_text=_("Shown to the enterprise.")
    )
    legal_clause = blocks.CharBlock(
        label=_("Legal clause"), max_length=200, required=False, help_text=_("Only if verified.")
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Eligibility rule")


def _parse_date(value):
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
    limit = _parse_date(rule["value"])
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


def clean_answers(params, sector_slugs, size_slugs) -> dict:
    """Only known values survive; anything else is treated as unanswered."""

    def pick(name, allowed):
        value = params.get(name, "")[:MAX_PARAM]
        return value if value in allowed else ""

    answers = {
        "sector": pick("sector", set(sector_slugs)),
        "size": pick("size", set(size_slugs)),
        "priority_product": pick("priority_product", {"yes", "no"}),
        "industrial_zone": pick("industrial_zone", {"yes", "no"}),
        "loan_type": pick("loan_type", {code for code, _label in LOAN_TYPES}),
        "project_date": None,
    }
    raw_date = params.get("project_date", "")[:MAX_PARAM]
    if raw_date:
        parsed = _parse_date(raw_date)
        if parsed and datetime.date(1900, 1, 1) <= parsed <= datetime.date(2100, 12, 31):
            answers["project_date"] = parsed
    return answers


def run_questionnaire(index_page, request) -> dict:
    from .models import EnterpriseSize, PolicyPage, Sector

    locale_id = index_page.locale_id
    sectors = list(Sector.objects.filter(locale_id=locale_id))
    sizes = list(EnterpriseSize.objects.filter(locale_id=locale_id))
    answers = clean_answers(request.GET, [s.slug for s in sectors], [s.slug for s in sizes])
    submitted = any(value not in (None, "") for value in answers.values())
    results = []
    if submitted:
        policies = PolicyPage.objects.child_of(index_page).live().public().order_by("path")
        for policy in policies:
            rules = [child.value for child in policy.eligibility_rules]
            matches, reasons, open_questions = match_policy(rules, answers)
            if matches:
                results.append(
                    {"policy": policy, "reasons": reasons, "open_questions": open_questions}
                )
    invalid_date = bool(request.GET.get("project_date")) and answers["project_date"] is None
    return {
        "answers": answers,
        "submitted": submitted,
        "results": results,
        "sectors": sectors,
        "sizes": sizes,
        "yes_no": YES_NO,
        "loan_types": LOAN_TYPES,
        "invalid_date": invalid_date,
        "field_labels": dict(FIELDS),
    }
