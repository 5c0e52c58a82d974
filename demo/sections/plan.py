"""Demo content of the plan section."""

from plan.demo import load as _load


def load(loader, home, home_en):
    _load(home, home_en)
