"""Targets quoted as written, with progress drawn on the server and labelled honestly."""

from decimal import Decimal

import pytest

from plan.models import Target, TargetValue
from plan.models.targets import TargetProgress

from .helpers import page_text

pytestmark = pytest.mark.django_db


def test_every_quantified_objective_is_a_target_in_both_languages():
    vi = Target.objects.filter(locale__language_code="vi")
    assert vi.count() == 4
    supplier = vi.get(slug="nha-cung-ung-cap-1-cap-2")
    assert (supplier.target_2025, supplier.target_2030) == (50, 75)
    assert "có đủ điều kiện phát triển trở thành nhà cung ứng cấp 1, cấp 2" in supplier.quote
    assert vi.get(slug="doanh-nghiep-trong-nuoc-tham-gia-chuoi-gia-tri").target_2025 == 10
    assert (
        "ít nhất 01 Khu công nghiệp hỗ trợ"
        in vi.get(slug="khu-cong-nghiep-ho-tro-trong-quy-hoach").quote
    )
    en = Target.objects.get(slug="nha-cung-ung-cap-1-cap-2", locale__language_code="en")
    assert en.translation_key == supplier.translation_key
    assert "able to become" in en.quote  # not "are suppliers"


def test_demo_values_are_all_illustrative():
    assert TargetValue.objects.exists()
    assert not TargetValue.objects.filter(is_sample=False).exists()


def test_plan_page_draws_an_accessible_bar_with_text_and_table(client):
    response = client.get("/ke-hoach/")
    content = response.content.decode()
    text = page_text(response)
    assert '<meter class="target__meter" min="0" max="50" value="44"' in content
    assert "88%" in text
    assert '<th scope="row"><q>Trên 50 doanh nghiệp' in content
    assert "Illustrative figures, not official" in text or "minh họa" in text


def test_home_page_shows_progress_from_the_slot(client):
    for url in ("/", "/en/"):
        content = client.get(url).content.decode()
        assert 'class="home-plan-progress"' in content
        assert "<meter" in content


def test_progress_uses_the_2030_target_after_2025():
    target = Target(target_2025=Decimal(50), target_2030=Decimal(75), comparator="more_than")
    values = [TargetValue(year=2027, value=Decimal(60), source="x")]
    progress = TargetProgress(target, values)
    assert (progress.goal_year, progress.percent) == (2030, 80)
    assert TargetProgress(target, []).percent is None


def test_target_table_links_only_to_sections_on_the_page(client):
    vi = client.get("/ke-hoach/").content.decode()
    assert 'href="#II-2"' in vi and 'id="II-2"' in vi
    en = client.get("/en/plan/").content.decode()
    assert 'href="#II-2"' not in en  # the English summary has no such section


def test_english_plan_shows_the_source_targets_facts_and_marks_untranslated_words(client):
    """The translation rule: numbers from the Vietnamese record (a lagging English copy
    does not count), words from the English one, a target not translated yet in Vietnamese."""
    supplier = Target.objects.get(slug="nha-cung-ung-cap-1-cap-2", locale__language_code="vi")
    english = Target.objects.get(
        translation_key=supplier.translation_key, locale__language_code="en"
    )
    english.target_2025 = Decimal(1)
    english.save()
    new = Target.objects.create(
        locale=supplier.locale,
        slug="chi-tieu-moi",
        short_label="Chỉ tiêu mới",
        quote="Chỉ tiêu mới chưa dịch",
        unit="doanh nghiệp",
        target_2025=Decimal(5),
    )
    html = client.get("/en/plan/").content.decode()
    assert '<meter class="target__meter" min="0" max="50" value="44"' in html
    assert "able to become" in html  # the English words
    assert f'<q lang="vi">{new.quote}</q>' in html
    assert '<q lang="vi">' not in html.replace(f'<q lang="vi">{new.quote}</q>', "")
