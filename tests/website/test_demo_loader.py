"""The demo loader: idempotent, ``--update`` brings a database to the files' state, and the
content files read as the records the sections expect."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Locale, Page, Revision

import pytest

from demo.loader import read
from news.models import NewsCategory, NewsPage
from website.models import Agency, PortalIdentity

ARTICLE = "nghi-dinh-205-2025-sua-doi-nghi-dinh-111-2015"
CATEGORY = "ket-noi-cung-cau"


def load(*args) -> str:
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_load_demo_content_is_idempotent():
    # The session fixture has already run the loader once; a second run changes nothing.
    pages, revisions = Page.objects.count(), Revision.objects.count()
    agencies, identities = Agency.objects.count(), PortalIdentity.objects.count()
    output = load()
    assert "0 records created, 0 updated" in output
    assert "(0 new)" in output
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions
    assert Agency.objects.count() == agencies
    assert PortalIdentity.objects.count() == identities == 2


@pytest.mark.django_db
def test_demo_site_has_both_languages_linked():
    vi_home = Page.objects.get(depth=2, locale__language_code="vi")
    en_home = Page.objects.get(depth=2, locale__language_code="en")
    assert vi_home.translation_key == en_home.translation_key
    assert not en_home.alias_of_id, "English pages must be translations, not aliases"
    identities = PortalIdentity.objects.all()
    assert len({identity.translation_key for identity in identities}) == 1


def article_pair():
    page = NewsPage.objects.get(slug=ARTICLE, locale__language_code="vi")
    return page, page.get_translation(Locale.objects.get(language_code="en")).specific


@pytest.mark.django_db
def test_update_restores_edited_records_and_writes_nothing_twice():
    content = read(f"news/articles/{ARTICLE}.md")
    names = {item["slug"]: item for item in read("news/categories.yaml")}[CATEGORY]
    identity = read("site/identity.yaml")["vi"]

    # An editor's changes: an article in both languages, a category, the identity.
    page, page_en = article_pair()
    page.title = "Tiêu đề đã sửa"
    page.body = [("paragraph", "<p>Đoạn đã sửa.</p>")]
    page.tags.set(["thẻ lạ"])
    page.save_revision().publish()
    page_en.introduction = "An edited lead."
    page_en.save_revision().publish()
    for category in NewsCategory.objects.filter(slug=CATEGORY):
        category.name = "Edited"
        category.save()
    PortalIdentity.objects.filter(locale__language_code="vi").update(tagline="Đã sửa")

    # A plain run keeps them: it only creates what is missing.
    assert "0 records created, 0 updated" in load()
    assert article_pair()[0].title == "Tiêu đề đã sửa"

    pages, revisions = Page.objects.count(), Revision.objects.count()
    output = load("--update")
    assert "0 records created, 5 updated" in output  # 2 pages, 2 categories, 1 identity
    assert Page.objects.count() == pages
    # One published revision per page that changed, none for the others.
    assert Revision.objects.count() == revisions + 2

    page, page_en = article_pair()
    assert page.live and not page.has_unpublished_changes
    assert page.title == content["vi"]["title"]
    assert page.body[0].value.source.startswith("<p>Theo hồ sơ văn bản của Cổng")
    assert sorted(tag.name for tag in page.tags.all()) == sorted(content["vi"]["tags"])
    assert page_en.introduction == content["en"]["introduction"]
    assert page_en.title == content["en"]["title"]
    categories = {
        c.locale.language_code: c.name for c in NewsCategory.objects.filter(slug=CATEGORY)
    }
    assert categories == {"vi": names["vi"]["name"], "en": names["en"]["name"]}
    assert PortalIdentity.objects.get(locale__language_code="vi").tagline == identity["tagline"]

    # Brought to the files' state, a second --update has nothing to do.
    revisions = Revision.objects.count()
    assert "0 records created, 0 updated" in load("--update")
    assert Revision.objects.count() == revisions


@pytest.mark.django_db
def test_update_keeps_dates_anchored_at_the_first_load():
    page, _ = article_pair()
    page.date = page.date.replace(year=2020)
    page.save_revision().publish()
    load("--update")
    assert article_pair()[0].date.year == 2020
