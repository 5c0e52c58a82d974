"""The news section (sample content, labelled on every page), in both languages, from
``demo/content/news/``:

- ``categories.yaml`` and ``images.yaml`` (the illustrations in ``images/``, with alt texts);
- ``indexes.yaml``: the news and events section pages;
- ``articles/*.md`` and ``events/*.md``: one file per article or event, its facts and its
  words per language in the front matter, an article's text in the Markdown body
  (``<!-- vi -->`` and ``<!-- en -->`` parts). An item without ``en`` is not translated.

The articles describe generic activities of the kind the plan asks for (parts III-B-6 and
III-B-13b: information, the press and broadcasters; III.4: trade promotion and matchmaking;
III.5: training). Facts about legal documents come from ``legal-documents.json``; nothing
else is presented as real news.

Dates are written relative to the day the demo is first loaded (``days_ago``,
``starts_in_days``): they are set when a page is created and never moved by ``--update``.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page

from demo.loader import content_path, get_locale, paragraph_blocks, read, read_all
from news.models import EventIndexPage, EventPage, NewsCategory, NewsIndexPage, NewsPage
from website.models import Agency

ZONE = ZoneInfo(settings.TIME_ZONE)


def load(loader, home, home_en):
    vi, en = get_locale("vi"), get_locale("en")
    categories = load_categories(loader, vi, en)
    images = load_images(loader)
    indexes = read("news/indexes.yaml")
    news_index = index_page(loader, home, NewsIndexPage, indexes["news"], en)
    events_index = index_page(loader, home, EventIndexPage, indexes["events"], en)
    today = timezone.localdate()
    for article in read_all("news/articles", "*.md"):
        load_article(loader, news_index, article, categories, images, home, today, en)
    for event in read_all("news/events", "*.md"):
        load_event(loader, events_index, event, images, today, en)


def load_categories(loader, vi, en) -> dict:
    """Each category in both languages, by slug: {slug: (Vietnamese, English)}."""
    categories = {}
    for order, item in enumerate(read("news/categories.yaml")):
        source = loader.record(
            NewsCategory, {"slug": item["slug"], "locale": vi}, sort_order=order, **item["vi"]
        )
        translation = loader.translated_record(source, en, sort_order=order, **item["en"])
        categories[item["slug"]] = (source, translation)
    return categories


def load_images(loader) -> dict:
    """The illustrations by key, with their alt text and caption in each language:
    {key: {"image": image, "vi": {"alt", "caption"}, "en": {...}}}."""
    content = read("news/images.yaml")
    Image = get_image_model()
    images = {}
    for item in content["images"]:
        with content_path(f"news/images/{item['file']}").open("rb") as handle:
            image = loader.record(
                Image,
                {"title": item["title"]},
                create_defaults={"file": ImageFile(handle, name=f"news-{item['file']}")},
                description=item["vi"]["alt"],
                caption=content["caption"]["vi"],
                credit=content["credit"],
            )
        images[item["key"]] = {"image": image}
        for code in ("vi", "en"):
            images[item["key"]][code] = {
                "alt": item[code]["alt"],
                "caption": content["caption"][code],
            }
    return images


def index_page(loader, home, model, content, en):
    page = loader.page(home, model, content["slug"], show_in_menus=True, **content["vi"])
    loader.translation(page, en, **content["en"])
    return page


def hero(images, key, code) -> dict:
    return {
        "hero_image_alt": images[key][code]["alt"],
        "hero_image_caption": images[key][code]["caption"],
    }


def agency(slug, locale):
    """The agency (made by the plan section) in this language, if it exists."""
    return Agency.objects.filter(slug=slug, locale=locale).first()


def article_words(texts: dict) -> dict:
    fields = {k: v for k, v in texts.items() if k != "body"}
    fields["body"] = paragraph_blocks(texts.get("body", ""))
    return fields


def load_article(loader, news_index, item, categories, images, home, today, en):
    category, category_en = categories[item["category"]]
    page = loader.page(
        news_index,
        NewsPage,
        item["slug"],
        create_defaults={"date": today - datetime.timedelta(days=item["days_ago"])},
        category=category,
        source_agency=agency(item["agency"], news_index.locale),
        hero_image=images[item["image"]]["image"],
        **hero(images, item["image"], "vi"),
        is_featured=item.get("featured", False),
        is_sample=True,
        related_pages=related_policies(home, item.get("related_policies", [])),
        **article_words(item["vi"]),
    )
    if "en" in item:
        # Tags are words, not facts: the English article gets English ones.
        loader.translation(
            page,
            en,
            category=category_en,
            source_agency=agency(item["agency"], en),
            **hero(images, item["image"], "en"),
            **article_words(item["en"]),
        )


def related_policies(home, slugs) -> list:
    """The policy pages an article is about, where the policies section exists (by slug)."""
    finder = Page.objects.child_of(home).filter(slug="chinh-sach").first()
    if finder is None or not slugs:
        return []
    pages = {page.slug: page for page in Page.objects.child_of(finder).filter(slug__in=slugs)}
    return [("page", pages[slug]) for slug in slugs if slug in pages]


def at(day, clock: str) -> datetime.datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=ZONE)


def load_event(loader, events_index, item, images, today, en):
    day = today + datetime.timedelta(days=item["starts_in_days"])
    end_day = day + datetime.timedelta(days=item["ends_after_days"])
    dates = {"start": at(day, item["start_time"]), "end": at(end_day, item["end_time"])}
    page = loader.page(
        events_index,
        EventPage,
        item["slug"],
        create_defaults=dates,
        kind=item["kind"],
        organiser=agency(item["agency"], events_index.locale),
        hero_image=images[item["image"]]["image"],
        **hero(images, item["image"], "vi"),
        is_sample=True,
        **item["vi"],
    )
    if "en" in item:
        loader.translation(
            page,
            en,
            organiser=agency(item["agency"], en),
            **hero(images, item["image"], "en"),
            **item["en"],
        )
