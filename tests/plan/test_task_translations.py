"""Tasks in English: translated words through wagtail-localize, facts from the Vietnamese record."""

import datetime
import re

from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest

from plan.models import Task
from website.models import Agency

from .helpers import page_text

pytestmark = pytest.mark.django_db

FACTS = ("group", "sort_order", "lead_agency_id", "status", "updated_on", "update_is_sample")


@pytest.fixture
def en():
    return Locale.objects.get(language_code="en")


def source_tasks():
    return Task.objects.filter(locale__language_code="vi")


def new_task(text="Việc mới chưa dịch", **facts):
    lead = Agency.objects.get(slug="so-xay-dung", locale__language_code="vi")
    cooperating = [Agency.objects.get(slug="so-noi-vu", locale__language_code="vi")]
    task = Task(group="III-B-10", sort_order=90, text=text, lead_agency=lead,
                cooperating_agencies=cooperating, **facts)  # fmt: skip
    task.save()
    return task


def test_every_demo_task_has_an_english_translation_with_the_same_facts(en):
    sources = {
        t.translation_key: t for t in source_tasks().prefetch_related("cooperating_agencies")
    }
    english = Task.objects.filter(locale=en).prefetch_related("cooperating_agencies")
    assert len(sources) == 62 and english.count() == 62
    assert sum(len(t.cooperating_agencies.all()) for t in sources.values()) > 0
    for task in english:
        source = sources[task.translation_key]
        assert task.text and task.text != source.text
        assert [getattr(task, f) for f in FACTS] == [getattr(source, f) for f in FACTS]
        assert set(task.cooperating_agencies.all()) == set(source.cooperating_agencies.all())


def test_english_task_list_shows_english_words_and_says_they_are_unofficial(client, en):
    task = Task.objects.filter(locale=en, group="III-B-1").first()
    response = client.get("/en/plan/nhiem-vu/?group=III-B-1")
    html = response.content.decode()
    assert task.text in page_text(response)
    assert 'class="task-item__text" lang="vi"' not in html
    assert "translations of its tasks are unofficial" in html
    # The Vietnamese list is the plan as issued, with no translation note.
    vi_html = client.get("/ke-hoach/nhiem-vu/?group=III-B-1").content.decode()
    assert "Proactively advise" not in vi_html and "unofficial" not in vi_html


def test_a_task_not_translated_yet_is_quoted_in_vietnamese_and_marked(client):
    new_task()
    html = client.get("/en/plan/nhiem-vu/?group=III-B-10").content.decode()
    assert '<p class="task-item__text" lang="vi">Việc mới chưa dịch</p>' in html


def test_a_status_change_shows_in_english_before_the_translation_is_synced(client, en):
    source = source_tasks().get(group="III-B-3", sort_order=1)
    source.status, source.updated_on = Task.Status.DONE, datetime.date(2026, 11, 2)
    source.save()
    text = page_text(client.get("/en/plan/nhiem-vu/?group=III-B-3&status=done"))
    assert re.search(r"\b1 task\b", text)
    assert Task.objects.get(locale=en, translation_key=source.translation_key).text in text
    assert "status: Done" in text


def test_a_translated_update_shows_only_while_it_is_the_current_one(client, en):
    source = source_tasks().get(group="III-B-3", sort_order=1)
    source.status, source.updated_on = Task.Status.IN_PROGRESS, datetime.date(2026, 6, 1)
    source.latest_update = "Đã trình UBND tỉnh dự thảo chương trình."
    source.save()
    english = Task.objects.get(locale=en, translation_key=source.translation_key)
    english.updated_on = source.updated_on
    english.latest_update = "The draft programme went to the Provincial People's Committee."
    english.save()
    text = page_text(client.get("/en/plan/nhiem-vu/?group=III-B-3"))
    assert "The draft programme went to the Provincial People's Committee." in text
    # A newer report in Vietnamese: the English words are of the old one, so the new
    # Vietnamese words are quoted instead, marked as Vietnamese.
    source.updated_on, source.latest_update = datetime.date(2026, 11, 2), "Đã ban hành."
    source.save()
    html = client.get("/en/plan/nhiem-vu/?group=III-B-3").content.decode()
    assert "The draft programme went" not in html
    assert '<span lang="vi">Đã ban hành.</span>' in html


def test_a_task_round_trips_through_a_po_file_and_keeps_its_facts(en):
    task = new_task("Rà soát các cụm công nghiệp.", status=Task.Status.ONGOING)
    source, _ = TranslationSource.get_or_create_from_instance(task)
    job = Translation.objects.create(source=source, target_locale=en)
    po = job.export_po()
    # Only words go to the translator; facts are synchronised, not translated.
    assert [entry.msgid for entry in po] == ["Rà soát các cụm công nghiệp."]
    po[0].msgstr = "Review the industrial clusters."
    job.import_po(po)
    job.save_target()
    english = task.get_translation(en)
    assert english.text == "Review the industrial clusters."
    assert [getattr(english, f) for f in FACTS] == [getattr(task, f) for f in FACTS]
    cooperating = list(task.cooperating_agencies.all())
    assert cooperating and list(english.cooperating_agencies.all()) == cooperating


