"""Where a text mentions a noun, in either number ("Defence Minister" for "which ministers", "men" for "man"), and
not an adverb made of it ("officially" is no official)."""

from __future__ import annotations

import re

from index.text import word_stems

_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children"}


def mentions_of(nouns: tuple[str, ...], passage: str, kind: str | None = None) -> list[re.Match[str]]:
    """Where `passage` uses one of `nouns` in either number ("Defence Minister" for "which ministers"), or a word
    of `kind` ("clinic" for "which hospital")."""
    found: list[re.Match[str]] = []
    for noun in (noun.lower() for noun in nouns):
        stem, plural = word_stems(noun)[:1], _IRREGULAR_PLURALS.get(noun)
        found += [
            token
            for token in re.finditer(r"[^\W\d_]+", passage)
            if token.group().lower() == plural or _same_noun(noun, stem, token.group().lower())
        ]
    if kind:
        found += re.finditer(rf"\b(?:{kind})\b", passage, re.IGNORECASE)
    return found


def _same_noun(noun: str, stem: list[str], word: str) -> bool:
    """Whether `word` is `noun` in either number (same stem), not an adverb made of it ("officially")."""
    if word[:3] != noun[:3] or (word.endswith("ly") and not noun.endswith("ly")):
        return False
    return word_stems(word)[:1] == stem
