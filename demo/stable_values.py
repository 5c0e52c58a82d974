"""Values for the loader that equal what is stored when the content file has not changed.

The loader tells whether ``--update`` changed a page by comparing its serialised state
before and after the file's fields are assigned. Two kinds of value would always differ:
StreamField blocks get a fresh random id each time they are serialised, and new inline rows
(ParentalKey children) have no primary key and, when translatable, a fresh translation key.
These helpers reuse the stored ids and rows by position, so an unchanged file compares
equal and writes nothing, and a changed one still shows its change.
"""


def stream(page, name: str, blocks: list) -> list:
    """``blocks`` (``(type, value)`` pairs) as raw StreamField data, each taking the id of
    the stored block at its position when that block is of the same type."""
    stored = list(getattr(page, name).raw_data) if page is not None else []
    raw = []
    for index, (block_type, value) in enumerate(blocks):
        old = stored[index] if index < len(stored) else {}
        if old.get("type") == block_type and old.get("value") == value:
            # The stored item itself: a database may keep a block's keys in another order
            # (PostgreSQL's jsonb does), and the comparison is of serialised text.
            raw.append(dict(old))
            continue
        item = {"type": block_type, "value": value}
        if old.get("type") == block_type and old.get("id"):
            item["id"] = old["id"]
        raw.append(item)
    return raw


def rows(stored: list, model, wanted: list) -> list:
    """Inline rows with the values in ``wanted`` (dicts of field values), reusing the
    ``stored`` rows by position and numbering ``sort_order`` from 0."""
    result = []
    for index, values in enumerate(wanted):
        row = stored[index] if index < len(stored) else model()
        for name, value in values.items():
            setattr(row, name, value)
        row.sort_order = index
        result.append(row)
    return result
