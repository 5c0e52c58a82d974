"""The one demo loader: content files in, pages and snippets out, idempotently.

Content lives in ``demo/content/`` as data (YAML, JSON, Markdown with YAML front matter),
one record per mapping with named fields, and Vietnamese and English words in ``vi:`` and
``en:`` sub-mappings. Section modules (``demo/sections/``) only say which file feeds which
model; every write goes through the helpers below, which share two rules:

- **Idempotent.** A record that exists is found by its natural key (a page by its slug under
  its parent, a snippet by the lookup given) and left alone: a second run writes nothing
  and creates no revision.
- **``--update``** (``Loader.update``) brings an existing record to the file's state: fields
  that differ are set and saved (a page gets a new published revision); a record that
  already matches is still left alone, so ``--update`` twice writes nothing the second time.

English records are translations of the Vietnamese ones (same ``translation_key``), made
with ``copy_for_translation``, never independent copies.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import models

from wagtail.models import Locale, Page

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"


# Reading content files -----------------------------------------------------------------------


def content_path(name: str) -> Path:
    """The path of a content file or folder, relative to ``demo/content/``."""
    return CONTENT_DIR / name


def read(name: str):
    """One content file, parsed by its extension: ``.yaml``/``.yml``, ``.json`` or ``.md``.

    A Markdown file gives its front matter as a dict with the text after it under ``body``.
    """
    path = content_path(name)
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        return yaml.safe_load(text)
    if path.suffix == ".json":
        return json.loads(text)
    if path.suffix == ".md":
        return read_markdown(text)
    raise ValueError(f"Unknown content file type: {path}")


def read_markdown(text: str) -> dict:
    """Split ``---``-fenced YAML front matter from the Markdown body that follows it."""
    if text.startswith("---\n"):
        _, front, body = text.split("---\n", 2)
        record = yaml.safe_load(front) or {}
    else:
        record, body = {}, text
    record["body"] = body.strip("\n")
    return record


def read_all(folder: str, pattern: str = "*") -> list:
    """Every content file in ``folder`` matching ``pattern``, parsed, in file-name order."""
    paths = sorted(p for p in content_path(folder).glob(pattern) if p.is_file())
    return [read(str(p.relative_to(CONTENT_DIR))) for p in paths]


# Writing records -----------------------------------------------------------------------------


def get_locale(code: str) -> Locale:
    locale, _ = Locale.objects.get_or_create(language_code=code)
    return locale


def _comparable(instance) -> dict:
    """The instance's stored state, for telling whether an update changed anything."""
    if hasattr(instance, "serializable_data"):
        data = instance.serializable_data()
    else:
        data = {
            f.attname: f.value_to_string(instance)
            for f in instance._meta.concrete_fields
            if not f.primary_key
        }
    for ignored in (
        "pk",
        "id",
        "latest_revision",
        "latest_revision_created_at",
        "last_published_at",
        "first_published_at",
        "live_revision",
        "draft_title",
        "has_unpublished_changes",
        "url_path",
        "path",
        "depth",
        "numchild",
    ):
        data.pop(ignored, None)
    for name in _stream_field_names(instance):
        if isinstance(data.get(name), str):
            data[name] = _without_block_ids(json.loads(data[name] or "[]"))
    return json.loads(json.dumps(data, default=str, sort_keys=True))


def _stream_field_names(instance) -> list:
    from wagtail.fields import StreamField

    return [f.name for f in instance._meta.concrete_fields if isinstance(f, StreamField)]


def _without_block_ids(value):
    """StreamField data without its blocks' ids: assigning the same content again gives new
    ids, which are not a change."""
    if isinstance(value, list):
        return [_without_block_ids(item) for item in value]
    if isinstance(value, dict):
        is_block = "type" in value and "value" in value
        return {k: _without_block_ids(v) for k, v in value.items() if not (is_block and k == "id")}
    return value


def _assign(instance, fields: dict) -> None:
    for name, value in fields.items():
        setattr(instance, name, value)


