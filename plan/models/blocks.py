"""Blocks that hold the plan's text: one section per numbered part, with a stable anchor."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .tasks import TASK_GROUP_CHOICES

anchor_validator = RegexValidator(r"^[A-Za-z0-9-]+$", _("Use letters, digits and '-' only."))


class SectionBodyBlock(blocks.StreamBlock):
    paragraph = blocks.TextBlock(label=_("Paragraph"), help_text=_("Plain text, as written."))
    bullets = blocks.ListBlock(blocks.TextBlock(label=_("Bullet")), label=_("Bulleted list"))
    numbered = blocks.ListBlock(blocks.TextBlock(label=_("Item")), label=_("Numbered list"))


class PlanSectionBlock(blocks.StructBlock):
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        max_length=20,
        validators=[anchor_validator],
        help_text=_("The section's id in links, e.g. 'III-3' or 'III-B-13b' (see SOURCES.md)."),
    )
    number = blocks.CharBlock(
        label=_("Number"), max_length=10, required=False, help_text=_("As printed: 'III.', '3.'")
    )
    heading = blocks.TextBlock(label=_("Heading"), required=False)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("2", _("Part (I, II, III, IV)")), ("3", _("Item of a part"))],
        default="3",
    )
    body = SectionBodyBlock(label=_("Text"), required=False)
    task_group = blocks.ChoiceBlock(
        label=_("Tasks of this item"),
        choices=TASK_GROUP_CHOICES,
        required=False,
        help_text=_(
            "For the departments' part (III-B): the item's bullets are the Task snippets of "
            "this group, shown here, so the text lives in one place. Leave the text empty."
        ),
    )

    class Meta:
        icon = "list-ul"
        label = _("Section")
        form_classname = "struct-block"


class CorrectionBlock(blocks.StructBlock):
    as_transcribed = blocks.TextBlock(label=_("As transcribed"))
    corrected = blocks.TextBlock(label=_("Corrected to"))
    anchor = blocks.CharBlock(
        label=_("Section"), max_length=20, required=False, validators=[anchor_validator]
    )

    class Meta:
        icon = "edit"
        label = _("Editorial correction")
