"""Questions asking for a place within a region ("where in Europe was Shanahan going?", "where was he supposed to
go in Europe?", "which European countries…", "¿a qué país de Europa…?", "his Europe trip — which country?"): a
passage answers one only if it names a country of that region (or its capital or people) that the question does not
name; "a planned trip to Europe" names the region, not the place.

The regions and their countries are a packaged table (`data/regions.tsv`, written from general knowledge); a
country counts by `countries.countries_in`, so a region's cities other than capitals are not recognised.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.countries import countries_in
from index.names import people_named
from index.packaged import packaged_rows
from index.text import holds_any_word

_PLACE_NOUNS = (
    r"countr(?:y|ies)|nations?|cit(?:y|ies)|capitals?|states?|governments?|"
    r"pa[ií]s(?:es)?|naci[oó]n(?:es)?|ciudad(?:es)?|capital(?:es)?|gobiernos?"
)


@lru_cache(maxsize=1)
def _regions() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each region's words (a regular expression's alternatives) with its countries (keys of `data/countries.tsv`)."""
    return tuple((words, frozenset(members.split("|"))) for _, words, members in packaged_rows("regions.tsv", 3))


@lru_cache(maxsize=1)
def _asks_within() -> re.Pattern[str]:
    """Where a question asks for a place within a region; one of the groups `r1`…`r7` holds the region's word."""
    region = "|".join(words for words, _ in _regions())
    return re.compile(
        rf"\b(?:where|d[oó]nde) (?:in|en) (?:the )?(?P<r1>{region})\b"
        rf"|\b(?:which|what|qu[eé]|cu[aá]l(?:es)?) (?P<r2>{region}) (?:{_PLACE_NOUNS})\b"
        rf"|\b(?:which|what|qu[eé]|cu[aá]l(?:es)?) (?:{_PLACE_NOUNS}) (?P<r3>{region})\b"
        rf"|\b(?:which|what|qu[eé]|cu[aá]l(?:es)?) (?:{_PLACE_NOUNS}) (?:in|of|de|en) (?:the )?(?P<r4>{region})\b"
        # "where was Shanahan supposed to go in Europe?": the region closing a where-question
        rf"|^\W*(?:where|d[oó]nde)\b[^?]{{1,80}}?\b(?:in|en) (?:the )?(?P<r5>{region})\W*$"
        # "he cancelled his Europe trip, which country (or countries) was he going to?": the region told first, the
        # place asked after
        rf"|\b(?P<r6>{region})\b[^?]{{1,60}}?\b(?:which|what|qu[eé]|cu[aá]l(?:es)?) "
        r"(?:countr(?:y|ies)|cit(?:y|ies)|pa[ií]s(?:es)?|ciudad(?:es)?)\b"
        # "shanahan cancelled his europe trip, where was he supposed to go": the same asked by "where"
        rf"|\b(?P<r7>{region})\b[^?]{{0,60}}?[,;.–—-]\s*(?:so\s+)?(?:where|d[oó]nde)\b(?![^?]*\b(?:in|en) (?-i:[A-Z]))",
        re.IGNORECASE,
    )


def asked_region(question: str) -> frozenset[str]:
    """The countries of the region within which `question` asks for a place; empty when it asks for none."""
    asked = _asks_within().search(question)
    if not asked:
        return frozenset()
    return _countries_of(next(group for group in asked.groups() if group))


def is_a_region(word: str) -> bool:
    """Whether `word` names a region of the table ("Europe", "latinoamérica")."""
    return bool(_countries_of(word))


def words_of_regions_in(text: str) -> str:
    """Every word of each region `text` names, one string ("a trip to Europe" → "europe european europeans …"), so
    that "European" and "Europe" are read as the same place."""
    named = (words for words, _ in _regions() if re.search(rf"\b(?:{words})\b", text, re.IGNORECASE))
    return " ".join(words.replace("|", " ") for words in named)


def _countries_of(region: str) -> frozenset[str]:
    """The countries of the region that the word `region` names; empty when it names none."""
    return next((members for words, members in _regions() if re.fullmatch(words, region, re.IGNORECASE)), frozenset())


def names_a_place_in_the_region(question: str, passage: str) -> bool:
    """False when `question` asks for a place within a region and `passage` names no country of it (its capital or
    its people count) besides those the question names, or names none of the people the question asks about: "which
    European countries was Shanahan supposed to visit?" is not answered by Moscow telling Maduro to stay."""
    wanted = _wanted_countries(question)
    if wanted is None:
        return True
    people = {name for name in people_named(question) if not is_a_region(name)}  # "his Europe trip" names no one
    return bool(countries_in(passage) & wanted) and (not people or holds_any_word(passage, people))


@lru_cache(maxsize=512)  # the same question is checked against each passage read
def _wanted_countries(question: str) -> frozenset[str] | None:
    """The region's countries that the question does not name, or None when it asks for no place in a region."""
    members = asked_region(question)
    return members - countries_in(question) if members else None
