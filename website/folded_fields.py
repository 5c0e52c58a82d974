"""What a page type adds to Wagtail's index so that Vietnamese search works.

``website.models.pages.BasePage`` already has all of it, so any page type that extends
BasePage and keeps ``*BasePage.search_fields`` joins the search with no change:
- ``search_title_folded``: the folded title (boosted, and an autocomplete field);
- ``search_text_folded``: the folded copy of every other SearchField the page type declares
  (introduction, body, whatever it adds), computed from ``get_search_fields()``;
- ``search_numbers``: the variants of the page's own document number
  (``document_number``, if the page type has one), for the exact number look-up.

A model that does not extend BasePage joins with the same three lines::

    search_fields = [..., *folded_fields.folded_search_fields()]
    search_title_folded = folded_fields.title_folded
    search_text_folded = folded_fields.text_folded
    search_numbers = folded_fields.numbers
"""

from wagtail.search import index

from .folding import fold_for_index, number_variants

FOLDED_FIELD_NAMES = frozenset({"search_title_folded", "search_text_folded", "search_numbers"})
# The title and the number weigh most: an exact number or title word beats a body mention.
TITLE_BOOST = 2
NUMBER_BOOST = 3


def folded_search_fields() -> list:
    return [
        index.SearchField("search_title_folded", boost=TITLE_BOOST),
        index.AutocompleteField("search_title_folded"),
        index.SearchField("search_text_folded"),
        index.SearchField("search_numbers", boost=NUMBER_BOOST),
    ]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return str(value)


def title_folded(page) -> str:
    return fold_for_index(page.title)


def text_folded(page) -> str:
    """Folded copy of the page type's other SearchFields (not the title, not the copies)."""
    texts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField):
            continue
        if field.field_name == "title" or field.field_name in FOLDED_FIELD_NAMES:
            continue
        texts.append(_text(field.get_value(page)))
    return fold_for_index(" ".join(texts))


def document_numbers(page) -> list[str]:
    """The numbers a page *is* (a legal document's own number), exactly looked up first."""
    number = getattr(page, "document_number", "") or ""
    return [str(number)] if str(number).strip() else []


def numbers(page) -> str:
    # Only the page's own number: a news item that cites the decree is still found by the
    # folded title and text, but the decree itself ranks first.
    return " ".join(number_variants(number) for number in document_numbers(page))
