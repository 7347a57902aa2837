"""What a passage is about when it names its subject only as "he" or "the leader": "The leader, who has been relying on
support from Russia and China, was largely absent…" follows "…the most serious threat yet to Maduro's contested rule".
A question about Maduro should find it, so the passage is indexed (searched and embedded, never quoted) with the first
person the passage before it names: "Maduro: The leader, who has been relying…". A passage naming someone itself, or
opening otherwise, is indexed as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.countries import countries_in
from index.names import names_in, proper_names_in

# "He said…", "The leader, who…", "The former general…": a subject told only by a pronoun or a role.
_NAMELESS_SUBJECT = re.compile(
    r"^\W*(?:(?:The|This|That)\s+(?:[a-z]+\s+){0,2}?(?:leader|president|general|minister|official|chief|man|woman|"
    r"head|strongman|congressman|senator)\b|(?:He|She|They|His|Her)\b)"
)
_POSSESSIVE = re.compile(r"['’]s$")


def indexed_text(text: str, previous: str) -> str:
    """`text` as it is searched: after the first person `previous` (the passage before it) names, when `text` opens
    with a nameless subject and names nobody."""
    if not _NAMELESS_SUBJECT.match(text) or _people(names_in(text)):
        return text
    named = _people(names_in(previous)) or _people(_POSSESSIVE.sub("", name) for name in proper_names_in(previous))
    return f"{named[0]}: {text}" if named else text


def _people(names: Iterable[str]) -> list[str]:
    """The names of `names` that are no country."""
    return [name for name in names if not countries_in(name)]
