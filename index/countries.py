"""Which countries a text names: names, adjectives and capitals in English and Spanish, from a packaged table
(`data/countries.tsv`, written from general knowledge), so that "Venezuela's foreign minister" and "his
Russian counterpart" can be told apart."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from index.text import fold

# Short forms that are also everyday words ("told us", "un país") count only when written in capitals.
_CAPITALS_ONLY = {"us": "united states", "un": "united nations", "eu": "european union", "uk": "united kingdom"}


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Lower-case names, adjectives and capitals → the country (or body, such as the EU) they belong to."""
    text = resources.files("index").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    words: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        if "\t" in line:
            country, phrases = line.split("\t", 1)
            for phrase in phrases.split("|"):
                phrase = fold(phrase.strip().lower())
                if phrase and phrase not in _CAPITALS_ONLY:
                    words.setdefault(phrase, country)
    return words


@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern[str]:
    """The table's phrases, folded to lower case without accents, as one pattern for folded text."""
    phrases = sorted(_country_words(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])")


@lru_cache(maxsize=1)
def country_phrases() -> re.Pattern[str]:
    """Country names as written in running text (any case, with or without accents, possessive or not)."""
    text = resources.files("index").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    phrases = {p.strip() for line in text.splitlines()[1:] if "\t" in line for p in line.split("\t", 1)[1].split("|")}
    phrases = {p for p in phrases | {fold(p) for p in phrases} if p and p not in _CAPITALS_ONLY}
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?:['’]s)?(?![\w])", re.IGNORECASE)


def countries_in(text: str) -> set[str]:
    """The countries (and bodies such as the EU) that `text` names or qualifies something with."""
    words = _country_words()
    found = {words[match.group(0)] for match in country_pattern().finditer(fold(text.lower()))}
    return found | {_CAPITALS_ONLY[short.lower()] for short in re.findall(r"\b(?:US|UN|EU|UK)\b", text)}

