"""Why someone named did something ("Why does Greece back Maduro?", "Why did Figuera break with Maduro?"): a passage
can only give the reason if it names whom the question is about. "Guaido and Maduro are wrestling for control of
Venezuela's military" names no Greece, whatever reason it seems to hold. Every person the question names is checked;
of its countries only the one doing what is explained, since a report from Caracas need not name Venezuela (the
article is checked for that, `index/fit.py`).

A name is its capitalised words in the question, any one of which will do ("Lopez" for "Leopoldo López"), spelt
the passage's way or not ("Yanukovych" for "Yanukóvich": the first letters count), or told of as "he"; a country by
its name, people or capital ("the Spanish embassy" names Spain). A question in lower case names no one, and so is not checked:
questions of other kinds are answered by passages that name their subject another way ("the Venezuelan leader"),
but a reason is told of the one it explains.
"""

from __future__ import annotations

import re

from index.countries import countries_in
from index.text import ENGLISH_STOPWORDS, SPANISH_STOPWORDS, fold

_WHY = re.compile(r"^\W*(?:why|how come|por\s?qu[eé])\s+", re.IGNORECASE)
# Who does what the question asks the reason of: "Why does Greece…", "Why did the US…", "¿Por qué Rusia…".
_SUBJECT = re.compile(
    r"^\W*(?:why|how come|por\s?qu[eé])\s+(?:(?:does|did|do|is|was|are|were|has|have|had|would|will|can|could)\s+)?"
    r"(?:the\s+|el\s+|la\s+)?(?P<who>\w)",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]+(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]+)*")
# "Yanukóvich" against "Yanukovych", "Guaidó" against "Guaido's": a name's first letters, all but its last three.
# A person may be told of as "he" ("He has been loyal but now it is time to 'rebuild the country'"); a country rarely.
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|they|them|their|él|ella|ellos|su|sus)\b", re.IGNORECASE)
_NOT_NAMES = ENGLISH_STOPWORDS | SPANISH_STOPWORDS | {"like", "also", "so", "and", "or", "but", "i", "is", "was"}
_SHORTEST_STEM = 4
_ENDING = 3


def names_whom_the_reason_is_about(question: str, passage: str) -> bool:
    """False when `question` asks why someone named did something and `passage` leaves one of them unnamed."""
    why = _WHY.match(question)
    if not why:
        return True
    folded = fold(passage).lower()
    countries = countries_in(passage)
    pronoun = bool(_PERSON_PRONOUN.search(passage))
    subject = _SUBJECT.match(question)
    for name in _NAME.finditer(question, why.end()):
        words = [word for word in name.group().split() if word.lower() not in _NOT_NAMES]
        if not words or any(_named(word, folded, countries) for word in words):
            continue
        if countries_in(name.group()):
            if subject and subject.start("who") == name.start():
                return False  # the country whose reason is asked: "Why does Greece back Maduro?"
        elif not pronoun:
            return False
    return True


def _named(word: str, folded_passage: str, countries_in_passage: set[str]) -> bool:
    """Whether the passage names `word`: its first letters, or the country it names."""
    name = fold(word).lower().removesuffix("'s").removesuffix("’s")
    if name[: max(_SHORTEST_STEM, len(name) - _ENDING)] in folded_passage:
        return True
    return bool(countries_in(word) & countries_in_passage)
