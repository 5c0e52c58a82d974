"""One sitemap.xml for both languages, each page (and each routable sub-view) with its
hreflang alternates."""

from collections import defaultdict

from django.views.decorators.cache import cache_page

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        # Every locale's copy of the site root, and everything live below each of them.
        roots = Page.objects.filter(translation_key=root.translation_key)
        query = Page.objects.none()
        for locale_root in roots:
            query = query | Page.objects.descendant_of(locale_root, inclusive=True)
        return (
            query.live()
            .public()
            .filter(alias_of__isnull=True)  # untranslated aliases are not pages of their own
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        entries = []  # (page, url_info)
        for item in self.paginator.page(page).object_list:
            entries.extend((item, info) for info in item.get_sitemap_urls(self.request))
        by_key = defaultdict(list)
        for item, info in entries:
            by_key[item.translation_key, info.get("subview", "")].append((item, info))
        for item, info in entries:
            siblings = by_key[item.translation_key, info.get("subview", "")]
            if len(siblings) > 1:
                info["alternates"] = [
                    {"location": s_info["location"], "lang_code": s_item.locale.language_code}
                    for s_item, s_info in siblings
                ]
        last_mods = {info.get("lastmod") for _, info in entries}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return [info for _, info in entries]


def with_subviews(page_urls, subviews):
    """A routable page's sitemap entries followed by one per sub-view path (``co-quan/``, ...).

    ``subview`` pairs each entry with the same view of the page's translations. A sub-view
    has no ``lastmod``: its content (tasks, agencies) changes without the page.
    """
    if not page_urls:
        return page_urls
    base = page_urls[0]["location"]
    return [*page_urls, *({"location": base + path, "subview": path} for path in subviews)]


@cache_page(60 * 15)
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": BilingualSitemap(request)})
