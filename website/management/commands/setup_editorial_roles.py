from django.core.management.base import BaseCommand

from website.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create every editorial group (news editors and approvers, policy editors, report "
        "reviewers, agency reporters and one group per reporting agency, site "
        "administrators) and grant their rights on the sections that exist now; assign the "
        "news moderation workflow. Idempotent."
    )

    def handle(self, *args, **options):
        ensure_roles()
        self.stdout.write(self.style.SUCCESS("Editorial roles are up to date."))
