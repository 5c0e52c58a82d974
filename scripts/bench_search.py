"""Search benchmark on PostgreSQL: p50/p95 of 20 representative queries through /search/.

Builds (once) a separate database, cnht_bench_search by default, with the demo site and a
generated corpus of 10,000 Vietnamese pages cut from the real plan text (realistic
lengths: a 6-14 word title, a 20-45 word introduction, a 150-450 word body), then times
each query through the results view. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_search.py            # BENCH_SEARCH_DATABASE_URL overrides
    BENCH_PAGES=2000 BENCH_ROUNDS=3 .venv/bin/python scripts/bench_search.py
"""

import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

DATABASE_URL = os.environ.get(
    "BENCH_SEARCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cnht_bench_search"
)
PAGES = int(os.environ.get("BENCH_PAGES", "10000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
os.environ["DATABASE_URL"] = DATABASE_URL
os.environ["DJANGO_SETTINGS_MODULE"] = "website.settings.test"

QUERIES = [
    "công nghiệp hỗ trợ",
    "cong nghiep ho tro",
    "CÔNG NGHIỆP HỖ TRỢ",
    "doanh nghiệp",
    "doanh nghiep nho va vua",
    "đào tạo nguồn nhân lực",
    "dao tao nhan luc",
    "ưu đãi thuế thu nhập doanh nghiệp",
    "lãi suất",
    "khu công nghiệp",
    "chuỗi cung ứng toàn cầu",
    "chuyen giao cong nghe",
    "Sở Công Thương",
    "57/2021/NĐ-CP",
    "57/2021/ND-CP",
    "115/NQ-CP",
    "nghị định 111",
    "111/2015",
    "vốn vay ngân hàng",
    "xúc tiến đầu tư",
]


def create_database():
    import psycopg2

    name = DATABASE_URL.rsplit("/", 1)[1]
    admin = psycopg2.connect(DATABASE_URL.rsplit("/", 1)[0] + "/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def plan_sentences() -> list[list[str]]:
    text = (BASE_DIR / "demo/content/plan-vi.md").read_text(encoding="utf-8")
    text = re.sub(r"[#*|>_]", " ", text)
    sentences = [s.split() for s in re.split(r"[.;:\n]+", text)]
    return [s for s in sentences if len(s) >= 6]


def generate(count: int):
    from django.db import transaction
    from django.db.models.signals import post_save
    from django.utils import timezone

    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.search.backends import get_search_backend

    from home.models import HomePage
    from website.models import StandardPage

    home = HomePage.objects.get(locale__language_code="vi")
    section = StandardPage.objects.child_of(home).filter(slug="bench-corpus").first()
    if section is None:
        section = StandardPage(title="Bench corpus", slug="bench-corpus", locale=home.locale)
        home.add_child(instance=section)
    existing = StandardPage.objects.child_of(section).count()
    if existing >= count:
        return existing
    rng = random.Random(20211)  # fixed seed: the same corpus every time
    sentences = plan_sentences()

    def words(low, high):
        out = []
        target = rng.randint(low, high)
        while len(out) < target:
            sentence = rng.choice(sentences)
            out.extend(sentence)
        return out[:target]

    # Indexed in bulk below, not one by one on save.
    post_save.disconnect(post_save_signal_handler, sender=StandardPage)
    backend = get_search_backend()
    batch = []
    now = timezone.now()
    started = time.perf_counter()
    for number in range(existing, count):
        title = " ".join(words(6, 14)).strip(" ,-")
        if number % 50 == 0:
            title = f"Văn bản số {number}/2021/QĐ-UBND về {title}"
        body = " ".join(words(150, 450))
        page = StandardPage(
            title=title[:250],
            slug=f"trang-{number}",
            locale=home.locale,
            introduction=" ".join(words(20, 45))[:600],
            body=[("paragraph", f"<p>{body}</p>")],
            first_published_at=now - timezone.timedelta(hours=number),
            last_published_at=now - timezone.timedelta(hours=number),
        )
        with transaction.atomic():
            section.add_child(instance=page)
        section.refresh_from_db()
        batch.append(page)
        if len(batch) == 500:
            backend.add_bulk(StandardPage, batch)
            batch = []
            print(f"  {number + 1} pages ({time.perf_counter() - started:.0f} s)", flush=True)
    if batch:
        backend.add_bulk(StandardPage, batch)
    post_save.connect(post_save_signal_handler, sender=StandardPage)
    return count


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main():
    create_database()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    print(f"Corpus: generating up to {PAGES} pages in {connection.settings_dict['NAME']} ...")
    generate(PAGES)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry")
        entries = cursor.fetchone()[0]
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('wagtailsearch_indexentry'))")
        size = cursor.fetchone()[0]
    print(f"Index: {entries} entries, {size}")

    client = Client()
    for query in QUERIES:  # warm-up: caches, plans, the Query rows of the statistics
        client.get("/search/", {"q": query})
    timings = {query: [] for query in QUERIES}
    for _ in range(ROUNDS):
        for query in QUERIES:
            started = time.perf_counter()
            response = client.get("/search/", {"q": query})
            timings[query].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
    print(f"\n{'query':40} {'results':>8} {'p50 ms':>8} {'max ms':>8}")
    from wagtail.models import Locale, Page

    from search.engine import build_query
    from website.search_guard import clean_query

    pages = Page.objects.live().public().filter(locale=Locale.objects.get(language_code="vi"))
    for query in QUERIES:
        count = pages.search(build_query(clean_query(query))).count()
        print(
            f"{query:40} {count:8d} {statistics.median(timings[query]):8.1f} "
            f"{max(timings[query]):8.1f}"
        )
    every = [value for values in timings.values() for value in values]
    print(
        f"\nAll {len(every)} requests: p50 {percentile(every, 0.5):.1f} ms, "
        f"p95 {percentile(every, 0.95):.1f} ms, max {max(every):.1f} ms"
    )


if __name__ == "__main__":
    main()
