"""Factories for the tests' own small bilingual site (wagtail-factories, fixed seed).

Most tests stand on ``small_site()``: a Vietnamese home page at the root with its English
translation, the news and events sections, two news categories and an 'About' page, each
translated. The whole demo site is kept for the tests marked ``demo`` (idempotence and smoke
tests, and those that check the real texts).
"""

from wagtail.models import Locale, Page, Site

import factory
import factory.random
import wagtail_factories

from home.models import HomePage
from news.models import EventIndexPage, EventPage, NewsCategory, NewsIndexPage, NewsPage
from website.models import StandardPage

# Same data on every run: factories that draw random values draw the same ones.
factory.random.reseed_random("cnht-tests")


def locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


class VietnameseLocale(factory.LazyFunction):
    def __init__(self):
        super().__init__(lambda: locale("vi"))


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Trang chủ"
    slug = "trang-chu"
    hero_heading = "Công nghiệp hỗ trợ Vĩnh Phúc"
    locale = VietnameseLocale()

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang {n}")
    slug = factory.Sequence(lambda n: f"trang-{n}")
    locale = VietnameseLocale()

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức"
    slug = "tin-tuc"
    locale = VietnameseLocale()

    class Meta:
        model = NewsIndexPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Sự kiện"
    slug = "su-kien"
    locale = VietnameseLocale()

    class Meta:
        model = EventIndexPage


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chuyên mục {n}")
    slug = factory.Sequence(lambda n: f"chuyen-muc-{n}")
    sort_order = factory.Sequence(int)
    locale = VietnameseLocale()

    class Meta:
        model = NewsCategory


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bài viết {n}")
    slug = factory.Sequence(lambda n: f"bai-viet-{n}")
    locale = VietnameseLocale()

    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sự kiện {n}")
    slug = factory.Sequence(lambda n: f"su-kien-{n}")
    locale = VietnameseLocale()

    class Meta:
        model = EventPage


def publish(page):
    page.save_revision().publish()
    return page


def translate(page, code: str = "en", **fields):
    """The published translation of ``page`` into ``code``, with ``fields`` set."""
    copy = page.specific.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return publish(copy)


def translate_snippet(snippet, code: str = "en", **fields):
    copy = snippet.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def small_site():
    """The tests' bilingual site: home, news, events and 'About' in both languages.

    Slugs and URLs are the real ones (``/tin-tuc/``, ``/en/news/`` ...), so tests read
    like the site; texts are short and plainly test texts.
    """
    locale("vi")
    locale("en")
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "CNHT"},
    )
    # Wagtail's initial welcome page goes, as it does on a real install.
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    publish(home)
    translate(home, title="Home", slug="home", hero_heading="Supporting industry in Vinh Phuc")

    news = publish(NewsIndexPageFactory(parent=home, show_in_menus=True, menu_title="Tin tức"))
    translate(news, title="News", slug="news", menu_title="News")
    events = publish(EventIndexPageFactory(parent=home, show_in_menus=True, menu_title="Sự kiện"))
    translate(events, title="Events", slug="events", menu_title="Events")
    about = publish(
        StandardPageFactory(
            parent=home,
            title="Giới thiệu",
            slug="gioi-thieu",
            show_in_menus=True,
            introduction="Cổng thông tin về Nghị quyết 115/NQ-CP.",
        )
    )
    translate(about, title="About", slug="about", introduction="A portal on Resolution 115/NQ-CP.")

    for slug, name_vi, name_en in (
        ("chinh-sach", "Chính sách", "Policy"),
        ("ket-noi-cung-cau", "Kết nối cung cầu", "Supplier-buyer matchmaking"),
    ):
        category = NewsCategoryFactory(slug=slug, name=name_vi)
        translate_snippet(category, name=name_en)
    return home