def test_editors_can_send_a_task_for_translation_from_the_admin(admin_client, en):
    task = new_task(latest_update="Đang rà soát.", updated_on=datetime.date(2026, 11, 2))
    url = reverse("wagtail_localize:submit_snippet_translation", args=["plan", "task", task.pk])
    form = admin_client.get(url).content.decode()
    assert f'name="locales" value="{en.pk}"' in form
    listing = admin_client.get("/admin/snippets/plan/task/?locale=vi&group=III-B-10")
    assert url in listing.content.decode()  # the task's "Translate" button
    admin_client.post(url, {"locales": [en.pk]})
    english = Task.objects.get(locale=en, translation_key=task.translation_key)
    # Its edit view is now wagtail-localize's translation editor, with the words to translate.
    editor = admin_client.get(f"/admin/snippets/plan/task/edit/{english.pk}/")
    assert editor.status_code == 200
    assert "js-translation-editor" in editor.content.decode()
    # Until the translator writes them, wagtail-localize fills the English record with the
    # Vietnamese words: English pages quote them as Vietnamese.
    assert english.text == task.text
    html = admin_client.get("/en/plan/nhiem-vu/?group=III-B-10").content.decode()
    assert '<p class="task-item__text" lang="vi">Việc mới chưa dịch</p>' in html
    assert '<span lang="vi">Đang rà soát.</span>' in html


def test_english_task_list_query_count_is_flat(client, en, django_assert_max_num_queries):
    url = "/en/plan/nhiem-vu/?agency=so-xay-dung"
    client.get(url)
    with django_assert_max_num_queries(25) as baseline:
        client.get(url)
    for n in range(30):
        new_task(f"Việc thử {n}").copy_for_translation(en).save()
    with django_assert_max_num_queries(len(baseline)):
        assert "Việc thử 29" in client.get(url + "&page=2").content.decode()


def test_an_editor_saves_a_tasks_status_and_agencies_in_the_admin(admin_client):
    task = new_task()
    agencies = Agency.objects.filter(locale=task.locale, slug__in=["so-tai-chinh", "so-noi-vu"])
    response = admin_client.post(
        f"/admin/snippets/plan/task/edit/{task.pk}/",
        {
            "group": task.group,
            "sort_order": task.sort_order,
            "text": task.text,
            "lead_agency": task.lead_agency_id,
            "cooperating_agencies": [a.pk for a in agencies],
            "status": Task.Status.IN_PROGRESS,
            "updated_on": "2026-11-20",
            "latest_update": "Đang rà soát.",
        },
    )
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.status == Task.Status.IN_PROGRESS
    assert set(task.cooperating_agencies.all()) == set(agencies)


def test_a_tasks_item_link_leads_to_the_item_in_each_language(client):
    vi = client.get("/ke-hoach/co-quan/so-cong-thuong/").content.decode()
    assert '<a href="/ke-hoach/#III-B-1">III-B-1</a>' in vi
    # The English page is a summary with no anchor per item: the item's task list instead.
    en = client.get("/en/plan/co-quan/so-cong-thuong/").content.decode()
    assert '<a href="/en/plan/nhiem-vu/?group=III-B-1">III-B-1</a>' in en


def test_an_agency_not_translated_yet_is_shown_in_vietnamese_not_a_404(client):
    agency = Agency.objects.create(
        slug="so-thu-nghiem", name="Sở Thử Nghiệm", short_name="Sở Thử Nghiệm",
        locale=Locale.objects.get(language_code="vi"),
    )  # fmt: skip
    task = new_task()
    task.lead_agency = agency
    task.save()
    tasks = client.get("/en/plan/nhiem-vu/?group=III-B-10").content.decode()
    assert '<a href="/en/plan/co-quan/so-thu-nghiem/" lang="vi">Sở Thử Nghiệm</a>' in tasks
    # It can be chosen as a filter and is listed among the agencies, marked as Vietnamese.
    assert '<option value="so-thu-nghiem" lang="vi">Sở Thử Nghiệm</option>' in tasks
    text = page_text(client.get("/en/plan/nhiem-vu/?agency=so-thu-nghiem"))
    assert re.search(r"\b1 task\b", text)
    index = client.get("/en/plan/co-quan/").content.decode()
    assert '<a href="/en/plan/co-quan/so-thu-nghiem/" lang="vi">Sở Thử Nghiệm</a>' in index
    response = client.get("/en/plan/co-quan/so-thu-nghiem/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 lang="vi">Sở Thử Nghiệm</h1>' in html
    assert "has not been translated yet" in html
    assert '<meta name="robots" content="noindex">' in html
    assert client.get("/en/plan/co-quan/khong-co/").status_code == 404
