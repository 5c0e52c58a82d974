from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The project's own user model, in place from the first migration.

    Empty for now: swapping the user model later is costly, adding fields to this one is not.
    """
