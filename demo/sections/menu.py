"""The main menu: short labels and the order a visitor looks for things in."""

from .site import arrange_menu


def load(loader, home, home_en):
    arrange_menu(home, home_en)
