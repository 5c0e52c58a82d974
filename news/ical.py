"""iCalendar (.ics) files for events, with times in the site's zone (Asia/Ho_Chi_Minh)."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

import icalendar

from website.absolute_urls import absolute_url, base_host

SITE_ZONE = ZoneInfo(settings.TIME_ZONE)


def build_calendar(request, events) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Vinh Phuc supporting industry portal//news//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    host = base_host()
    for page in events:
        event = icalendar.Event()
        event.add("uid", f"{page.translation_key}-{page.locale_id}@{host}")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", page.start.astimezone(SITE_ZONE))
        event.add("dtend", page.end.astimezone(SITE_ZONE))
        event.add("summary", page.title)
        if page.place:
            event.add("location", page.place)
        if page.introduction:
            event.add("description", page.introduction)
        event.add("url", absolute_url(page, request))
        organiser = page.organiser_display
        if organiser:
            event.add("x-organiser-name", organiser)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(request, events, filename: str) -> HttpResponse:
    response = HttpResponse(
        build_calendar(request, events).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
