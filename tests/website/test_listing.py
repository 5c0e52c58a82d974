"""The one listing toolkit: page numbers, filters read through forms, the pagination include."""

from django import forms
from django.http import QueryDict
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

import pytest

from website.listing import filter_query, page_number, paginate, read_filters


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, 1),
        ("", 1),
        ("abc", 1),
        ("\x00", 1),
        ("1.5", 1),
        ("-3", 1),
        ("0", 1),
        ("7", 7),
        (" 7 ", 7),
        ("9" * 5000, 1),  # longer than Python converts: not a number
    ],
)
def test_a_page_number_is_a_whole_number_of_at_least_one(value, expected):
    assert page_number(value) == expected


def listing(query_string, count=95, per_page=10, query=None):
    request = RequestFactory().get("/tin-tuc/?" + query_string)
    return request, paginate(request, list(range(count)), per_page, query=query)


def test_hostile_page_values_give_the_first_or_the_last_page():
    assert listing("page=abc")[1].number == 1
    assert listing("page=-1")[1].number == 1
    assert listing("page=99999999999999999999")[1].number == 10
    assert listing("page=2&page=4")[1].number == 4  # the last value, as QueryDict.get reads
    assert listing("page=3")[1].object_list == list(range(20, 30))


class ColourForm(forms.Form):
    colour = forms.ChoiceField(choices=[("red", "red"), ("blue", "blue")], required=False)
    size = forms.TypedChoiceField(
        choices=[("1", "1"), ("2", "2")], coerce=int, required=False, empty_value=None
    )
    shapes = forms.MultipleChoiceField(choices=[("a", "a"), ("b", "b")], required=False)


def test_each_invalid_filter_is_no_filter_and_the_others_still_apply():
    data = QueryDict("colour=<script>&size=2&shapes=a&shapes=zzz")
    assert read_filters(ColourForm(data)) == {"colour": "", "size": 2, "shapes": []}
    data = QueryDict("colour=blue&size=x&shapes=b")
    assert read_filters(ColourForm(data)) == {"colour": "blue", "size": None, "shapes": ["b"]}


def test_the_filter_query_drops_empty_values_and_keeps_lists():
    query = filter_query({"colour": "blue", "size": None, "tag": "", "shapes": ["a", "b"]})
    assert query.urlencode() == "colour=blue&shapes=a&shapes=b"


def render(request, page_obj, language="vi"):
    with translation.override(language):
        return render_to_string("includes/pagination.html", {"page_obj": page_obj}, request=request)


def test_the_include_is_a_labelled_nav_marking_the_current_page():
    request, page_obj = listing("page=5", query=QueryDict("category=chinh-sach"))
    html = render(request, page_obj)
    assert '<nav class="pagination" aria-label="Trang">' in html
    assert '<span aria-current="page"><span class="visually-hidden">Trang </span>5</span>' in html
    assert 'href="?category=chinh-sach&amp;page=4" rel="prev">Trang trước</a>' in html
    assert 'href="?category=chinh-sach&amp;page=6" rel="next">Trang sau</a>' in html
    assert 'href="?category=chinh-sach&amp;page=10"' in html  # the last page, past a gap
    assert 'aria-hidden="true">…</span>' in html
    english = render(request, page_obj, "en")
    assert 'aria-label="Pages"' in english and ">Previous</a>" in english


def test_links_keep_the_valid_filters_only_never_the_raw_query():
    request, page_obj = listing("category=%3Cscript%3E&page=2", query=QueryDict())
    html = render(request, page_obj)
    assert 'href="?page=3" rel="next"' in html
    assert "script" not in html


def test_a_page_made_elsewhere_keeps_the_request_query_as_querystring_does():
    from django.core.paginator import Paginator

    request = RequestFactory().get("/chinh-sach/?type=tin-dung&status=open")
    page_obj = Paginator(list(range(30)), 10).get_page(1)
    assert 'href="?type=tin-dung&amp;status=open&amp;page=2"' in render(request, page_obj)


def test_a_single_page_renders_nothing():
    request, page_obj = listing("", count=5)
    assert render(request, page_obj).strip() == ""