@dataclass
class Loader:
    """One run of the demo loader: ``update`` says whether existing records are refreshed.

    ``created`` and ``updated`` count what the run wrote, so a second run can be shown (and
    tested) to write nothing.
    """

    update: bool = False
    created: int = 0
    updated: int = 0
    log: list = field(default_factory=list)

    # Pages -----------------------------------------------------------------------------------

    def page(self, parent: Page, model, slug: str, **fields):
        """The child of ``parent`` with this slug: created and published if missing,
        brought to ``fields`` under ``--update``, otherwise returned untouched."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is None:
            page = model(slug=slug, locale=parent.locale, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self._note_created(page)
            return page
        if self.update:
            self._update_page(existing, fields)
        return existing

    def translation(self, source: Page, locale: Locale, **fields):
        """The translation of ``source`` into ``locale``: copied from the source (same
        translation key) and given ``fields`` if missing, refreshed under ``--update``."""
        existing = source.get_translation_or_none(locale)
        if existing is None:
            page = source.specific.copy_for_translation(locale)
            _assign(page, fields)
            page.save()
            page.save_revision().publish()
            self._note_created(page)
            return page
        existing = existing.specific
        if self.update:
            self._update_page(existing, fields)
        return existing

    def _update_page(self, page, fields: dict) -> None:
        before = _comparable(page)
        _assign(page, fields)
        if _comparable(page) != before:
            page.save_revision().publish()
            self.updated += 1
            self.log.append(f"updated page {page.url_path}")

    # Snippets and other models ---------------------------------------------------------------

    def record(self, model: type[models.Model], lookup: dict, **fields):
        """The one ``model`` row matching ``lookup``: created with ``fields`` if missing,
        brought to ``fields`` under ``--update``, otherwise returned untouched.

        Many-to-many values (lists) are set after the row is saved; a ``ParentalManyToMany``
        field is assigned before ``save()`` as modelcluster requires.
        """
        plain, related = self._split_m2m(model, fields)
        instance = model.objects.filter(**lookup).first()
        if instance is None:
            instance = model(**lookup, **plain)
            _assign(instance, {k: v for k, v in related.items() if self._parental(model, k)})
            instance.save()
            self._set_m2m(instance, related)
            self._note_created(instance)
            return instance
        if self.update:
            before = _comparable(instance)
            _assign(instance, plain)
            _assign(instance, {k: v for k, v in related.items() if self._parental(model, k)})
            if _comparable(instance) != before or self._m2m_differs(instance, related):
                instance.save()
                self._set_m2m(instance, related)
                self.updated += 1
                self.log.append(f"updated {model._meta.label} {lookup}")
        return instance

    def translated_record(self, source, locale: Locale, **fields):
        """The translation of snippet ``source`` into ``locale`` (same translation key):
        copied from the source and given ``fields`` if missing, refreshed under ``--update``."""
        model = type(source)
        existing = model.objects.filter(
            translation_key=source.translation_key, locale=locale
        ).first()
        if existing is None:
            copy = source.copy_for_translation(locale)
            plain, related = self._split_m2m(model, fields)
            _assign(copy, plain)
            _assign(copy, {k: v for k, v in related.items() if self._parental(model, k)})
            copy.save()
            self._set_m2m(copy, related)
            self._note_created(copy)
            return copy
        return self.record(
            model, {"translation_key": source.translation_key, "locale": locale}, **fields
        )

    # Helpers ---------------------------------------------------------------------------------

    def _note_created(self, instance) -> None:
        self.created += 1
        self.log.append(f"created {instance._meta.label} {instance}")

    @staticmethod
    def _m2m_names(model) -> set:
        return {f.name for f in model._meta.get_fields() if f.many_to_many and f.concrete}

    @classmethod
    def _split_m2m(cls, model, fields: dict):
        names = cls._m2m_names(model)
        plain = {k: v for k, v in fields.items() if k not in names}
        related = {k: v for k, v in fields.items() if k in names}
        return plain, related

    @staticmethod
    def _parental(model, name: str) -> bool:
        from modelcluster.fields import ParentalManyToManyField

        return isinstance(model._meta.get_field(name), ParentalManyToManyField)

    def _set_m2m(self, instance, related: dict) -> None:
        for name, values in related.items():
            if not self._parental(type(instance), name):
                getattr(instance, name).set(values)

    def _m2m_differs(self, instance, related: dict) -> bool:
        for name, values in related.items():
            if self._parental(type(instance), name):
                continue  # compared through serializable_data
            current = sorted(getattr(instance, name).values_list("pk", flat=True))
            if current != sorted(v.pk if hasattr(v, "pk") else v for v in values):
                return True
        return False
