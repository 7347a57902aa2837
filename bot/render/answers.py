"""An answer as Discord embeds: each quote verbatim and cited, pages of a few quotes, or a plain decline."""

from __future__ import annotations

import discord

from bot.render import limits
from bot.render.text import (
    block_quote,
    escape,
    highlighted,
    human_date,
    link_target,
    masked_link,
    text_fragment_url,
)
from index.highlight import highlight_spans
from index.results import Answer, Quote, Source

ANSWER_COLOUR = discord.Colour.from_rgb(0, 122, 153)
DECLINE_COLOUR = discord.Colour.light_grey()


def answer_pages(answer: Answer, per_page: int, article_count: int) -> list[discord.Embed]:
    """One embed per page of quotes; a decline is a single embed."""
    if answer.abstained or not answer.quotes:
        return [decline_embed(answer)]
    total = len(answer.quotes)
    # Reports of several dates: each quote says "as of" its date, so a change between reports is visible.
    dated = len({quote.cited.published for quote in answer.quotes}) > 1
    pages = []
    for first in range(0, total, per_page):
        embed = discord.Embed(title=limits.shorten(f"“{answer.question}”", limits.TITLE), colour=ANSWER_COLOUR)
        for number, quote in enumerate(answer.quotes[first : first + per_page], start=first + 1):
            name, value = quote_field(answer.question, quote, number, total, dated)
            embed.add_field(name=name, value=value, inline=False)
        page, count = first // per_page + 1, -(-total // per_page)
        embed.set_footer(
            text=f"Verbatim quotes from the {article_count} articles Cronista holds · page {page} of {count} · "
            "/sources lists them"
        )
        pages.append(embed)
    return pages


def quote_field(question: str, quote: Quote, number: int, total: int, dated: bool = False) -> tuple[str, str]:
    """The field for one quote: the passage (cut at a word if too long) and its citation; `dated` adds
    "as of" the report's date to the field's name."""
    cited = quote.cited
    as_of = f" · as of {human_date(cited.published)}" if dated else ""
    name = limits.shorten(f"Quote {number} of {total} · {cited.source or 'unknown outlet'}{as_of}", limits.FIELD_NAME)
    citation = citation_line(cited, quote.text)
    also = _also_in(quote.also_in)
    room = limits.FIELD_VALUE - len(citation) - len(also) - 2
    body = _quote_markdown(question, quote.text, room, cited)
    return name, limits.shorten("\n".join(part for part in (body, citation, also) if part), limits.FIELD_VALUE)


def citation_line(cited: Source, passage: str) -> str:
    """ "— [Title](url) · Outlet · 1 May 2019 · [jump to the passage](url#:~:text=…)"."""
    link = masked_link(limits.shorten(cited.title, 150), cited.url, unlinked="*{}*")
    parts = [f"— {link}", escape(limits.shorten(cited.source or "unknown outlet", 80)), human_date(cited.published)]
    fragment = text_fragment_url(cited.url, passage)
    if link_target(fragment):
        parts.append(masked_link("jump to the passage", fragment))
    return " · ".join(parts)


def _also_in(sources: tuple[Source, ...]) -> str:
    if not sources:
        return ""
    named = ", ".join(
        f"{escape(limits.shorten(s.source or 'unknown outlet', 60))} ({human_date(s.published)})" for s in sources[:4]
    )
    more = f" and {len(sources) - 4} more" if len(sources) > 4 else ""
    return limits.shorten(f"Also in: {named}{more}", 300)


def _quote_markdown(question: str, text: str, room: int, cited: Source) -> str:
    """The passage as a highlighted block quote within `room` characters, cut at a word when needed."""
    spans = highlight_spans(question, text)
    body = block_quote(highlighted(text, spans))
    if len(body) <= room:
        return body
    if room < 80:
        return "*(the passage is too long to show here; see the article)*"
    note = "(cut here; the full passage is in the linked article)" if cited.url else "(cut here; see the article)"
    limit = len(text)
    while limit > 20:
        limit = int(limit * 0.85)
        cut = limits.shorten(text, limit)
        visible = len(cut) - len(limits.ELLIPSIS)
        body = block_quote(highlighted(cut, [(s, min(e, visible)) for s, e in spans if s < visible])) + f" *{note}*"
        if len(body) <= room:
            return body
    return f"*{note}*"


def decline_embed(answer: Answer) -> discord.Embed:
    """The honest reply when nothing in the articles answers the question, with any related passages
    under their own heading, so they are never mistaken for an answer."""
    reason = answer.reason or "no passage is close enough to the question"
    embed = discord.Embed(
        title="The articles don't answer this",
        description=limits.shorten(
            f"I only quote the news articles I hold, and none of them answers “{escape(answer.question)}”.\n"
            f"Why: {escape(reason)}.\n\nUse `/sources` to see which articles are covered.",
            limits.DESCRIPTION,
        ),
        colour=DECLINE_COLOUR,
    )
    total = len(answer.related)
    for number, quote in enumerate(answer.related, start=1):
        _, value = quote_field(answer.question, quote, number, total)
        name = f"Related, not an answer ({number} of {total}) · {escape(quote.cited.source or 'unknown outlet')}"
        embed.add_field(name=limits.shorten(name, limits.FIELD_NAME), value=value, inline=False)
    return embed
