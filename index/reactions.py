"""How someone reacted or replied to something ("how did Guaido react to Figuera's letter?", "¿Qué le respondió CNN a
Rubio por lo de llamarlo golpe?"): a passage tells it only if it names the one reacting (by a word of their name, or
their country) and something of what they reacted to. "Guaido issued a rallying cry for his 'uprising'" names no
letter, and "Figuera… wrote a letter" no Guaido.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from index.countries import countries_in
from index.moments import TIME_WORDS
from index.reader.gloss import reader_text
from index.text import guess_language, lexical_terms

_ASKED = (
    re.compile(
        r"\bhow (?:did|does|has|have|do|would) (?:the )?(?P<who>[^?]{1,60}?) "
        r"(?:react|respond|reply|answer)(?:ed)? (?:to|when|after) (?P<what>[^?]+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bqu[eé] (?:le |les )?(?:respondi[oó]|contest[oó]|replic[oó]) (?:el |la )?(?P<who>[^?]{1,40}?) "
        r"(?:a|al) (?P<what>[^?]+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bc[oó]mo (?:reaccion[oó]|respondi[oó]) (?:el |la )?(?P<who>[^?]{1,40}?) "
        r"(?:a|al|ante|cuando) (?P<what>[^?]+)",
        re.IGNORECASE,
    ),
)
# Words for a body rather than its name: "Colombia's government" is named by Colombia.
_BODIES = frozenset(lexical_terms("government officials ministry office administration spokesman spokeswoman"))


class _Reaction(NamedTuple):
    """The search terms and countries naming who reacted, and those of what they reacted to."""

    who: frozenset[str]
    who_countries: frozenset[str]
    what: frozenset[str]
    what_countries: frozenset[str]


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_reaction(question: str) -> _Reaction | None:
    """Who `question` asks the reaction of, and to what; none when it asks no reaction."""
    asked = next((found for pattern in _ASKED if (found := pattern.search(question))), None)
    if asked is None:
        return None
    spanish = guess_language(question) == "es"
    who, what = (reader_text(asked[part]) if spanish else asked[part] for part in ("who", "what"))
    return _Reaction(
        frozenset(lexical_terms(who)) - _BODIES,
        frozenset(countries_in(who)),
        frozenset(lexical_terms(what)) - TIME_WORDS,
        frozenset(countries_in(what)),
    )


def tells_the_reaction(question: str, passage: str) -> bool:
    """False when `question` asks how someone reacted to something and `passage` names either not the one reacting
    or nothing of what they reacted to."""
    asked = _asked_reaction(question)
    if asked is None or not (asked.what or asked.what_countries):
        return True
    terms, countries = set(lexical_terms(passage)), countries_in(passage)
    names_the_reactor = not (asked.who or asked.who_countries) or bool(
        asked.who & terms or asked.who_countries & countries
    )
    return names_the_reactor and bool(asked.what & terms or asked.what_countries & countries)
