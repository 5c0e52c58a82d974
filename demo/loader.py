"""The one demo loader: content files in, pages and snippets out, idempotently.

Content lives in ``demo/content/`` as data (YAML, JSON, Markdown with YAML front matter),
one record per mapping with named fields, and Vietnamese and English words in ``vi:`` and
``en:`` sub-mappings. Section modules (``demo/sections/``) only say which file feeds which
model; every write goes through the helpers below, which share three rules:

- **Idempotent.** A record that exists is found by its natural key (a page by its slug under
  its parent, a snippet by the lookup given) and left alone: a second run writes nothing
  and creates no revision.
- **``--update``** (``Loader.update``) brings an existing record to the file's state: fields
  that differ are set and saved (a page gets a new published revision); a record that
  already matches is left alone, so ``--update`` twice writes nothing the second time.
  Fields are compared one by one: a StreamField by its blocks' types and values (not their
  ids), a foreign key by its target, tags by their names, a many-to-many by its members.
- **``create_defaults``** are given to a record only when it is created, never compared or
  updated: a file's "three days ago" anchors an article's date on the day the demo is
  first loaded, and a later ``--update`` does not move it (Django's ``update_or_create``
  names the same idea).

English records are translations of the Vietnamese ones (same ``translation_key``), made
with ``copy_for_translation``, never independent copies.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import models
from django.utils.html import escape

from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

import yaml
from modelcluster.fields import ParentalManyToManyField
from taggit.managers import TaggableManager

CONTENT_DIR = Path(__file__).resolve().parent / "content"


# Reading content files -----------------------------------------------------------------------


def content_path(name: str) -> Path:
    """The path of a content file or folder, relative to ``demo/content/``."""
    return CONTENT_DIR / name


def read(name: str):
    """One content file, parsed by its extension: ``.yaml``/``.yml``, ``.json`` or ``.md``.

    A Markdown file gives its front matter as a dict with the text after it under ``body``
    (see ``read_markdown`` for a body written in both languages).
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


# A line holding only ``<!-- vi -->`` or ``<!-- en -->`` starts that language's body; the
# marker is an HTML comment, so the file still reads as one clean Markdown text.
LANGUAGE_MARKER = re.compile(r"^<!--\s*(vi|en)\s*-->[ \t]*$", re.M)


def read_markdown(text: str) -> dict:
    """Split ``---``-fenced YAML front matter from the Markdown body that follows it.

    The body is returned under ``body``. A body in both languages is split at the
    ``<!-- vi -->`` and ``<!-- en -->`` marker lines, and each part is also put under the
    record's ``vi``/``en`` mapping as ``body``, beside that language's other words.
    """
    if text.startswith("---\n"):
        _, front, body = text.split("---\n", 2)
        record = yaml.safe_load(front) or {}
    else:
        record, body = {}, text
    record["body"] = body.strip("\n")
    parts = LANGUAGE_MARKER.split(body)
    # parts: [text before the first marker, code, text, code, text, ...]
    for code, part in zip(parts[1::2], parts[2::2], strict=True):
        record.setdefault(code, {})["body"] = part.strip("\n")
    return record


def read_all(folder: str, pattern: str = "*") -> list:
    """Every content file in ``folder`` matching ``pattern``, parsed, in file-name order."""
    paths = sorted(p for p in content_path(folder).glob(pattern) if p.is_file())
    return [read(str(p.relative_to(CONTENT_DIR))) for p in paths]


def paragraphs(markdown: str) -> list[str]:
    """The paragraphs of a plain Markdown text: blocks between blank lines, their wrapped
    lines joined by a space (files keep short lines; the page does not)."""
    blocks = re.split(r"\n\s*\n", markdown.strip())
    return [" ".join(line.strip() for line in block.splitlines()) for block in blocks if block]


def paragraph_blocks(markdown: str, block_type: str = "paragraph") -> list:
    """A StreamField value with one rich-text block per paragraph of ``markdown``.

    The text is plain: it is escaped, so a ``<`` in a file never becomes markup.
    """
    return [(block_type, RichText(f"<p>{escape(text)}</p>")) for text in paragraphs(markdown)]


# Writing records -----------------------------------------------------------------------------


def get_locale(code: str) -> Locale:
    locale, _ = Locale.objects.get_or_create(language_code=code)
    return locale


IGNORED_STATE = (
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
)


