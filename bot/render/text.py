"""Showing article text in Discord exactly: markdown escaped, quotes block-quoted, words highlighted, dates."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

import discord

_SPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """Text shown as typed: markdown characters escaped (mentions never ping: replies allow none)."""
    return discord.utils.escape_markdown(text, as_needed=False)


def highlighted(text: str, spans: list[tuple[int, int]]) -> str:
    """Escaped `text` with the given character spans in bold."""
    pieces, position = [], 0
    for start, end in spans:
        pieces.append(escape(text[position:start]))
        pieces.append(f"**{escape(text[start:end])}**")
        position = end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def block_quote(markdown: str) -> str:
    """Every line of `markdown` as a block quote."""
    lines = [line.strip() for line in markdown.splitlines() if line.strip()]
    return "\n".join(f"> {line}" for line in lines)


def human_date(iso: str) -> str:
    """ "2019-05-01" as "1 May 2019"; "" as "date unknown"."""
    if not iso:
        return "date unknown"
    date = dt.date.fromisoformat(iso)
    return f"{date.day} {date:%B %Y}"


def text_fragment_url(url: str, passage: str) -> str:
    """A link that opens the article scrolled to the passage (a `#:~:text=` fragment), or "" without a URL."""
    if not url:
        return ""
    words = _SPACE.sub(" ", passage).strip().split(" ")
    if len(words) <= 10:
        directive = _encode(" ".join(words))
    else:
        directive = f"{_encode(' '.join(words[:5]))},{_encode(' '.join(words[-5:]))}"
    return f"{url.split('#', 1)[0]}#:~:text={directive}"


def _encode(text: str) -> str:
    return quote(text, safe="").replace("-", "%2D")
