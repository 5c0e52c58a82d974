import unicodedata

import pytest

from website.folding import fold, fold_for_index, number_variants, query_number_key
from website.search_guard import MAX_LENGTH, MAX_TERMS, clean_query


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Công nghiệp HỖ TRỢ", "cong nghiep ho tro"),
        ("Đào tạo", "dao tao"),
        (unicodedata.normalize("NFD", "Nghiệp Đoàn"), "nghiep doan"),
        ("", ""),
    ],
)
def test_fold_strips_marks_and_maps_d(text, folded):
    assert fold(text) == folded


def test_fold_for_index_splits_numbers():
    assert fold_for_index("57/2021/NĐ-CP") == "57 2021 nd cp"


def test_number_variants_hold_parts_type_and_keys():
    terms = number_variants("57/2021/NĐ-CP").split()
    assert {"57", "2021", "nd", "cp", "nghi", "dinh", "sohieu572021ndcp", "sohieu57nd"} <= set(
        terms
    )


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("57/2021/NĐ-CP", "sohieu572021ndcp"),
        ("57/2021/nd-cp", "sohieu572021ndcp"),
        ("57/2021", "sohieu572021"),
        ("nghị định 57", "sohieu57nd"),
        ("Decree 57/2021", "sohieu572021nd"),
        ("lãi suất", ""),
        ("57", ""),
    ],
)
def test_query_number_key(query, key):
    assert query_number_key(query) == key


def test_guard_limits_length_terms_and_characters():
    assert clean_query("x" * 5000) == "x" * MAX_LENGTH
    assert len(clean_query(" ".join(["a"] * 500)).split()) == MAX_TERMS
    assert clean_query('lãi\x00suất "))(( <b>') == "lãi suất b"
    assert clean_query(unicodedata.normalize("NFD", "lãi")) == "lãi"
    assert clean_query(None) == ""
