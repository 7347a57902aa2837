"""The moderators' list of gaps as paged embeds: what members asked that the articles did not answer."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.render import limits
from bot.render.text import escape
from index.gaps import Gap

GAP_COLOUR = discord.Colour.orange()
GAPS_PER_PAGE = 8
NO_GAPS = "No declined or voted-down questions in the log. Nothing to add for now."


def gaps_pages(gaps: Sequence[Gap], retention_days: int) -> list[discord.Embed]:
    """Gaps most asked first, a few to a page; members' words are escaped and cut."""
    if not gaps:
        return [discord.Embed(title="Gaps", description=NO_GAPS, colour=GAP_COLOUR)]
    groups = [gaps[i : i + GAPS_PER_PAGE] for i in range(0, len(gaps), GAPS_PER_PAGE)]
    pages = []
    for number, group in enumerate(groups, start=1):
        embed = discord.Embed(
            title=f"Gaps: {len(gaps)} questions the articles don't answer well",
            description="\n\n".join(_gap_text(gap) for gap in group),
            colour=GAP_COLOUR,
        )
        embed.set_footer(
            text=f"Page {number} of {len(groups)} · most asked first · questions of the last {retention_days} "
            "days · /gaps export:True gives them as an eval question set"
        )
        pages.append(embed)
    return pages


def _gap_text(gap: Gap) -> str:
    """One gap in at most about 480 characters."""
    reasons = ", ".join(f"{reason} {count}" for reason, count in gap.reasons().most_common())
    when = (
        _day(gap.first_asked)
        if gap.first_asked.date() == gap.last_asked.date()
        else (f"{_day(gap.first_asked)} → {_day(gap.last_asked)}")
    )
    lines = [f"**{gap.count}×** “{escape(limits.shorten(gap.question, 200))}”", f"{escape(reasons)} · {when}"]
    notes = [n for q in gap.questions for n in q.notes]
    if notes:
        more = f" (+{len(notes) - 1} more)" if len(notes) > 1 else ""
        lines.append(f"“{escape(limits.shorten(notes[-1], 200))}”{more}")
    return "\n".join(lines)


def _day(moment) -> str:
    return f"{moment.day} {moment:%b %Y}"
