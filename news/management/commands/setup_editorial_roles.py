from django.core.management.base import BaseCommand

from news.roles import ensure_editorial_roles


class Command(BaseCommand):
    help = (
        "Grant the editorial groups (news editors, news approvers, policy editors, agency "
        "reporters, site administrators) their rights on the section pages that exist now, "
        "and assign the news moderation workflow. Idempotent."
    )

    def handle(self, *args, **options):
        ensure_editorial_roles()
        self.stdout.write(self.style.SUCCESS("Editorial roles are up to date."))
