"""The one translation rule (website/i18n.py): facts from the Vietnamese record, words from
the translation, the Vietnamese words marked as such where nothing is translated."""

import datetime

from wagtail.models import Locale

import pytest

from plan.models import Task
from website.i18n import in_locale, localize, localize_queryset, source_record
from website.models import Agency

pytestmark = pytest.mark.django_db

WORDS = ("name", "short_name", "description")


@pytest.fixture
def vi():
    return Locale.objects.get(language_code="vi")


@pytest.fixture
def en():
    return Locale.objects.get(language_code="en")


def make_agency(vi, number, **fields):
    defaults = {
        "name": f"Cơ quan thử nghiệm {number}",
        "short_name": f"Cơ quan {number}",
        "description": f"Mô tả cơ quan {number}.",
        "slug": f"co-quan-thu-nghiem-{number}",
        "sort_order": 900 + number,
    }
    return Agency.objects.create(locale=vi, **{**defaults, **fields})


def translate(source, locale, **fields):
    """An English record as wagtail-localize leaves it: the source copied, then changed."""
    translation = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


@pytest.fixture
def agencies(vi, en):
    """Three translated, one half-translated (description = source), one untranslated."""
    translated = [make_agency(vi, n) for n in range(3)]
    for n, source in enumerate(translated):
        translate(
            source,
            en,
            name=f"Test body {n}",
            short_name=f"Body {n}",
            description=f"About body {n}.",
            # A synchronised copy that lags behind: the source's facts must win.
            sort_order=1,
            phone="000",
        )
    half = make_agency(vi, 3, phone="0211 3862 000")
    translate(half, en, name="Half-translated body", short_name="")
    untranslated = make_agency(vi, 4)
    return [*translated, half, untranslated]


def test_facts_come_from_the_source_and_words_from_the_translation(agencies, en):
    first = localize([agencies[0]], en, WORDS)[0]
    assert first.pk == agencies[0].pk
    assert first.sort_order == 900  # not the lagging copy's 1
    assert first.phone == ""  # not the copy's "000"
    assert (first.name, first.short_name, first.description) == (
        "Test body 0",
        "Body 0",
        "About body 0.",
    )
    assert first.lang == {"name": None, "short_name": None, "description": None}


def test_words_identical_to_the_source_or_empty_are_untranslated_and_marked_vi(agencies, en):
    half = localize([agencies[3]], en, WORDS)[0]
    assert half.name == "Half-translated body"
    assert half.lang["name"] is None
    # wagtail-localize copies the source's words into a segment nobody translated.
    assert half.description == "Mô tả cơ quan 3."
    assert half.lang["description"] == "vi"
    # An emptied word shows the source's, marked Vietnamese.
    assert half.short_name == "Cơ quan 3"
    assert half.lang["short_name"] == "vi"
    assert half.phone == "0211 3862 000"


def test_a_record_without_translation_keeps_its_source_words_marked_vi(agencies, en):
    untranslated = localize([agencies[4]], en, WORDS)[0]
    assert untranslated.name == "Cơ quan thử nghiệm 4"
    assert set(untranslated.lang.values()) == {"vi"}


def test_in_the_source_language_nothing_is_marked_and_nothing_is_queried(
    agencies, vi, django_assert_num_queries
):
    with django_assert_num_queries(0):
        result = localize(agencies, vi, WORDS)
    assert [a.name for a in result] == [f"Cơ quan thử nghiệm {n}" for n in range(5)]
    assert all(value is None for a in result for value in a.lang.values())


def test_a_later_fact_makes_an_older_translated_word_stale(vi, en):
    source = Task.objects.filter(locale=vi).first()
    source.latest_update = "Đã tổ chức 3 hội nghị."
    source.updated_on = datetime.date(2026, 11, 1)
    source.save()
    english = source.get_translation(en)
    english.latest_update = "Three conferences held."
    english.updated_on = datetime.date(2026, 10, 1)
    english.save()
    rule = {"latest_update": "updated_on"}

    task = localize([Task.objects.get(pk=source.pk)], en, ("latest_update",), rule)[0]
    assert task.latest_update == "Đã tổ chức 3 hội nghị."
    assert task.lang["latest_update"] == "vi"

    english.updated_on = source.updated_on
    english.save()
    task = localize([Task.objects.get(pk=source.pk)], en, ("latest_update",), rule)[0]
    assert task.latest_update == "Three conferences held."
    assert task.lang["latest_update"] is None


def test_in_locale_maps_keys_to_the_locales_records_with_source_fallback(agencies, en):
    keys = [a.translation_key for a in agencies]
    found = in_locale(keys, Agency, en)
    assert [found[k].locale_id for k in keys] == [en.pk] * 4 + [agencies[4].locale_id]
    assert found[keys[0]].name == "Test body 0"
    assert found[keys[0]].text_lang is None
    assert found[keys[4]].name == "Cơ quan thử nghiệm 4"
    assert found[keys[4]].text_lang == "vi"
    # A language code does as well as a Locale, and the fallback can be refused.
    assert in_locale(keys, Agency, "en").keys() == found.keys()
    assert keys[4] not in in_locale(keys, Agency, en.pk, fallback=False)
    assert in_locale([], Agency, en) == {}


def test_source_record_finds_the_vietnamese_record(agencies, en):
    english = agencies[0].get_translation(en)
    assert source_record(english) == agencies[0]
    assert source_record(agencies[0]) is agencies[0]


def test_localize_queryset_orders_by_the_translated_words(agencies, en):
    ours = Agency.objects.filter(slug__startswith="co-quan-thu-nghiem-")
    result = localize_queryset(ours.order_by("name"), en, WORDS)
    assert [a.pk for a in result] == [a.pk for a in [agencies[4], agencies[3], *agencies[:3]]]
    assert [a.name for a in result][:2] == ["Cơ quan thử nghiệm 4", "Half-translated body"]


@pytest.mark.parametrize("count", [2, 5])
def test_each_function_costs_one_query_however_long_the_list(
    agencies, en, count, django_assert_num_queries
):
    chosen = agencies[:count]
    with django_assert_num_queries(1):
        localize(chosen, en, WORDS)
    with django_assert_num_queries(1):
        in_locale([a.translation_key for a in chosen], Agency, en)
    ours = Agency.objects.filter(pk__in=[a.pk for a in chosen]) | Agency.objects.filter(
        translation_key__in=[a.translation_key for a in chosen]
    )
    with django_assert_num_queries(1):
        assert len(localize_queryset(ours, en, WORDS)) == count
