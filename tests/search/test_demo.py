from django.core.management import call_command

import pytest

from search.models import PopularTopic


@pytest.mark.django_db
def test_popular_topics_are_loaded_once_in_both_languages():
    count = PopularTopic.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert PopularTopic.objects.count() == count
    vi = PopularTopic.objects.filter(locale__language_code="vi")
    en = PopularTopic.objects.filter(locale__language_code="en")
    assert vi.count() == en.count() > 0
    assert {t.translation_key for t in vi} == {t.translation_key for t in en}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "label"), [("/search/", "Ưu đãi thuế"), ("/en/search/", "Tax incentives")]
)
def test_empty_search_page_lists_the_topics_of_its_language(client, path, label):
    html = client.get(path).content.decode()
    assert label in html
