"""Shared fixtures: each test database is built once, either small or the whole demo.

Most tests stand on the tests' own small bilingual site (``tests/factories.py``). Tests that
need the whole demo (idempotence and smoke tests, checks of the real texts) are marked
``demo``; they run in a pass of their own, on a database holding the demo site, because one
test database cannot be both. ``make test`` runs the two passes.
"""

from django.core.management import call_command

import pytest

DEMO = "demo"

# Test modules (or folders) that still stand on the whole demo. A module leaves this list when
# it builds what it needs with tests/factories.py instead; a single test can also be marked
# ``@pytest.mark.demo`` in its module.
DEMO_MODULES = (
    # Checks of the demo content itself and of its loader.
    "tests/demo/",
    "tests/plan/",
    "tests/policies/",
    "tests/localization/test_language_switch.py",
    "tests/localization/test_related_snippets.py",
    "tests/localization/test_translation_rule.py",
    "tests/news/test_roles.py",
    "tests/search/test_demo.py",
    "tests/search/test_real_documents.py",
    "tests/website/test_base_url.py",
    "tests/website/test_demo_loader.py",
    "tests/website/test_roles.py",
    # Every public URL of every page type, in both languages: the whole site.
    "tests/website/test_hostile_inputs.py",
)


DB_FIXTURES = frozenset(
    {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}
)


def _uses_database(item) -> bool:
    return item.get_closest_marker("django_db") is not None or not DB_FIXTURES.isdisjoint(
        getattr(item, "fixturenames", ())
    )


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Mark the database tests of DEMO_MODULES ``demo`` before ``-m`` selects by marker.

    A test that touches no database (pure logic: a parser, an engine, a form) stands on
    neither site, so it is never ``demo`` and runs in the small-site pass wherever it lives.
    """
    for item in items:
        if item.nodeid.startswith(DEMO_MODULES) and _uses_database(item):
            item.add_marker(pytest.mark.demo)


def _wants_demo(item) -> bool:
    return item.get_closest_marker(DEMO) is not None


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """Build the small site, or the whole demo for a pass of ``demo`` tests."""
    items = [item for item in request.session.items if _uses_database(item)]
    demo = [item for item in items if _wants_demo(item)]
    if demo and len(demo) != len(items):
        raise pytest.UsageError(
            "This selection mixes tests marked 'demo' with tests on the small site; "
            "run them in two passes: pytest -m demo ... and pytest -m 'not demo' ... "
            "(make test does)."
        )
    with django_db_blocker.unblock():
        if demo:
            call_command("load_demo_content", verbosity=0)
        else:
            from tests.factories import small_site

            small_site()


@pytest.fixture
def home(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="vi")


@pytest.fixture
def home_en(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


# The sections both sites have (the small site and the demo), by language.
@pytest.fixture
def news_index(db):
    from news.models import NewsIndexPage

    return NewsIndexPage.objects.get(locale__language_code="vi")


@pytest.fixture
def news_index_en(db):
    from news.models import NewsIndexPage

    return NewsIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def events_index(db):
    from news.models import EventIndexPage

    return EventIndexPage.objects.get(locale__language_code="vi")
