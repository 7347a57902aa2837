"""Which countries a text names: names, adjectives and capitals in English and Spanish, from a packaged table
(`data/countries.tsv`, written from general knowledge), so that "Venezuela's foreign minister" and "his
Russian counterpart" can be told apart.

Phrases are looked up word by word (up to the longest phrase's length), not with one regular expression of
every phrase: that alternation took about a millisecond a passage.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from index.packaged import packaged_rows
from index.text import fold, without_possessive

# Short forms that are also everyday words ("told us", "un país") count only when written in capitals.
_CAPITALS_ONLY = {"US": "united states", "UN": "united nations", "EU": "european union", "UK": "united kingdom"}
_WORD = re.compile(r"[^\W_][\w.'’-]*")


@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, str], dict[str, int]]:
    """Folded phrase → the country (or body, such as the EU) it names; first word → longest phrase it starts."""
    phrases: dict[str, str] = {}
    for country, words in packaged_rows("countries.tsv", 2):
        for phrase in words.split("|"):
            phrase = " ".join(_key(word) for word in phrase.split())
            if phrase and phrase.upper() not in _CAPITALS_ONLY:
                phrases.setdefault(phrase, country)
    starts: dict[str, int] = {}
    for phrase in phrases:
        first, size = phrase.split()[0], len(phrase.split())
        starts[first] = max(starts.get(first, 0), size)
    return phrases, starts


def country_words(words: list[str]) -> list[str | None]:
    """For each word of a text split into words, the country a phrase through it names, or None."""
    phrases, starts = _phrases()
    keys = [_key(word) for word in words]
    found: list[str | None] = [None] * len(words)
    at = 0
    while at < len(words):
        size = 1
        if keys[at] in starts:
            for size in range(min(starts[keys[at]], len(words) - at), 0, -1):
                if country := phrases.get(" ".join(keys[at : at + size])):
                    found[at : at + size] = [country] * size
                    break
            else:
                size = 1
        short = without_possessive(words[at].rstrip("."))
        if found[at] is None and short in _CAPITALS_ONLY:
            found[at] = _CAPITALS_ONLY[short]
        at += size
    return found


def words_besides_countries(words: list[str]) -> list[str]:
    """The words of `words` that are part of no country's name, people or capital ("the Russian fighter jets" →
    "the", "fighter", "jets")."""
    return [word for word, country in zip(words, country_words(words), strict=True) if country is None]


# "What did he say in Spanish?" asks about a language, not about Spain.
_LANGUAGE = (
    r"(?:english|spanish|french|portuguese|russian|german|italian|chinese|ingl[eé]s|espa[nñ]ol|castellano|"
    r"franc[eé]s|portugu[eé]s|ruso|alem[aá]n|italiano|chino)"
)
# "in Spanish", "threw some Spanish into his tweet", "Spanish words", "habla español": a language, not its country.
_IN_A_LANGUAGE = re.compile(
    rf"\b(?:in|en|some|any|a bit of|a little|speaks?|spoke|speaking|habla|hablaba|habl[oó]|un poco de)\s+{_LANGUAGE}\b"
    rf"|\b{_LANGUAGE}\s+(?:words?|phrases?|language|palabras?|frases?)\b",
    re.IGNORECASE,
)


def countries_asked_about(question: str) -> set[str]:
    """The countries `question` names, a language it names ("in Spanish", "en inglés") left aside."""
    return countries_in(_IN_A_LANGUAGE.sub(" ", question))


@cache
def phrases_of(country: str) -> tuple[str, ...]:
    """Every phrase naming `country` in the table (its names, adjectives and capitals, folded)."""
    return tuple(phrase for phrase, named in _phrases()[0].items() if named == country)


def countries_in(text: str) -> set[str]:
    """The countries (and bodies such as the EU) that `text` names or qualifies something with."""
    return {country for country in country_words(_WORD.findall(text)) if country}


@lru_cache(maxsize=1 << 16)  # the same words come back in every passage
def _key(word: str) -> str:
    word = fold(word).rstrip(".")
    for suffix in ("'s", "’s", "'", "’"):
        word = word.removesuffix(suffix)
    return word


def country_counts(text: str) -> dict[str, int]:
    """How many times `text` names each country it names (a phrase counted once), in the order first named."""
    counts: dict[str, int] = {}
    previous = None
    for country in country_words(_WORD.findall(text)):
        if country and country != previous:
            counts[country] = counts.get(country, 0) + 1
        previous = country
    return counts


def most_named(counts: dict[str, int]) -> str | None:
    """The country of `counts` named most often (the first named, on a tie), if any."""
    return max(counts, key=counts.__getitem__) if counts else None
