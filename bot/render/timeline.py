"""A timeline as pages of embeds: one field per day, each event a verbatim sentence with its outlets."""

from __future__ import annotations

import discord

from bot.render import limits
from bot.render.text import escape, masked_link
from index.results import TimelineEvent
from index.timeline.build import day_heading
from index.timeline.present import dated_from, places, planned_note

TIMELINE_COLOUR = discord.Colour.dark_gold()
EVENT_CHARS = 280
TITLE_CHARS = 40
PAGE_BUDGET = 5000
FIELDS_PER_PAGE = 8


def event_line(event: TimelineEvent) -> str:
    """ "• (night) “sentence…” — Outlet · Other · dated from “Tuesday night” · planned for 1 May"."""
    part = f"({event.part_of_day}) " if event.part_of_day else ""
    text = escape(limits.shorten(" ".join(event.text.split()), EVENT_CHARS))
    notes = " · ".join(n for n in (escape(dated_from(event)), planned_note(event)) if n)
    for with_links in (True, False):  # links only while the line fits in one field
        cited = []
        for name, url in places(event, TITLE_CHARS):
            cited.append(masked_link(limits.shorten(name, 90), url if with_links else "", max_length=300))
        line = f"• {part}“{text}” — {' · '.join(cited)} · {notes}"
        if len(line) <= limits.FIELD_VALUE:
            break
    return limits.shorten(line, limits.FIELD_VALUE)


def timeline_pages(events: list[TimelineEvent], note: str) -> list[discord.Embed]:
    """Embeds of at most a few days each, in date order; a day too long for one field continues in the next."""
    title = limits.shorten(f"Timeline: {note}", limits.TITLE)
    if not events:
        return [discord.Embed(title=title, description="No dated events found.", colour=TIMELINE_COLOUR)]
    fields: list[tuple[str, str]] = []
    for event in events:
        heading, line = day_heading(event), event_line(event)
        if fields and fields[-1][0].startswith(heading) and len(fields[-1][1]) + len(line) + 1 <= limits.FIELD_VALUE:
            fields[-1] = (fields[-1][0], fields[-1][1] + "\n" + line)
        else:
            continued = bool(fields) and fields[-1][0].startswith(heading)
            fields.append((heading + (" (continued)" if continued else ""), line))
    pages: list[discord.Embed] = []
    embed = discord.Embed(title=title, colour=TIMELINE_COLOUR)
    for name, value in fields:
        if len(embed.fields) >= FIELDS_PER_PAGE or len(embed) + len(name) + len(value) > PAGE_BUDGET:
            pages.append(embed)
            embed = discord.Embed(title=title, colour=TIMELINE_COLOUR)
        embed.add_field(name=name, value=value, inline=False)
    pages.append(embed)
    for number, page in enumerate(pages, start=1):
        page.set_footer(text=f"Page {number} of {len(pages)} · each event is a sentence quoted from the articles")
    return pages
