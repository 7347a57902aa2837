"""A thing asked about as one country's ("how many troops applied for asylum at Colombia's embassy?", "how much did
Venezuela spend on Chinese weapons?"): a passage that speaks of the same thing as another country's only ("Brazil's
embassy", "Russian weapons") does not answer it. A passage naming the thing with no country, or with one of the
asked countries ("…at Brazil's embassy or Colombia's embassy?"), is left to the reader, and so is a yes/no
question, which another country's thing may answer ("did they seek asylum at Colombia's embassy?" — no, Brazil's).
English word order only ("embajada de Brasil" is not read); a language is no country's thing ("his Spanish speech").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from index.countries import country_words
from index.text import ENGLISH_STOPWORDS, fold, without_possessive, word_set

_WORD = re.compile(r"[^\W_][\w'’-]*")
# Words after a country that name no thing of its: "Russia has said", "Brazil's government", "Tehran denied", "his
# Spanish speech" (a language).
_NO_THING = ENGLISH_STOPWORDS | word_set(
    "government people country nation state say says said tell tells told denied denies claimed claims speech "
    "language word words version translation text accent name"
)
_YES_NO = re.compile(r"^\W*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b", re.IGNORECASE)
# A country's thing is written with its possessive ("Colombia's embassy") or its adjective ("Chinese weapons"); after
# its bare name or capital comes a verb as often as a thing ("Russia backs Maduro", "Moscow denied").
_ADJECTIVE = re.compile(r"(?:an|ese|ish|ch|i)$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # the question's pairs are read once per passage, each passage's once per question
def _countrys_things(text: str) -> tuple[tuple[str, str], ...]:
    """(country, the folded word right after it, its possessive dropped) for each country's possessive or adjective
    before a word: "Colombia's embassy" → ("colombia", "embassy"), "Chinese weapons" → ("china", "weapons")."""
    words = _WORD.findall(text)
    bare = [without_possessive(word) for word in words]
    countries = country_words(bare)
    return tuple(
        (country, fold(bare[at + 1].lower()))
        for at, country in enumerate(countries[:-1])
        if country
        and countries[at + 1] != country
        and (bare[at] != words[at] or (_ADJECTIVE.search(bare[at]) and fold(bare[at].lower()) != country))
        and bare[at + 1].isalpha()
        and bare[at + 1].lower() not in _NO_THING
    )


def of_another_country(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that speak of a thing `question` asks about as one country's only as
    another country's."""
    if _YES_NO.match(question):
        return set()
    asked: dict[str, set[str]] = {}
    for country, thing in _countrys_things(question):
        asked.setdefault(thing, set()).add(country)
    if not asked:
        return set()
    lacking = set()
    for row, text in passages:
        told: dict[str, set[str]] = {}
        for owner, thing in _countrys_things(text):
            told.setdefault(thing, set()).add(owner)
        if any(told.get(thing) and not told[thing] & countries for thing, countries in asked.items()):
            lacking.add(row)
    return lacking
