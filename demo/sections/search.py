"""Demo content of the search section."""

from search.demo import load as _load


def load(loader, home, home_en):
    _load(home, home_en)
