"""Demo content of the policies section."""

from policies.demo import load as _load


def load(loader, home, home_en):
    _load(home, home_en)
