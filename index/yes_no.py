"""Yes-or-no questions about someone or some country ("Does Japan recognise Guaido?", "Did the US send troops?"): a
passage that never names the one asked about cannot say yes or no for them, however close its subject ("Brazil and
the United States are among dozens of countries that have recognised Guaido").

A country counts as named by its name, its people or its capital ("Moscow" for Russia); a person by their surname.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.countries import countries_in
from index.text import fold

_ASKS = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:did|does|do|has|have|had|is|was|were|are|will|would|can|could)\s+(?:the\s+)?"
    r"(?P<who>(?-i:[A-ZÁÉÍÓÚÑ])[\w.'’-]+(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w.'’-]+){0,3}|[a-z]+(?:\s+[a-z]+)?)\b",
    re.IGNORECASE,
)
# Capitalised words that open such a question without naming anyone.
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
    if not who[:1].isupper() or fold(who.lower()) in _NOT_SOMEONE:
        return frozenset(), ""  # "was anyone killed", "is it true"
    return frozenset(), fold(who.split()[-1].lower()).removesuffix("'s").removesuffix("’s")


def names_whom_it_asks_about(question: str, passage: str) -> bool:
    """False when yes-or-no `question` asks about a country or a person that `passage` does not name."""
    countries, surname = asked_about(question)
    if countries:
        return bool(countries & countries_in(passage))
    return not surname or re.search(rf"\b{re.escape(surname)}\b", fold(passage.lower())) is not None
