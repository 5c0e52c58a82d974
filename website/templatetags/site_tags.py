"""Site-wide template tags: menu, language switch, portal identity, absolute URLs, JSON-LD."""

import json

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, translate_url
from django.utils import translation
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from website import cache
from website.absolute_urls import absolute_url as build_absolute_url
from website.models import PortalIdentity
from website.models.identity import active_language_code

register = template.Library()

MENU_CACHE_SECONDS = 60 * 60


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def main_menu(context):
    """[(title, url)] of the home page's live children marked 'show in menus', per language.

    Cached (the menu is on every page) and invalidated whenever a page is published,
    unpublished, renamed or deleted.
    """
    request = context.get("request")

    def build():
        root = _site_root(request)
        if root is None:
            return []
        home = root.localized
        items = [
            (getattr(page, "menu_title", "") or page.title, page.get_url(request))
            for page in home.get_children().live().public().in_menu().specific()
        ]
        return [(home.title, home.get_url(request)), *items]

    key = cache.versioned_key("site-menu", active_language_code())
    return cache.cached(key, build, MENU_CACHE_SECONDS)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: where the same content lives in that language.

    For a page: its translation (on a routable page's sub-view, the same sub-view of it),
    else the nearest translated ancestor with ``?untranslated=1`` so that page can say the
    content is not translated yet. For other views (search): Django's own URL translation.
    ``url`` is for the switch; ``alternate`` (no query string) for hreflang links.
    """
    request = context.get("request")
    page = context.get("page")
    # The <head> (hreflang links) and the header (the switch) both ask: one query, not two.
    key = (getattr(page, "pk", None), translation.get_language())
    cached = getattr(request, "_language_links", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    links = _language_links(request, page)
    if request is not None:
        request._language_links = (key, links)
    return links


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's full URL, with the routable sub-view being served (``co-quan/<slug>/``)."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or not page.pk:
        return ""
    url = build_absolute_url(page, request)
    return url + _sub_view_path(page, request, translation.get_language()) if url else ""


@register.simple_tag(takes_context=True)
def absolute_url(context, target) -> str:
    """A page or a path (``link.alternate``, an image rendition's URL) under SITE_BASE_URL."""
    return build_absolute_url(target, context.get("request"))


@register.simple_tag(takes_context=True)
def json_ld(context, data):
    """A schema.org ``<script type="application/ld+json">`` carrying the CSP nonce.

    ``<``, ``>`` and ``&`` are escaped as in Django's ``json_script``, so no text in the
    data (a title holding ``</script>``) can close the element. Nothing for empty data.
    """
    if not data:
        return ""
    request = context.get("request")
    nonce = getattr(request, "csp_nonce", "") if request is not None else ""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_json_script_escapes)
    return format_html(
        '<script type="application/ld+json" nonce="{}">{}</script>',
        nonce,
        mark_safe(text),  # noqa: S308 (escaped above)
    )


def _language_links(request, page):
    current = translation.get_language()
    links = []
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        }
    for code, name in settings.LANGUAGES:
        entry = {"code": code, "name": name, "current": code == current, "url": None}
        if isinstance(page, Page) and page.pk:
            target = translations.get(code)
            if target is not None:
                entry["alternate"] = target.get_url(request) + _sub_view_path(page, request, code)
                entry["url"] = entry["alternate"] + _sub_view_query(request)
                entry["translated"] = True
            else:
                entry["url"] = _fallback_url(page, code, request)
                entry["translated"] = False
        elif request is not None:
            entry["url"] = translate_url(request.get_full_path(), code)
            entry["alternate"] = translate_url(request.path, code)
            entry["translated"] = True
        links.append(entry)
    return links


def _sub_view_path(page, request, language_code):
    """The path of the routable sub-view being served (``co-quan/<slug>/``, ...) as it reads
    under the page's translation; empty on the page's own view."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not isinstance(page, RoutablePageMixin):
        return ""
    # BasePage.route_name_for; a routable page of another kind keeps its route names.
    route_name_for = getattr(page, "route_name_for", lambda name, _language: name)
    name = route_name_for(match.url_name, language_code)
    try:
        return page.reverse_subpage(name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        return ""


def _sub_view_query(request):
    """A routable page's filters (facet, category and agency slugs, which translations
    synchronise; group and status codes; years) mean the same in every language, so the
    switch keeps them."""
    if getattr(request, "routable_resolver_match", None) is None:
        return ""
    query = request.GET.copy()
    query.pop("untranslated", None)
    return f"?{query.urlencode()}" if query else ""


def _fallback_url(page, language_code, request):
    ancestors = page.get_ancestors().filter(depth__gte=2).reverse()
    for ancestor in ancestors:
        translated = (
            ancestor.get_translations()
            .live()
            .filter(locale__language_code=language_code, alias_of__isnull=True)
            .first()
        )
        if translated is not None:
            return translated.get_url(request) + "?untranslated=1"
    return "/" if language_code == settings.LANGUAGE_CODE else f"/{language_code}/"


@register.simple_tag
def portal_identity():
    return PortalIdentity.for_active_locale()
