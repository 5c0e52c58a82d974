"""Translating a page must not overwrite existing translations of the snippets it uses.

wagtail-localize's ``TranslationCreator`` follows a submitted page's related objects one
level down (category, agency, ...) and, for every target locale, saves the related object's
translation with ``fallback=True``. A snippet translated by hand or by the demo loader has
no translation memory behind it, so that save writes the Vietnamese source words over the
English ones: submitting one article for translation turned a shared category and agency
Vietnamese on every English page (issue #11).

The least invasive fix is to follow a related object only into the locales where it has no
translation yet. That is the rule wagtail-localize already applies to the submitted object
itself (its form offers only locales without a translation); a snippet that is already
translated is kept as it is and updated from its own "Sync translations" action. The page's
translation then points at the existing snippet translation (wagtail-localize links a
related object wherever ``has_translation`` is true).
"""

from wagtail_localize import operations


class KeepExistingTranslationsCreator(operations.TranslationCreator):
    """``TranslationCreator`` that never re-saves an existing related-object translation."""

    def create_translations(self, instance, include_related_objects=True):
        if include_related_objects:
            # The object the editor submitted (a page, or a snippet from its own view).
            return super().create_translations(instance, include_related_objects)
        # A related object: wagtail-localize recurses with include_related_objects=False.
        missing = [
            locale
            for locale in self.target_locales
            if locale.pk != instance.locale_id and not instance.has_translation(locale)
        ]
        if not missing:
            self.seen_objects.add(instance.translation_key)
            return None
        everywhere = self.target_locales
        self.target_locales = missing
        try:
            return super().create_translations(instance, include_related_objects)
        finally:
            self.target_locales = everywhere


def install():
    """Make every wagtail-localize entry point (submit page, submit snippet, subtree) use
    the creator above: ``translate_object`` and ``translate_page_subtree`` look the class
    up in their module when they run."""
    operations.TranslationCreator = KeepExistingTranslationsCreator
