# Production image: a builder stage compiles the dependencies, the runtime stage runs them
# as a non-root user. Not built in CI (no Docker engine on the CI machines); see README.

FROM python:3.11-slim-bookworm AS builder
RUN apt-get update --yes --quiet \
 && apt-get install --yes --quiet --no-install-recommends build-essential libpq-dev libjpeg62-turbo-dev zlib1g-dev libwebp-dev \
 && rm -rf /var/lib/apt/lists/* \
 && python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements/base.txt /tmp/requirements.txt
# Production requirements only: no test or debug tools in the image.
RUN pip install --no-cache-dir --require-virtualenv -r /tmp/requirements.txt

FROM python:3.11-slim-bookworm AS runtime
RUN apt-get update --yes --quiet \
 && apt-get install --yes --quiet --no-install-recommends libpq5 libjpeg62-turbo libwebp7 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 wagtail
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH="/opt/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=website.settings.production \
    PORT=8000
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
COPY --chown=wagtail:wagtail . .
USER wagtail
# collectstatic needs settings to import, not a real secret: a throwaway value at build time only.
RUN SECRET_KEY=collectstatic-only-not-secret python manage.py collectstatic --noinput -v0
EXPOSE 8000
# Migrations run as a release step (docker compose's `migrate` service), not here.
CMD ["sh", "-c", "exec gunicorn website.wsgi:application --config gunicorn.conf.py --bind 0.0.0.0:${PORT}"]
