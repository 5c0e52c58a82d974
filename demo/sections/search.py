"""Popular search topics for the 'nothing found' page, in both languages
(``demo/content/search/topics.yaml``; the order of the file is the order shown)."""

from demo.loader import get_locale, read
from search.models import PopularTopic


def load(loader, home, home_en):
    vi, en = get_locale("vi"), get_locale("en")
    for order, topic in enumerate(read("search/topics.yaml")):
        source = loader.record(
            PopularTopic,
            {"locale": vi, "label": topic["vi"]["label"]},
            query=topic["vi"]["query"],
            sort_order=order,
        )
        loader.translated_record(source, en, sort_order=order, **topic["en"])
