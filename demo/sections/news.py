"""Demo content of the news section."""

from news.demo import load as _load


def load(loader, home, home_en):
    _load(home, home_en)
