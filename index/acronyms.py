"""Questions asking what an acronym stands for: a passage answers only if it spells the acronym out, its words'
initials giving the letters ("Collective Security Treaty Organisation" for CSTO, "Servicio Bolivariano de
Inteligencia" for SEBIN), not when it only uses the acronym.
"""

from __future__ import annotations

import re

from index.text import fold, word_set

_ASKS = re.compile(
    r"\bwhat (?:does|did|do) (?:the )?(?:acronym |abbreviation |letters )?(?P<a>[\w-]{2,8}) "
    r"(?:actually |really |even |exactly )?(?:stand|stands) for\b"
    r"|\bwhat(?: is|['’]s) (?P<b>[\w-]{2,8}) short for\b|\bwhat do the letters (?P<c>[\w-]{2,8}) mean\b"
    r"|\bqu[eé] significa(?:n)? (?:las siglas |la sigla |el acr[oó]nimo )?(?P<d>[\w-]{2,8})\b"
    r"|\bqu[eé] quiere(?:n)? decir (?:las siglas |la sigla )?(?P<e>[\w-]{2,8})\b"
    # "What does the name of the human rights group Provea stand for?"
    r"|\bwhat (?:does|did|do) the (?:name|acronym|abbreviation) (?:of )?(?:the )?(?:[\w-]+ ){0,4}?(?P<f>[\w-]{2,8}) "
    r"(?:actually |really |even |exactly )?(?:stand|stands) for\b",
    re.IGNORECASE,
)
_NAMED_AS_ACRONYM = re.compile(r"\b(?:acronym|abbreviation|letters|siglas?|acr[oó]nimo|name)\b", re.IGNORECASE)
_SKIPPED = word_set("of for and the on in at to de del la las el los y e para por en")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def asked_acronym(question: str) -> str | None:
    """The acronym `question` asks to spell out, upper-cased, or None."""
    match = _ASKS.search(question)
    if not match:
        return None
    acronym = next(group for group in match.groups() if group)
    # "What does Guaido stand for?" asks about politics: only capitals, digits or the word "acronym" mark one.
    marked = acronym.isupper() or any(c.isdigit() for c in acronym) or _NAMED_AS_ACRONYM.search(question)
    return acronym.upper() if marked and re.fullmatch(r"[A-Za-z0-9-]+", acronym) else None


def spells_out(acronym: str, passage: str) -> bool:
    """Whether some run of the passage's words has initials (one or two letters a word) giving `acronym`."""
    letters = fold(acronym).replace("-", "")
    words = [fold(word) for word in _WORD.findall(passage)]
    return any(_spells(letters, words, start) for start, word in enumerate(words) if word[:1] == letters[:1])


def _spells(letters: str, words: list[str], at: int) -> bool:
    if not letters:
        return True
    if at >= len(words):
        return False
    word = words[at]
    if letters[0].isdigit():
        digits = re.match(r"\d+", letters).group(0)
        return word == digits and _spells(letters[len(digits) :], words, at + 1)
    if word in _SKIPPED and not word.startswith(letters[0]):
        return _spells(letters, words, at + 1)
    return any(
        word.startswith(letters[:size]) and _spells(letters[size:], words, at + 1)
        for size in (1, 2)
        if len(letters) >= size
    )


def explains_acronym(question: str, passage: str) -> bool:
    """False when `question` asks what an acronym stands for and `passage` does not spell it out."""
    acronym = asked_acronym(question)
    return acronym is None or spells_out(acronym, passage)
