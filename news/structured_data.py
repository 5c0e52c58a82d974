"""schema.org JSON-LD for articles and events; the publisher is a GovernmentOrganization.

Rendered by ``{% json_ld %}`` (website/templatetags/site_tags.py); every URL is absolute
under SITE_BASE_URL.
"""

from website.absolute_urls import absolute_url
from website.models import PortalIdentity


def publisher_data(request) -> dict:
    identity = PortalIdentity.for_active_locale()
    return {
        "@type": "GovernmentOrganization",
        "name": identity.publisher if identity else "",
        "url": absolute_url("/"),
    }


def image_url(request, page, spec="fill-1200x630|format-jpeg"):
    if not page.hero_image_id:
        return ""
    return absolute_url(page.hero_image.get_rendition(spec).url)


def news_article_data(page, request) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.introduction,
        "datePublished": page.published_datetime.isoformat(),
        "inLanguage": page.locale.language_code,
        "mainEntityOfPage": absolute_url(page, request),
        "publisher": publisher_data(request),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.hero_image_id:
        data["image"] = [image_url(request, page)]
    if page.source_agency_id:
        data["sourceOrganization"] = {
            "@type": "GovernmentOrganization",
            "name": page.source_agency.name,
        }
    return data


def event_data(page, request) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.introduction,
        "startDate": page.start.isoformat(),
        "endDate": page.end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "url": absolute_url(page, request),
        "inLanguage": page.locale.language_code,
    }
    if page.place:
        data["location"] = {"@type": "Place", "name": page.place, "address": page.place}
    organiser = page.organiser_display
    data["organizer"] = (
        {"@type": "GovernmentOrganization", "name": organiser}
        if organiser
        else publisher_data(request)
    )
    if page.hero_image_id:
        data["image"] = [image_url(request, page)]
    return data
