# The contracts in DESIGN.md: make run, make test, make serve, make bench.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
PORT ?= 8000
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help install install-test run test test-browser lint format check messages serve bench clean

help:
	@echo "make run          demo site at http://127.0.0.1:$(PORT) (SQLite, development settings)"
	@echo "make test         the whole pytest suite (SQLite; PostgreSQL when DATABASE_URL is set)"
	@echo "make test-browser Playwright + Debian chromium smoke and accessibility tests"
	@echo "make serve        production-like: gunicorn + whitenoise (needs SECRET_KEY, ALLOWED_HOSTS, SITE_BASE_URL)"
	@echo "make bench        throughput table (wrk) and search latency (PostgreSQL), asserts nothing"
	@echo "make lint         ruff check, format check and the import contracts (lint-imports)"

# The venv is rebuilt from the lock files whenever they change.
$(VENV)/.base-installed: requirements/base.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	test -x $(UV) || $(PY) -m pip install --quiet --disable-pip-version-check uv
	$(UV) pip install --quiet --python $(PY) -r requirements/base.txt
	touch $@

$(VENV)/.test-installed: requirements/test.txt $(VENV)/.base-installed
	$(UV) pip install --quiet --python $(PY) -r requirements/test.txt
	touch $@

install: $(VENV)/.base-installed
install-test: $(VENV)/.test-installed

# Absolute links (canonical, sitemap, feeds) and the Site record name the address served.
run: export SITE_BASE_URL ?= http://127.0.0.1:$(PORT)
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_local_superuser
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Two passes: most tests on the tests' own small site, then those marked `demo` on a database
# holding the whole demo (tests/conftest.py). Exit status 5 (no test selected) is not a failure
# of a pass, so PYTEST_ARGS may select tests of one kind only.
PYTEST_PASS = $(VENV)/bin/pytest -n 2 --dist loadfile --durations=10 $(PYTEST_ARGS)
test: install-test
	$(PYTEST_PASS) -m "not browser and not demo" || [ $$? -eq 5 ]
	$(PYTEST_PASS) -m "demo and not browser" || [ $$? -eq 5 ]

test-browser: install-test
	$(VENV)/bin/pytest -m browser -p no:xdist $(PYTEST_ARGS)

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install-test
	DJANGO_SETTINGS_MODULE=website.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=website.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PY) scripts/compile_messages.py --check

# Extract strings (needs GNU gettext's xgettext) and compile them (pure Python, polib).
messages: install-test
	for app in website home plan policies news search localization users images; do \
	  (cd $$app && mkdir -p locale && ../$(PY) ../manage.py makemessages -l vi -l en --no-obsolete --no-location) ; \
	done
	$(PY) scripts/compile_messages.py

serve: install
	@for name in SECRET_KEY ALLOWED_HOSTS SITE_BASE_URL; do \
	  test -n "$${!name}" || { echo "$$name is not set: export $$name=... (see README.md; e.g. SITE_BASE_URL=http://127.0.0.1:$(PORT) ALLOWED_HOSTS=127.0.0.1 for a local run)"; exit 1; }; \
	done
	DJANGO_SETTINGS_MODULE=website.settings.production $(PY) manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=website.settings.production $(PY) manage.py collectstatic --noinput -v0
	DJANGO_SETTINGS_MODULE=website.settings.production $(VENV)/bin/gunicorn website.wsgi:application \
	  --config gunicorn.conf.py --bind 127.0.0.1:$(PORT)

# Site throughput (wrk) and the search benchmark (PostgreSQL, 10,000 generated pages).
bench: install-test
	$(PY) scripts/bench.py
	$(PY) scripts/bench_search.py

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 media
