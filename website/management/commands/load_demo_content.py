from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page

from website.demo.site import arrange_menu, load_site

# Each section's loader, in order: ``load(home_vi, home_en)`` builds that section's pages
# from the real texts in website/demo/content/ and returns nothing. Each is idempotent.
SECTION_LOADERS = [
    "plan.demo.load",
    "policies.demo.load",
    "news.demo.load",
    "search.demo.load",
]


class Command(BaseCommand):
    help = (
        "Build the demo site (both languages) from the real texts in the repository. "
        "Idempotent: running it twice changes nothing."
    )

    def handle(self, *args, **options):
        before = Page.objects.count()
        with transaction.atomic():
            home, home_en = load_site()
            for dotted in SECTION_LOADERS:
                module_name, function_name = dotted.rsplit(".", 1)
                getattr(import_module(module_name), function_name)(home, home_en)
            arrange_menu(home, home_en)
        after = Page.objects.count()
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {after} pages ({after - before} new).")
        )
