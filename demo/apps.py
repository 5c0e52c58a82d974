from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: content files and the one loader that turns them into pages.

    It sits above every app (it may import them all) and nothing imports it.
    """

    name = "demo"
    verbose_name = "Demo content"
