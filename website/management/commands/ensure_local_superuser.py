import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create a local superuser for the demo site if none exists. The password comes from "
        "--password or is generated and printed once; nothing is stored in the repository."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", default=os.environ.get("ADMIN_PASSWORD") or None)

    def handle(self, *args, username, password, **options):
        User = get_user_model()
        admin_url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/admin/"
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin: {admin_url} as '{username}' (password set earlier; change it with "
                f"`.venv/bin/python manage.py changepassword {username}`)."
            )
            return
        password = password or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {admin_url}  user: {username}  password: {password}\n"
                "This password is shown once; keep it or change it with `manage.py changepassword`."
            )
        )