def _comparable(instance) -> dict:
    """The instance's stored state, for telling whether an update changed anything (used
    for a value that is no model field, such as a child relation)."""
    if hasattr(instance, "serializable_data"):
        data = instance.serializable_data()
    else:
        data = {
            f.attname: f.value_to_string(instance)
            for f in instance._meta.concrete_fields
            if not f.primary_key
        }
    for ignored in IGNORED_STATE:
        data.pop(ignored, None)
    for name, value in data.items():
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            # Child rows (inline panels): new ones have no key yet, so keys are not state.
            data[name] = [
                {key: v for key, v in item.items() if key not in ("pk", "id")} for item in value
            ]
    return _without_block_ids(json.loads(json.dumps(data, default=str, sort_keys=True)))


def _without_block_ids(data):
    """Stream data without the blocks' ids: two streams with the same blocks are equal."""
    if isinstance(data, list):
        return [_without_block_ids(item) for item in data]
    if isinstance(data, dict):
        block = "type" in data and "value" in data
        return {k: _without_block_ids(v) for k, v in data.items() if not (block and k == "id")}
    return data


def _stream_state(value):
    if value is None:
        return []
    prep = value.get_prep_value() if hasattr(value, "get_prep_value") else value
    return _without_block_ids(json.loads(json.dumps(prep, default=str)))


def _field(model, name: str):
    try:
        return model._meta.get_field(name)
    except Exception:  # a property or other attribute, not a model field
        return None


def _kind(model, name: str) -> str:
    """How a value is compared and written: before or after the row is saved."""
    model_field = _field(model, name)
    if isinstance(model_field, TaggableManager):
        return "tags"
    if isinstance(model_field, ParentalManyToManyField):
        return "parental_m2m"  # held in memory by modelcluster, so assigned before save
    if model_field is not None and model_field.many_to_many and model_field.concrete:
        return "m2m"  # needs a saved row
    if isinstance(model_field, StreamField):
        return "stream"
    if model_field is not None and model_field.concrete:
        return "field"
    return "other"


def _pks(values) -> list:
    return sorted(v.pk if hasattr(v, "pk") else v for v in values)


def _tag_names(values) -> list:
    return sorted(v.name if hasattr(v, "name") else str(v) for v in values)


def _current(instance, name: str, kind: str):
    """The instance's value of ``name`` in a form that compares with a file's value."""
    model_field = _field(type(instance), name)
    if kind == "tags":
        if instance.pk is None and not hasattr(getattr(instance, name), "get_tagged_item_manager"):
            return []
        return _tag_names(getattr(instance, name).all())
    if kind in ("m2m", "parental_m2m"):
        if instance.pk is None and kind == "m2m":
            return []
        return _pks(getattr(instance, name).all())
    if kind == "stream":
        return _stream_state(getattr(instance, name))
    value = model_field.value_from_object(instance)
    try:
        return model_field.to_python(value)
    except Exception:
        return value


