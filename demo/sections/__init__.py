"""The demo's sections, in the order they are built: each module has
``load(loader, home, home_en)`` and builds its part of both languages from its content files.

The site section comes first (it makes the home pages the others hang under) and the menu
last (it orders what the others made).
"""

from . import menu, news, plan, policies, search, site

SECTIONS = [plan, policies, news, search]

__all__ = ["SECTIONS", "menu", "site"]
