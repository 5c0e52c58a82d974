"""Grant the editorial roles on a section as soon as it is published.

Sections are created by other loaders (in any order) or by hand in the admin; this keeps
their rights right without anyone remembering to run ``setup_editorial_roles``.
"""

from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published

from news.roles import POLICY_SLUGS_VI, ensure_editorial_roles

SECTION_DEPTH = 3  # root (1) > home (2) > section (3)


def is_editorial_section(page) -> bool:
    from news.models import EventIndexPage, NewsIndexPage

    if page.depth != SECTION_DEPTH:
        return False
    if isinstance(page, NewsIndexPage | EventIndexPage) or page.slug in POLICY_SLUGS_VI:
        return True
    # A translation of /chinh-sach/ or /van-ban/ may have a translated slug.
    return Page.objects.filter(
        translation_key=page.translation_key, depth=SECTION_DEPTH, slug__in=POLICY_SLUGS_VI
    ).exists()


@receiver(page_published)
def grant_roles_on_new_section(sender, instance, **kwargs):
    if is_editorial_section(instance):
        ensure_editorial_roles()
