"""The site itself: the home pages, the Site record, the portal's identity and settings, and
the 'About' page, from ``demo/content/site/``."""

from wagtail.models import Page, Site

from demo.loader import get_locale, paragraph_blocks, read
from home.models import HomePage
from website.models import PortalIdentity, PortalSettings, StandardPage
from website.site_record import site_address


def load(loader, home=None, home_en=None):
    """Build (or find) the home pages of both languages and the site-wide records."""
    vi, en = get_locale("vi"), get_locale("en")
    home, home_en = load_home(loader, vi, en)
    load_identity(loader, vi, en)
    load_settings(loader)
    about = read("site/about.md")
    page = loader.page(
        home,
        StandardPage,
        about["slug"],
        show_in_menus=about["show_in_menus"],
        **words(about["vi"]),
    )
    loader.translation(page, en, show_in_menus=about["show_in_menus"], **words(about["en"]))
    return home, home_en


def words(texts: dict) -> dict:
    """A page's words in one language, its Markdown body made into paragraph blocks."""
    fields = dict(texts)
    if "body" in fields:
        fields["body"] = paragraph_blocks(fields["body"])
    return fields


def load_home(loader, vi, en):
    content = read("site/home.yaml")
    shared = {"key_figures": content["key_figures"]}
    home = loader.page(
        Page.get_first_root_node(), HomePage, content["slug"], **shared, **content["vi"]
    )
    point_default_site_at(home)
    home_en = loader.translation(home, en, **shared, **content["en"])
    return home, home_en


def point_default_site_at(home):
    """Make the home page the default Site's root (the Site record is configuration: its
    host comes from the settings, not from a content file)."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        hostname, port = site_address()
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = read("site/identity.yaml")["vi"]["portal_name"]
        site.save()
        # Wagtail's initial "Welcome to your new Wagtail site!" page goes.
        if type(old_root.specific) is Page:
            old_root.delete()


def load_identity(loader, vi, en):
    """One identity per language, the English one a translation of the Vietnamese (same
    key); found by locale, as the footer looks it up."""
    identity = read("site/identity.yaml")
    source = loader.record(PortalIdentity, {"locale": vi}, **identity["vi"])
    loader.record(
        PortalIdentity,
        {"locale": en},
        translation_key=source.translation_key,
        **identity["en"],
    )


def load_settings(loader):
    """Sample contact details; a database whose hotline or email is set keeps them on a
    plain run (``--update`` brings them to the file's)."""
    values = read("site/settings.yaml")
    portal = PortalSettings.objects.first()
    if portal is None:
        loader.record(PortalSettings, {}, **values)
    elif loader.update or not (portal.hotline or portal.email):
        loader.fill(portal, **values)
