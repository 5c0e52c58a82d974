"""StreamField blocks shared by every page type (as bakerydemo's base/blocks.py)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=60,
        help_text=_(
            "Optional id for links to this heading, e.g. 'muc-tieu'. Letters, digits, '-'."
        ),
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"
        description = _("A section heading that can be linked to")
        preview_value = {"text": "Mục tiêu cụ thể", "level": "h2", "anchor": "muc-tieu"}


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=255,
        help_text=_("Required: what the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "components/blocks/figure_block.html"
        description = _("An image with required alternative text and an optional caption")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/document_link_block.html"
        description = _("A link to download a document, with its type and size")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("External link"), required=False, help_text=_("Used when no page is chosen.")
    )
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action_block.html"
        description = _("A highlighted box that leads the reader to a next step")
        preview_value = {
            "title": "Tra cứu chính sách ưu đãi",
            "text": "Tìm các chính sách hỗ trợ phù hợp với doanh nghiệp của bạn.",
            "url": "https://example.com/",
            "button_label": "Tra cứu",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give a link."))}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=255)
    source_url = blocks.URLBlock(label=_("Source link"), required=False)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote_block.html"
        description = _("A quotation with its author or source")
        preview_value = {
            "quote": "Phát triển công nghiệp hỗ trợ là một trong những giải pháp quan trọng.",
            "attribution": "Nghị quyết 115/NQ-CP",
        }


class AccessibleTableBlock(TableBlock):
    """Wagtail's table, rendered with a caption and header cells for screen readers."""

    class Meta:
        icon = "table"
        template = "components/blocks/table_block.html"
        description = _("A table with a header row and an optional caption")


class BodyBlock(blocks.StreamBlock):
    """The blocks every page body offers, in the order editors see them."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "ol", "ul", "link", "document-link", "h3", "h4"],
        icon="pilcrow",
        template="components/blocks/paragraph_block.html",
        description=_("Formatted text"),
        preview_value=(
            "<p>Công nghiệp hỗ trợ là các ngành sản xuất nguyên liệu, vật liệu, linh kiện "
            "và phụ tùng để cung cấp cho sản xuất sản phẩm hoàn chỉnh.</p>"
        ),
    )
    figure = FigureBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
    table = AccessibleTableBlock(label=_("Table"))
    quote = QuoteBlock()
