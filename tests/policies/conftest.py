from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest


@pytest.fixture
def count_queries(client):
    def run(url):
        # A first request warms per-site caches (menu, site root) that publishing clears.
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200
        return len(ctx.captured_queries)

    return run
