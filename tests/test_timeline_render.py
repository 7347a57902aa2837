"""What `/timeline` posts, word for word: each event's line, days as fields, pages, and Discord's limits."""

from __future__ import annotations

import datetime as dt

import discord

from bot.render import limits
from bot.render.timeline import event_line, timeline_pages
from index.results import EventCitation, TimelineEvent

FOOTER = " · each event is a sentence quoted from the articles"
OUTLETS = [f"Outlet {n}" for n in range(80)]


def _event(text: str, day: str = "2019-04-30", source: str = "Outlet", url: str = "", title: str = "Title",
           also: tuple[EventCitation, ...] = (), **dating: str) -> TimelineEvent:  # fmt: skip
    part, expression, planned = dating.get("part", ""), dating.get("expression", ""), dating.get("planned", "")
    return TimelineEvent(
        "a", title, source, "2019-04-30", url, 0, len(text), day, "day", part, expression, "", planned, text, also
    )


def _cite(source: str, url: str = "", title: str = "Other title") -> EventCitation:
    return EventCitation("b", title, source, "2019-05-01", url, 0, 5, "", "Other")


def _sized(length: int, day: str = "2019-04-30") -> TimelineEvent:
    """An event whose line is exactly `length` characters (other outlets and the sentence make up the size)."""
    count = 0
    while len(event_line(_event("x", day, also=tuple(_cite(o) for o in OUTLETS[:count])))) < length - 279:
        count += 1
    also = tuple(_cite(o) for o in OUTLETS[:count])
    event = _event("x" * (1 + length - len(event_line(_event("x", day, also=also)))), day, also=also)
    assert len(event_line(event)) == length
    return event


def test_an_event_line_shows_the_time_of_day_sentence_linked_outlets_and_how_it_was_dated():
    event = _event(
        "Lopez  called for\nprotests on *Wednesday*.",
        source="Reuters",
        url="https://example.org/a",
        also=(_cite("AP", "https://example.org/b"),),
        part="night",
        expression="Tuesday night",
        planned="2019-05-01",
    )
    assert event_line(event) == (
        "• (night) “Lopez called for protests on \\*Wednesday\\*.” — [Reuters](https://example.org/a) · "
        "[AP](https://example.org/b) · dated from “Tuesday night” · planned for 1 May"
    )
    assert event_line(_event("Soldiers joined Guaido.", source="")) == (
        "• “Soldiers joined Guaido.” — unknown outlet · dated by the article's day"
    )


def test_two_articles_of_one_outlet_are_told_apart_by_their_titles_cut_at_forty_characters():
    title = "Russia could install a new government in Caracas, officials say"
    event = _event("x", source="Daily Mail", title=title, also=(_cite("Daily Mail", title="Maduro speaks"),))
    assert event_line(event) == (
        "• “x” — Daily Mail: Russia could install a new government i… · Daily Mail: Maduro speaks · "
        "dated by the article's day"
    )


def test_an_outlet_is_cut_at_ninety_characters_and_a_link_over_three_hundred_is_left_out():
    url = "https://example.org/" + "a" * 280  # 300 characters: linked
    assert event_line(_event("x", source="X" * 100, url=url)) == (
        f"• “x” — [{'X' * 89}…]({url}) · dated by the article's day"
    )
    unlinked = event_line(_event("x", source="Reuters", url=url + "a"))
    assert unlinked == "• “x” — Reuters · dated by the article's day"


def test_links_are_kept_while_the_line_fits_one_field_and_dropped_when_it_does_not():
    also = tuple(_cite(f"Outlet {n}", f"https://example.org/{'b' * 100}/{n}") for n in range(6))
    base = len(event_line(_event("x", also=also)))
    assert limits.FIELD_VALUE - base < 270, "the sentence (at most 280 characters) makes up the rest"
    fitting = event_line(_event("x" * (1 + limits.FIELD_VALUE - base), also=also))
    assert len(fitting) == limits.FIELD_VALUE and fitting.count("](https://example.org/") == 6
    crowded = event_line(_event("x" * (2 + limits.FIELD_VALUE - base), also=also))
    assert "](" not in crowded and all(f"Outlet {n}" in crowded for n in range(6))
    assert len(crowded) <= limits.FIELD_VALUE and not crowded.endswith(limits.ELLIPSIS)


def test_the_timeline_is_one_field_per_day_in_order_under_its_title():
    first, second = _event("Guaido spoke.", source="AP"), _event("Lopez fled.", source="AFP")
    later = _event("Troops returned.", "2019-05-01", source="AP")
    (page,) = timeline_pages([first, second, later], "the main events")
    assert page.to_dict() == {
        "title": "Timeline: the main events",
        "color": discord.Colour.dark_gold().value,
        "fields": [
            {"name": "Tuesday 30 April 2019", "value": event_line(first) + "\n" + event_line(second), "inline": False},
            {"name": "Wednesday 1 May 2019", "value": event_line(later), "inline": False},
        ],
        "footer": {"text": "Page 1 of 1" + FOOTER},
        "flags": 0,
        "type": "rich",
    }


def test_no_events_is_said_plainly():
    (page,) = timeline_pages([], "events about Lopez")
    assert page.to_dict() == {
        "title": "Timeline: events about Lopez",
        "description": "No dated events found.",
        "color": discord.Colour.dark_gold().value,
        "flags": 0,
        "type": "rich",
    }


def test_eight_days_fill_a_page_and_the_ninth_starts_the_next():
    days = [(dt.date(2019, 4, 22) + dt.timedelta(days=n)).isoformat() for n in range(9)]
    pages = timeline_pages([_event(f"Event {n}.", day) for n, day in enumerate(days)], "every event")
    assert [len(p.fields) for p in pages] == [8, 1]
    assert [p.footer.text for p in pages] == ["Page 1 of 2" + FOOTER, "Page 2 of 2" + FOOTER]
    assert all(p.title == "Timeline: every event" and p.colour == discord.Colour.dark_gold() for p in pages)
    assert pages[1].fields[0].name == "Tuesday 30 April 2019" and not pages[1].fields[0].inline


def test_a_day_fills_its_field_exactly_then_continues_in_the_next():
    whole = timeline_pages([_sized(600), _sized(423)], "t")[0]
    assert [len(f.value) for f in whole.fields] == [limits.FIELD_VALUE]
    split = timeline_pages([_sized(600), _sized(424)], "t")[0]
    assert [f.name for f in split.fields] == ["Tuesday 30 April 2019", "Tuesday 30 April 2019 (continued)"]


def test_a_page_holds_exactly_five_thousand_characters_and_one_more_starts_the_next():
    days = [(dt.date(2019, 4, 28) + dt.timedelta(days=n)).isoformat() for n in range(5)]
    full = [_sized(1000, day) for day in days[:4]]
    used = len(timeline_pages(full, "t")[0]) - len(timeline_pages(full, "t")[0].footer.text)
    last_name = "Thursday 2 May 2019"
    room = 5000 - used - len(last_name)
    assert [len(p.fields) for p in timeline_pages([*full, _sized(room, days[4])], "t")] == [5]
    assert [len(p.fields) for p in timeline_pages([*full, _sized(room + 1, days[4])], "t")] == [4, 1]
