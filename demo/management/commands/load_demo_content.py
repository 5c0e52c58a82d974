from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page

from demo.loader import Loader
from demo.sections import SECTIONS, menu, site
from website.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Build the demo site (both languages) from the content files in demo/content/. "
        "Idempotent: running it twice changes nothing. --update brings an existing demo "
        "database to the files' state."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Bring records that already exist to the content files' state.",
        )

    def handle(self, *args, update=False, **options):
        before = Page.objects.count()
        loader = Loader(update=update)
        with transaction.atomic():
            home, home_en = site.load(loader, None, None)
            for section in SECTIONS:
                section.load(loader, home, home_en)
            menu.load(loader, home, home_en)
            ensure_roles()  # the roles' rights on the sections just made
        after = Page.objects.count()
        if options["verbosity"] > 1:
            for line in loader.log:
                self.stdout.write(line)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {after} pages ({after - before} new); "
                f"{loader.created} records created, {loader.updated} updated."
            )
        )
