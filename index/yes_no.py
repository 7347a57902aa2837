"""Yes-or-no questions about someone or some country ("Does Japan recognise Guaido?", "Did the US send troops?"): a
passage that never names the one asked about cannot say yes or no for them, however close its subject ("Brazil and
the United States are among dozens of countries that have recognised Guaido").

A country counts as named by its name, its people or its capital ("Moscow" for Russia), and a passage naming no
country at all may be speaking of it ("The Treasury lifted sanctions on Figuera"); a person is named by surname, or
spoken of as "he" or "she" in a passage naming no one else.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.countries import countries_in
from index.names import QUOTED, names_in
from index.text import fold, holds_any_word, without_possessive

_ASKS = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:did|does|do|has|have|had|is|was|were|are|will|would|can|could)\s+(?:the\s+)?"
    r"(?P<who>(?-i:[A-ZÁÉÍÓÚÑ])[\w.'’-]+(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w.'’-]+){0,3}|[a-z]+(?:\s+[a-z]+)?)\b",
    re.IGNORECASE,
)
# "He", "she": someone the passage leaves unnamed, who may be the one asked about.
_SOMEONE_UNNAMED = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
# A quote opened after a colon and running on past the passage's end (it closes in a later paragraph).
_QUOTE_RUNNING_ON = re.compile(r":\s*['‘\"“][^'’\"”]*$")
# Words that open such a question without naming anyone.
_NOT_SOMEONE = frozenset({"it", "there", "this", "that", "anyone", "anybody", "someone", "somebody", "i", "you", "we"})


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def asked_about(question: str) -> tuple[frozenset[str], str]:
    """Whom a yes-or-no `question` asks about: the countries, or else the surname (folded) of a person; neither when
    it asks about no one named."""
    asked = _ASKS.search(question)
    if not asked:
        return frozenset(), ""
    who = asked["who"]
    if re.search(r"['’]s?\b", who):
        return frozenset(), ""  # "Is Venezuela's army loyal?", "Was Guaido's deputy arrested?": asked of another
    countries = frozenset(countries_in(who))
    if countries:
        return countries, ""
    if not who[:1].isupper() or who.split()[0].isupper() or fold(who.lower()) in _NOT_SOMEONE:
        return frozenset(), ""  # "was anyone killed", "is it true", "has the TV journalist…"
    return frozenset(), without_possessive(fold(who.split()[-1].lower()))


def names_whom_it_asks_about(question: str, passage: str) -> bool:
    """False when yes-or-no `question` asks about a country that `passage` names none but others of, or a person
    that `passage` does not name."""
    countries, surname = asked_about(question)
    if countries:
        named = countries_in(passage)
        return not named or bool(countries & named)  # "the Treasury lifted sanctions" may be the US's
    if not surname or holds_any_word(passage, [surname]):
        return True
    # "He demanded that all supporters be arrested": someone unnamed, with no one else named, may be the one asked;
    # names in what he is quoted saying are not his ("He said…: 'I recognise the… spirit of Juan Guaido'").
    unquoted = _QUOTE_RUNNING_ON.sub(":", QUOTED.sub(" ", passage))
    return not names_in(unquoted) and _SOMEONE_UNNAMED.search(unquoted) is not None
