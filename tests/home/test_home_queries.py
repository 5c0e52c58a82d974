from django.core.cache import cache

import pytest

from website.models import StandardPage

pytestmark = pytest.mark.django_db


def render_home(client):
    response = client.get("/")
    assert response.status_code == 200
    return response


def test_home_page_query_count_is_small_and_flat(client, home, django_assert_max_num_queries):
    render_home(client)  # warm the menu cache, as on a running site
    # ~9 for the page and its frame, one or two per section slot (plan, policies; news is cached).
    with django_assert_max_num_queries(16) as baseline:
        render_home(client)
    baseline_count = len(baseline)
    for number in range(30):
        page = StandardPage(
            title=f"Trang {number}", slug=f"trang-{number}", show_in_menus=number < 3
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    cache.clear()
    render_home(client)
    with django_assert_max_num_queries(baseline_count):
        render_home(client)
