"""Showing article text in Discord exactly: markdown escaped, quotes block-quoted, words highlighted, dates."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from bot.render import limits
from index.articles import ArticleError
from index.formats import clean_url

_SPACE = re.compile(r"\s+")


# Escaped wherever they are: emphasis, code, spoilers, links, mentions, timestamps, emoji, headings, quotes.
_ALWAYS = frozenset("\\*_~|`[]<>#")
# Escaped at the start of a line only: list items ("- ", "+ ", "1. ") and subtext ("-# ").
_LINE_START = re.compile(r"^[ \t]*(?:-|\+|\d+\.)", re.MULTILINE)


def _escaped(text: str) -> list[str]:
    """Each character of `text` as it must be written to show as typed (a backslash before markdown)."""
    pieces = ["\\" + c if c in _ALWAYS else c for c in text]
    for match in _LINE_START.finditer(text):
        pieces[match.end() - 1] = "\\" + text[match.end() - 1]
    return pieces


def escape(text: str) -> str:
    """Text shown as typed: every markdown character escaped, so no text can form a link, mention, timestamp,
    code block, spoiler or heading (and mentions never ping: replies allow none)."""
    return "".join(_escaped(text))


def highlighted(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` escaped as a whole, then the given character spans put in bold (so no highlight can split a
    piece of markdown in two and let it through)."""
    pieces = _escaped(text)
    for start, end in spans:
        if 0 <= start < end <= len(text):
            pieces[start] = "**" + pieces[start]
            pieces[end - 1] = pieces[end - 1] + "**"
    return "".join(pieces)


def link_target(url: str, max_length: int = limits.MAX_LINK) -> str:
    """`url` as a safe link target (see index.formats.clean_url), or "" when it is not a usable http(s) link or
    is too long to show (a cut link is a broken one)."""
    if not url:
        return ""
    try:
        target = clean_url(url)
    except ArticleError:
        return ""
    return target if len(target) <= max_length else ""


def masked_link(label: str, url: str, unlinked: str = "{}", max_length: int = limits.MAX_LINK) -> str:
    """The one way a link is written: "[label](target)" with the label escaped and the target checked and
    percent-encoded; without a usable target, the escaped label formatted with `unlinked` ("*{}*")."""
    shown = escape(label.replace("[", "(").replace("]", ")"))
    target = link_target(url, max_length)
    return f"[{shown}]({target})" if target else unlinked.format(shown)


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
    """A link that opens the article scrolled to the passage (a `#:~:text=` fragment), or "" without a usable
    URL."""
    url = link_target(url)
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
