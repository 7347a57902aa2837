"""Whether a passage says that the very thing asked is not known yet: "the number of dead and wounded in Tuesday's
clashes hasn't yet been reported" answers "do we know how many died on Tuesday?", but not "how many protesters were
arrested on Tuesday?" nor "when was the blackout?", which it shares only a day with (or nothing at all).
"""

from __future__ import annotations

import re

from index.counted import HARM_TERMS
from index.moments import TIME_WORDS
from index.reader.gloss import reader_text
from index.text import WEEKDAY_NUMBERS, lexical_terms

_NOT_KNOWN = re.compile(
    r"\bunknown\b|\bunclear\b|(?:\bnot|n['’]t) (?:yet )?(?:been )?(?:known|clear|reported|confirmed|disclosed)\b|"
    r"\bno se (?:sabe|conoce)\b|\bdesconocid[oa]s?\b",
    re.IGNORECASE,
)
# A clause ends at a sentence's or a list's stop, so "Venezuelans prepare for a second day of unrest" is not part of
# what "hasn't yet been reported".
_CLAUSE_END = re.compile(r"[.;:!?,]\s")
# Days and words of time say when, not what: "Tuesday" is shared by arrests and deaths alike.
_TIME_TERMS = TIME_WORDS | frozenset(lexical_terms(" ".join(WEEKDAY_NUMBERS)))


def says_the_asked_is_unknown(question: str, passage: str) -> bool:
    """Whether `passage` says something is not known (yet) in a clause that shares what `question` asks about,
    days aside."""
    if not _NOT_KNOWN.search(passage):
        return False  # most passages: the question need not be read
    asked = set(lexical_terms(reader_text(question))) - _TIME_TERMS
    for said in _NOT_KNOWN.finditer(passage):
        clause = set(lexical_terms(_clause_around(passage, said.start(), said.end()))) - _TIME_TERMS
        if asked & clause or (asked & HARM_TERMS and clause & HARM_TERMS):
            return True
    return False


def _clause_around(text: str, start: int, end: int) -> str:
    """The stretch of `text` between the clause stops around `start`..`end`."""
    before = [stop.end() for stop in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]
