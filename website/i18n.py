"""The one translation rule: facts from the source record, words from the translation.

wagtail-localize copies a source record (Vietnamese, ``settings.LANGUAGE_CODE``) into
another locale under the same ``translation_key``. Facts (numbers, dates, statuses, links
between records, order) belong to the source: a synchronised copy may lag or point at the
source's related records. Words belong to the translation, where there is one. Where there
is none, the source's words are shown and marked ``lang="vi"`` so that screen readers and
search engines know; a word identical to the source's counts as untranslated, because
wagtail-localize fills a segment nobody has translated yet with the source's words.

Every reader that maps records across languages goes through these functions, each a
constant number of queries however long the list:

- ``localize(objects, locale, words)``: source records already fetched get their words in
  ``locale`` (one query; none in the source language).
- ``localize_queryset(queryset, locale, words)``: the same for every record of a queryset,
  source and translation fetched together (one query).
- ``in_locale(keys, model, locale)``: whole records of ``locale`` by translation key, the
  source record where there is no translation (one query).
- ``source_record(obj)``: the source record of one translation (one query; none for a
  source record).

Each object from ``localize`` carries ``lang``, a mapping of word to ``None`` (in the
reader's language) or the source language code (shown untranslated); a record from
``in_locale`` carries ``text_lang``, one such value for the whole record. Templates put
them in ``lang`` attributes. The objects are for reading: never save a localised record.
"""

from django.conf import settings
from django.db.models import Q

SOURCE_LANGUAGE = settings.LANGUAGE_CODE


def is_source(locale) -> bool:
    """Whether ``locale`` (a Locale) is the source language, whose records hold the facts."""
    return locale.language_code == SOURCE_LANGUAGE


def localize(objects, locale, words, current_if=None):
    """Give source records their ``words`` in ``locale``; return them, in their order.

    ``current_if`` maps a word to a fact it describes (``{"latest_update": "updated_on"}``):
    the translated word counts only while the translation's copy of that fact equals the
    source's, so a translation of an older report is not shown as the current one.
    One query for the whole list, none in the source language.
    """
    objects = list(objects)
    current_if = current_if or {}
    if is_source(locale) or not objects:
        for obj in objects:
            obj.lang = dict.fromkeys(words)
        return objects
    model = type(objects[0])
    facts = sorted(set(current_if.values()))
    rows = model._default_manager.filter(
        locale=locale, translation_key__in={obj.translation_key for obj in objects}
    ).values("translation_key", *words, *facts)
    translations = {row["translation_key"]: row for row in rows}
    for obj in objects:
        _overlay(obj, translations.get(obj.translation_key), words, current_if)
    return objects


def localize_queryset(queryset, locale, words, current_if=None):
    """Every source record of ``queryset`` with its ``words`` in ``locale``, ordered as
    the queryset orders the records of ``locale`` (by the translated names, say); a record
    that exists only in ``locale`` is kept as it is.

    Source and translations come in the same query, so the whole list costs one.
    """
    if is_source(locale):
        return localize(queryset.filter(locale=locale), locale, words)
    current_if = current_if or {}
    records = list(queryset.filter(Q(locale=locale) | Q(locale__language_code=SOURCE_LANGUAGE)))
    translations = {r.translation_key: r for r in records if r.locale_id == locale.pk}
    sources = {r.translation_key for r in records if r.locale_id != locale.pk}
    result = []
    for record in records:
        if record.locale_id != locale.pk:
            translation = translations.get(record.translation_key)
            names = (*words, *current_if.values())
            row = translation and {name: getattr(translation, name) for name in names}
            result.append(_overlay(record, row, words, current_if))
        elif record.translation_key not in sources:
            record.lang = dict.fromkeys(words)
            result.append(record)
    return _ordered(result, queryset.query.order_by or queryset.model._meta.ordering)


def source_record(obj, queryset=None):
    """The source-language record of ``obj``: ``obj`` itself when it is one, else one
    query; ``obj`` when its source is gone (a translation kept after its source's deletion).
    """
    if is_source(obj.locale):
        return obj
    records = type(obj)._default_manager.all() if queryset is None else queryset
    source = records.filter(
        translation_key=obj.translation_key, locale__language_code=SOURCE_LANGUAGE
    ).first()
    return source or obj


def in_locale(translation_keys, model, locale, queryset=None, fallback=True) -> dict:
    """Records of ``locale`` by translation key (one query).

    Without a translation, the source record stands in (``fallback``), its ``text_lang``
    set to the source language (``None`` on a record in ``locale``): a whole record is in
    one language. ``translation_keys=None`` means every record. ``locale`` is a Locale,
    its primary key or its language code.
    """
    if translation_keys is not None:
        translation_keys = set(translation_keys)
        if not translation_keys:
            return {}
    records = model._default_manager.all() if queryset is None else queryset
    if translation_keys is not None:
        records = records.filter(translation_key__in=translation_keys)
    if isinstance(locale, str):  # a language code: the locale is joined, not fetched
        records = records.select_related("locale")
        wanted = Q(locale__language_code=locale)

        def is_own(record):
            return record.locale.language_code == locale
    else:
        locale_id = getattr(locale, "pk", locale)
        wanted = Q(locale_id=locale_id)

        def is_own(record):
            return record.locale_id == locale_id

    if fallback:
        wanted |= Q(locale__language_code=SOURCE_LANGUAGE)
    found = {}
    for record in records.filter(wanted):
        own = is_own(record)
        if own or record.translation_key not in found:
            record.text_lang = None if own else SOURCE_LANGUAGE
            found[record.translation_key] = record
    return found


def _ordered(objects, ordering):
    """Sort again on the words now in place, by the queryset's plain field names."""
    for field in reversed(ordering):
        if not isinstance(field, str) or "__" in field or field == "?":
            continue
        name = field.lstrip("-")
        name = "pk" if name == "id" else name
        objects.sort(key=lambda obj: _none_last(getattr(obj, name)), reverse=field[0] == "-")
    return objects


def _none_last(value):
    return (value is None, value)


def _overlay(obj, translation, words, current_if):
    """Put the translated words on ``obj`` where they count as translated; mark the rest."""
    obj.lang = {}
    for word in words:
        source_value = getattr(obj, word)
        value = translation.get(word) if translation else None
        fact = current_if.get(word)
        translated = bool(value) and value != source_value
        if translated and fact:
            translated = translation.get(fact) == getattr(obj, fact)
        if translated:
            setattr(obj, word, value)
        obj.lang[word] = None if translated or not source_value else SOURCE_LANGUAGE
    return obj
