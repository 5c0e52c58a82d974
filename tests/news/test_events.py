"""Events: upcoming and past lists, iCalendar downloads, JSON-LD."""

import datetime
import json
import re

from django.utils import timezone

import icalendar
import pytest

from news.models import EventPage

from .conftest import add_event, at

pytestmark = pytest.mark.django_db


def test_index_urls_follow_the_design(client, events_index):
    assert events_index.url == "/su-kien/"
    assert client.get("/en/events/").status_code == 200


def test_index_lists_upcoming_in_date_order_and_past_separately(client, events_index):
    later = add_event(events_index, "sau", at(30, 9), at(30, 11), is_sample=True)
    sooner = add_event(events_index, "truoc", at(2, 9), at(2, 11))
    past = add_event(events_index, "da-qua", at(-3, 9), at(-3, 11))
    response = client.get("/su-kien/")
    upcoming = response.context["upcoming"]
    assert upcoming.index(sooner) < upcoming.index(later)
    assert past not in upcoming
    assert past in response.context["past_page"].object_list
    html = response.content.decode()
    assert "Sự kiện mẫu" in html
    assert 'href="/su-kien/ics/"' in html


def test_event_ics_has_the_right_times_in_ho_chi_minh(client, events_index):
    event = add_event(
        events_index,
        "tap-huan-thu",
        at(10, 8, 30),
        at(10, 11, 45),
        place="Hội trường mẫu",
    )
    response = client.get(event.url + "ics/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    start = vevent.decoded("dtstart")
    end = vevent.decoded("dtend")
    assert start == event.start and end == event.end
    assert (start.hour, start.minute) == (8, 30)
    assert str(vevent["dtstart"].params["TZID"]) == "Asia/Ho_Chi_Minh"
    assert start.utcoffset() == datetime.timedelta(hours=7)
    assert str(vevent["summary"]) == "tap-huan-thu"
    assert str(vevent["location"]) == "Hội trường mẫu"
    assert calendar.walk("VTIMEZONE")


def test_all_upcoming_ics_lists_only_upcoming_events(client, events_index):
    future = add_event(events_index, "sap-toi", at(5, 9), at(5, 10))
    past = add_event(events_index, "da-xong", at(-5, 9), at(-5, 10))
    draft = add_event(events_index, "nhap", at(6, 9), at(6, 10), publish=False)
    calendar = icalendar.Calendar.from_ical(client.get("/su-kien/ics/").content)
    summaries = {str(event["summary"]) for event in calendar.walk("VEVENT")}
    assert future.title in summaries
    assert past.title not in summaries
    assert draft.title not in summaries
    expected = EventPage.objects.child_of(events_index).live().filter(end__gte=timezone.now())
    assert len(summaries) == expected.count()


def test_event_page_shows_facts_and_event_json_ld(client, events_index, events):
    event = EventPage.objects.child_of(events_index).live().filter(end__gte=timezone.now())[0]
    html = client.get(event.url).content.decode()
    assert html.count("<h1") == 1
    assert "Sự kiện mẫu" in html
    assert event.place in html
    match = re.search(r'<script type="application/ld\+json" nonce="[^"]+">(.*?)</script>', html)
    data = json.loads(match.group(1))
    assert data["@type"] == "Event"
    assert data["startDate"] == event.start.isoformat()
    assert data["location"]["name"] == event.place


def test_event_end_before_start_is_rejected(events_index):
    event = EventPage(title="x", slug="x", start=at(3, 10), end=at(3, 9))
    with pytest.raises(Exception) as error:
        event.clean()
    assert "end" in error.value.message_dict


@pytest.mark.parametrize("value", ["abc", "-1", "99999999999999999999", "%00", "<b>x</b>"])
def test_hostile_page_parameter_on_events_never_fails(client, events_index, value):
    response = client.get("/su-kien/", {"page": value})
    assert response.status_code == 200
    assert "<b>x</b>" not in response.content.decode()


def test_event_index_query_count_is_flat(
    client, events_index, events, django_assert_max_num_queries
):
    client.get("/su-kien/")
    with django_assert_max_num_queries(30) as baseline:
        client.get("/su-kien/")
    baseline_count = len(baseline)
    for number in range(25):
        add_event(events_index, f"them-{number}", at(number - 12, 9), at(number - 12, 10))
    client.get("/su-kien/")
    with django_assert_max_num_queries(baseline_count):
        client.get("/su-kien/")


def test_reserved_slugs_cannot_shadow_feeds_or_calendar():
    from news.models import NewsPage

    with pytest.raises(Exception) as error:
        EventPage(title="x", slug="ics", start=at(3, 9), end=at(3, 10)).clean()
    assert "slug" in error.value.message_dict
    with pytest.raises(Exception) as error:
        NewsPage(title="x", slug="feed").clean()
    assert "slug" in error.value.message_dict
