"""The main menu: short labels and the order a visitor looks for things in
(``demo/content/site/menu.yaml``). Runs after every other section, on the pages they made."""

from wagtail.models import Page

from demo.loader import get_locale, read


def load(loader, home, home_en):
    """Label the sections where they have no menu label yet (``--update``: the file's
    label) and put them in the file's order; a second run changes nothing."""
    en = get_locale("en")
    menu = read("site/menu.yaml")
    for item in menu:
        section = Page.objects.child_of(home).filter(slug=item["slug"]).specific().first()
        if section is None:
            continue
        loader.fill(section, menu_title=item["vi"]["label"])
        translation = section.get_translation_or_none(en)
        if translation is not None:
            loader.fill(translation.specific, menu_title=item["en"]["label"])
    slugs = [item["slug"] for item in menu]
    for parent in (home, home_en):
        if order_children(parent, slugs):
            loader.note_updated(f"menu order under {parent.url_path}")


def order_children(parent, slugs_vi) -> bool:
    """Put the menu sections in ``slugs_vi`` order (matched by translation), if they are
    not; say whether anything moved."""
    vi_keys = dict(
        Page.objects.filter(
            slug__in=slugs_vi, locale__language_code="vi", depth=parent.depth + 1
        ).values_list("slug", "translation_key")
    )
    wanted = [vi_keys[slug] for slug in slugs_vi if slug in vi_keys]
    children = list(Page.objects.child_of(parent).filter(translation_key__in=wanted))
    by_key = {page.translation_key: page for page in children}
    current = [page.translation_key for page in sorted(children, key=lambda page: page.path)]
    desired = [key for key in wanted if key in by_key]
    if current == desired:
        return False
    for key in desired:
        # Fresh objects each time: tree paths change with every move.
        Page.objects.get(pk=by_key[key].pk).move(Page.objects.get(pk=parent.pk), pos="last-child")
    return True