def _is_empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


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

    def page(self, parent: Page, model, slug: str, create_defaults=None, **fields):
        """The child of ``parent`` with this slug: created and published if missing,
        brought to ``fields`` under ``--update``, otherwise returned untouched."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is None:
            page = model(slug=slug, locale=parent.locale)
            after_save = self._set(page, {**(create_defaults or {}), **fields})
            parent.add_child(instance=page)
            self._set_after_save(page, after_save)
            page.save_revision().publish()
            self._note_created(page)
            return page
        if self.update:
            self._refresh(existing, fields)
        return existing

    def translation(self, source: Page, locale: Locale, create_defaults=None, **fields):
        """The translation of ``source`` into ``locale``: copied from the source (same
        translation key) and given ``fields`` if missing, refreshed under ``--update``."""
        existing = source.get_translation_or_none(locale)
        if existing is None:
            page = source.specific.copy_for_translation(locale)
            after_save = self._set(page, {**(create_defaults or {}), **fields})
            page.save()
            self._set_after_save(page, after_save)
            page.save_revision().publish()
            self._note_created(page)
            return page
        existing = existing.specific
        if self.update:
            self._refresh(existing, fields)
        return existing

    def complete(self, page, **fields) -> None:
        """Bring an existing page to ``fields`` whatever ``update`` says: for values a page
        cannot be created with, such as links to pages made after it. A page that already
        matches is left alone (no revision)."""
        self._refresh(page, fields)

    # Snippets and other models ---------------------------------------------------------------

    def record(self, model: type[models.Model], lookup: dict, create_defaults=None, **fields):
        """The one ``model`` row matching ``lookup``: created with ``fields`` if missing,
        brought to ``fields`` under ``--update``, otherwise returned untouched.

        Many-to-many values (lists) are set after the row is saved; a ``ParentalManyToMany``
        field and cluster tags are assigned before ``save()`` as modelcluster requires.
        """
        instance = model.objects.filter(**lookup).first()
        if instance is None:
            instance = model(**lookup)
            after_save = self._set(instance, {**(create_defaults or {}), **fields})
            instance.save()
            self._set_after_save(instance, after_save)
            self._note_created(instance)
            return instance
        if self.update:
            self._refresh(instance, fields, label=f"{model._meta.label} {lookup}")
        return instance

    def translated_record(self, source, locale: Locale, create_defaults=None, **fields):
        """The translation of snippet ``source`` into ``locale`` (same translation key):
        copied from the source and given ``fields`` if missing, refreshed under ``--update``."""
        model = type(source)
        existing = model.objects.filter(
            translation_key=source.translation_key, locale=locale
        ).first()
        if existing is None:
            copy = source.copy_for_translation(locale)
            after_save = self._set(copy, {**(create_defaults or {}), **fields})
            copy.save()
            self._set_after_save(copy, after_save)
            self._note_created(copy)
            return copy
        return self.record(
            model, {"translation_key": source.translation_key, "locale": locale}, **fields
        )

    # Records made by others ------------------------------------------------------------------

    def fill(self, instance, **fields):
        """Give an existing page or row the values it lacks: a field that is empty gets the
        file's value; under ``--update`` every field is brought to the file's value. A value
        an editor has set is kept on a plain run. A page that changed gets a published
        revision. For values that belong to another section's records (menu labels)."""
        kinds = {name: _kind(type(instance), name) for name in fields}
        if not self.update:
            fields = {
                name: value
                for name, value in fields.items()
                if kinds[name] == "other" or _is_empty(_current(instance, name, kinds[name]))
            }
        if fields:
            self._refresh(instance, fields)
        return instance

    # Helpers ---------------------------------------------------------------------------------

    def _set(self, instance, fields: dict) -> dict:
        """Assign ``fields`` to an instance; return what must wait until it is saved."""
        after_save = {}
        for name, value in fields.items():
            kind = _kind(type(instance), name)
            if kind == "m2m" or (kind == "tags" and not self._cluster_tags(instance, name)):
                after_save[name] = value
            elif kind == "tags":
                getattr(instance, name).set(list(value))
            else:
                setattr(instance, name, value)
        return after_save

    @staticmethod
    def _cluster_tags(instance, name: str) -> bool:
        return hasattr(getattr(instance, name), "get_tagged_item_manager")

    @staticmethod
    def _set_after_save(instance, after_save: dict) -> None:
        for name, value in after_save.items():
            getattr(instance, name).set(list(value))

    def _changed_fields(self, instance, fields: dict) -> dict:
        """The subset of ``fields`` whose value differs from the instance's."""
        changed = {}
        for name, value in fields.items():
            kind = _kind(type(instance), name)
            if kind == "other":
                before = _comparable(instance)
                old = getattr(instance, name, None)
                if hasattr(old, "all"):  # child rows (modelcluster): keep them, not the manager
                    old = list(old.all())
                setattr(instance, name, value)
                if _comparable(instance) != before:
                    changed[name] = value
                setattr(instance, name, old)
                continue
            if kind == "tags":
                differs = _current(instance, name, kind) != _tag_names(value)
            elif kind in ("m2m", "parental_m2m"):
                differs = _current(instance, name, kind) != _pks(value)
            else:
                # Assign to let the field convert the value (a list of blocks becomes a
                # StreamValue, an object its key), compare, and put the old value back.
                old = getattr(instance, name)
                before = _current(instance, name, kind)
                setattr(instance, name, value)
                differs = _current(instance, name, kind) != before
                setattr(instance, name, old)
            if differs:
                changed[name] = value
        return changed

    def _refresh(self, instance, fields: dict, label: str = "") -> None:
        """Bring ``instance`` to ``fields``; write (and count) only if something differs."""
        changed = self._changed_fields(instance, fields)
        if not changed:
            return
        after_save = self._set(instance, changed)
        if isinstance(instance, Page):
            self._set_after_save(instance, after_save)
            instance.save_revision().publish()
            label = label or f"page {instance.url_path}"
        else:
            instance.save()
            self._set_after_save(instance, after_save)
            label = label or f"{instance._meta.label} {instance}"
        self.updated += 1
        self.log.append(f"updated {label}: {', '.join(sorted(changed))}")

    def _note_created(self, instance) -> None:
        self.created += 1
        self.log.append(f"created {instance._meta.label} {instance}")

    def note_updated(self, what: str) -> None:
        """Count a change a section made itself (such as moving a page into menu order)."""
        self.updated += 1
        self.log.append(f"updated {what}")
