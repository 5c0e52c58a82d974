import pytest

from website.blocks import BodyBlock

pytestmark = pytest.mark.django_db


def test_every_shared_block_has_icon_template_and_description():
    for name, block in BodyBlock().child_blocks.items():
        assert block.meta.icon, name
        assert block.meta.template, name
        assert block.meta.description, name


def test_blocks_render_accessible_markup():
    body = BodyBlock()
    value = body.to_python(
        [
            {"type": "heading", "value": {"text": "Mục tiêu", "level": "h2", "anchor": "muc-tieu"}},
            {
                "type": "quote",
                "value": {"quote": "Trích dẫn", "attribution": "Nguồn", "source_url": ""},
            },
            {
                "type": "table",
                "value": {
                    "data": [["Chỉ tiêu", "2025"], ["Doanh nghiệp", "> 50"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "Mục tiêu cụ thể",
                },
            },
        ]
    )
    html = body.render(value)
    assert '<h2 id="muc-tieu">Mục tiêu</h2>' in html
    assert "<blockquote" in html and "<figcaption>Nguồn</figcaption>" in html
    assert "<caption>Mục tiêu cụ thể</caption>" in html
    assert '<th scope="col">Chỉ tiêu</th>' in html
    assert '<th scope="row">Doanh nghiệp</th>' in html


def test_call_to_action_needs_a_page_or_a_link():
    from wagtail.blocks import StructBlockValidationError

    block = BodyBlock().child_blocks["call_to_action"]
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python(
                {"title": "T", "text": "", "button_label": "B", "url": "", "page": None}
            )
        )
