"""Demo news and events (sample content, labelled on the page), in both languages.

Idempotent: pages, images, categories and tags that exist are left untouched.
"""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.html import escape

from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from website.demo.pages import get_locale, upsert_child, upsert_translation
from website.models import Agency

from .demo_content import (
    ARTICLES,
    CAPTION,
    CAPTION_EN,
    CATEGORIES,
    EVENTS,
    IMAGE_ALT_EN,
    IMAGES,
)
from .models import EventIndexPage, EventPage, NewsCategory, NewsIndexPage, NewsPage

IMAGE_DIR = Path(__file__).resolve().parent / "demo_images"
ZONE = ZoneInfo(settings.TIME_ZONE)

NEWS_INDEX = {
    "title": "Tin tức",
    "introduction": (
        "Tin về công nghiệp hỗ trợ và việc triển khai Kế hoạch của tỉnh: chính sách, xúc "
        "tiến thương mại, kết nối cung cầu, đào tạo."
    ),
}
NEWS_INDEX_EN = {
    "title": "News",
    "slug": "news",
    "introduction": (
        "News on supporting industry and the province's plan: policy, trade promotion, "
        "supplier-buyer matchmaking, training."
    ),
}
EVENTS_INDEX = {
    "title": "Sự kiện",
    "introduction": (
        "Hội chợ xúc tiến thương mại, khóa đào tạo và hội nghị kết nối cung cầu về công "
        "nghiệp hỗ trợ."
    ),
}
EVENTS_INDEX_EN = {
    "title": "Events",
    "slug": "events",
    "introduction": (
        "Trade-promotion fairs, training courses and supplier-buyer matchmaking on "
        "supporting industry."
    ),
}


def body(paragraphs):
    return [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in paragraphs]


def load_images():
    Image = get_image_model()
    images = {}
    for key, (title, alt) in IMAGES.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            path = IMAGE_DIR / f"{key}.jpg"
            with path.open("rb") as handle:
                image = Image(
                    title=title,
                    description=alt,
                    caption=CAPTION,
                    credit="Cổng thông tin (hình vẽ minh họa)",
                    file=ImageFile(handle, name=f"news-{key}.jpg"),
                )
                image.save()
        images[key] = image
    return images


def load_categories(locale, locale_en):
    categories = {}
    for slug, name, name_en in CATEGORIES:
        source = NewsCategory.objects.filter(slug=slug, locale=locale).first()
        if source is None:
            source = NewsCategory.objects.create(
                slug=slug, name=name, locale=locale, sort_order=len(categories)
            )
        translation = NewsCategory.objects.filter(slug=slug, locale=locale_en).first()
        if translation is None:
            translation = NewsCategory.objects.create(
                slug=slug,
                name=name_en,
                locale=locale_en,
                sort_order=source.sort_order,
                translation_key=source.translation_key,
            )
        categories[slug] = (source, translation)
    return categories


def agency(slug, locale):
    return Agency.objects.filter(slug=slug, locale=locale).first()


def at(day, hour_minute):
    return datetime.datetime.combine(day, datetime.time(*hour_minute), tzinfo=ZONE)


def load(home, home_en):
    locale, locale_en = get_locale("vi"), get_locale("en")
    today = timezone.localdate()
    images = load_images()
    categories = load_categories(locale, locale_en)

    news_index = upsert_child(home, NewsIndexPage, "tin-tuc", show_in_menus=True, **NEWS_INDEX)
    upsert_translation(news_index, locale_en, **NEWS_INDEX_EN)
    events_index = upsert_child(home, EventIndexPage, "su-kien", show_in_menus=True, **EVENTS_INDEX)
    upsert_translation(events_index, locale_en, **EVENTS_INDEX_EN)

    for item in ARTICLES:
        category, category_en = categories[item["category"]]
        existed = NewsPage.objects.child_of(news_index).filter(slug=item["slug"]).exists()
        page = upsert_child(
            news_index,
            NewsPage,
            item["slug"],
            title=item["title"],
            introduction=item["intro"],
            body=body(item["paragraphs"]),
            date=today - datetime.timedelta(days=item["days_ago"]),
            category=category,
            source_agency=agency(item["agency"], locale),
            hero_image=images[item["image"]],
            hero_image_alt=IMAGES[item["image"]][1],
            hero_image_caption=CAPTION,
            is_featured=item.get("featured", False),
            is_sample=True,
        )
        if not existed:
            page.tags.add(*item["tags"])
            page.related_pages = related_policies(home, item.get("related_policies", []))
            page.save_revision().publish()
        if "en" in item:
            english = item["en"]
            translated = page.get_translation_or_none(locale_en) is not None
            page_en = upsert_translation(
                page,
                locale_en,
                slug=english["slug"],
                title=english["title"],
                introduction=english["intro"],
                body=body(english["paragraphs"]),
                category=category_en,
                source_agency=agency(item["agency"], locale_en),
                hero_image_alt=IMAGE_ALT_EN[item["image"]],
                hero_image_caption=CAPTION_EN,
            )
            if not translated:
                # Tags are words, not facts: the English article gets English ones.
                page_en.tags.set(english["tags"])
                page_en.save_revision().publish()

    for item in EVENTS:
        day = today + datetime.timedelta(days=item["days"])
        page = upsert_child(
            events_index,
            EventPage,
            item["slug"],
            title=item["title"],
            introduction=item["intro"],
            kind=item["kind"],
            start=at(day, item["start"]),
            end=at(day + datetime.timedelta(days=item["end_days"]), item["end"]),
            place=item["place"],
            organiser=agency(item["agency"], locale),
            hero_image=images[item["image"]],
            hero_image_alt=IMAGES[item["image"]][1],
            hero_image_caption=CAPTION,
            is_sample=True,
        )
        if "en" in item:
            english = item["en"]
            upsert_translation(
                page,
                locale_en,
                slug=english["slug"],
                title=english["title"],
                introduction=english["intro"],
                place=english["place"],
                organiser=agency(item["agency"], locale_en),
                hero_image_alt=IMAGE_ALT_EN[item["image"]],
                hero_image_caption=CAPTION_EN,
            )


def related_policies(home, slugs):
    """The policy pages an article is about, where the policies section exists (by slug)."""
    from wagtail.models import Page

    finder = Page.objects.child_of(home).filter(slug="chinh-sach").first()
    if finder is None or not slugs:
        return []
    pages = Page.objects.child_of(finder).filter(slug__in=slugs)
    return [("page", page) for page in pages]
