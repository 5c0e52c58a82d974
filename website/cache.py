"""Cached fragments that depend on the page tree: one version key, one invalidation.

Anything built from pages (the main menu, the home page's news slot, ...) is cached under
``versioned_key(...)``. Publishing, unpublishing, renaming or deleting any page bumps the
version, so every such entry is missed at once and ages out by its timeout; nothing has to
know which keys exist. The receivers are connected in ``WebsiteConfig.ready()``.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete

from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished

PAGE_TREE_VERSION_KEY = "page-tree-version"


def page_tree_version() -> int:
    return cache.get_or_set(PAGE_TREE_VERSION_KEY, 1, None)


def versioned_key(*parts) -> str:
    """A cache key that changes whenever the page tree does: ``name:part:...:v<version>``."""
    return ":".join([*(str(part) for part in parts), f"v{page_tree_version()}"])


def cached(key: str, build, timeout: int):
    """The value under ``key``, built by ``build()`` and stored on a miss."""
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value


def invalidate_page_tree(**kwargs) -> None:
    try:
        cache.incr(PAGE_TREE_VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(PAGE_TREE_VERSION_KEY, 1, None)


def connect_receivers() -> None:
    for signal in (page_published, page_unpublished, page_slug_changed):
        signal.connect(invalidate_page_tree)
    post_delete.connect(invalidate_page_tree, sender=Page)
