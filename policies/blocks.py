"""StreamField blocks of policies and legal documents.

The blocks sit below the models that use them and import none of them; the rule block
takes its questions and operators from the pure eligibility engine.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .eligibility import FIELDS, OPERATORS


class BenefitBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("What"), max_length=200)
    value = blocks.CharBlock(label=_("Rate, amount or duration"), max_length=300)
    note = blocks.CharBlock(label=_("Condition or source"), required=False, max_length=300)

    class Meta:
        icon = "tick"
        label = _("Benefit")


class SourceBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Address"))
    note = blocks.CharBlock(label=_("What it confirms"), required=False, max_length=300)

    class Meta:
        icon = "link"
        label = _("Source")


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
