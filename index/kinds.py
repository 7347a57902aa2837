"""Questions asking what kind of thing something was ("What kind of plane was standing by to fly Maduro to Cuba?",
"which model of fighter jet did Venezuela buy?", and plainly "which fighter jets…?"), or whose it was ("whose plane
was waiting…?"): a passage that speaks of the thing only bare ("by plane", "a plane that the U.S. claimed was
standing by") does not tell its kind; one that describes it does ("a private jet", "armoured vehicles", "a plane, an
Ilyushin Il-96,"). Where a passage read speaks of the thing only bare, the articles leave its kind untold, and a
passage never speaking of it does not tell it either. That holds only for things whose kind is told with their own
word (aircraft, vehicles), not for abstract things or weapons, told in other words alone ("tear gas and rubber
bullets" for "what kind of weapons"): a weapon's kind is a row of the attribute table, whose wordings include those.
English and Spanish questions (through the gloss); the articles are English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.reader.gloss import reader_text
from index.text import fold, guess_language, word_set

_ASKS_KIND = re.compile(
    r"\b(?:what|which)\s+(?:kinds?|types?|sorts?|models?|makes?|brands?)\s+of\s+(?P<phrase>(?:[\w'’-]+\s*){1,4})"
    r"|\bwhat\s+kinda\s+(?P<casual>(?:[\w'’-]+\s*){1,4})"
    # "Whose plane was waiting…?": an owner is told as a kind is ("Maduro's plane", "an air force plane").
    r"|^\W*(?:on\s+|in\s+|by\s+)?whose\s+(?P<whose>(?:[\w'’-]+\s*){1,4})",
    re.IGNORECASE,
)
# "The plane that was ready to fly Maduro to Havana, what type was it?": the thing told first, its kind asked after.
_KIND_ASKED_AFTER = re.compile(
    r"[,;:.–—-]\s*(?:so\s+)?(?:what|which)\s+(?:kinds?|types?|sorts?|models?|makes?)\s+(?:was|is|were|are)\s+"
    r"(?:it|that|this|they|those)\W*$",
    re.IGNORECASE,
)
# "Which fighter jets did Venezuela buy?", "what plane was to fly him?": which ones, told by their kind as well.
_WHICH_ONES = re.compile(r"\b(?:which|what)\s+(?P<which>(?:[\w'’-]+\s*){1,4})", re.IGNORECASE)
# The asked thing's phrase ends before a verb, a preposition or a clause ("plane" in "plane was waiting to…"); the
# thing is the phrase's first word of the table below ("jets" in "fighter jets").
_PHRASE_ENDS = word_set(
    "was were is are did does do has had have will would could can should supposedly allegedly reportedly to for in "
    "on at from by with that which who whose when where"
)
# Things whose kind is told with their own word ("a private jet", "armoured cars"): the words for the same thing
# ("what kind of aircraft" is not told by "by plane" either), and for kinds of it, which tell the kind by themselves
# ("what kind of vehicle…?" is told by "on a motorcycle" or "the back of a truck"). Not abstract things or weapons,
# whose kind is often told in other words alone ("military action" as "a strong reaction", weapons as "tear gas").
_THINGS = (
    ("aircraft plane planes airplane airplanes airliner airliners", "jet jets helicopter helicopters fighter fighters"),
    ("jet jets", ""),
    (
        "vehicle vehicles",
        "car cars truck trucks tank tanks motorcycle motorcycles motorbike motorbikes bus buses van vans jeep jeeps "
        "ambulance ambulances pickup pickups lorry lorries",
    ),
    ("car cars", ""),
    ("truck trucks", ""),
    ("tank tanks", ""),
)
_ASKED_AS = {word: (word_set(same), word_set(kinds)) for same, kinds in _THINGS for word in same.split()}
# Words before the thing that say nothing of its kind: "a plane", "by plane", "the same plane".
_BARE_BEFORE = word_set(
    "a an the by on in of for to from into onto aboard his her their its this that these those one two three some any "
    "another other same such and or"
)
# A kind told after the thing: "a plane, an Ilyushin Il-96,", "jets such as the Sukhoi", "a plane (a Boeing 737)".
_KIND_AFTER = re.compile(r"^(?:\s*[,(–—:]\s*|\s+(?:such as|like|called|named)\s+)(?:an?\s+|the\s+)?[A-Z0-9]")
_TOKEN = re.compile(r"[\w'’-]+")


def asked_kind(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words for the thing whose kind `question` asks ("plane", "airplane"…) and for kinds of it ("jet"…), or
    none."""
    text = reader_text(question) if guess_language(question) == "es" else question
    asked = _ASKS_KIND.search(text)
    told_first = None if asked else _KIND_ASKED_AFTER.search(text)
    asked = asked or (None if told_first else _WHICH_ONES.search(text))
    if asked:
        phrase = []
        for word in next(part for part in asked.groups() if part).lower().split():
            if word in _PHRASE_ENDS:
                break
            phrase.append(word)
    elif told_first:
        phrase = [token.lower() for token in _TOKEN.findall(text[: told_first.start()])]
    else:
        return frozenset(), frozenset()
    # A word of the table names the thing even where a Spanish gloss leaves a verb untranslated ("plane esperaba").
    known = [word for word in phrase if word in _ASKED_AS]
    return _ASKED_AS[known[0]] if known else (frozenset(), frozenset())


def without_the_kind(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that cannot tell the kind `question` asks about: those speaking of the
    thing only bare, and, when one does, those never speaking of it."""
    thing, kinds = asked_kind(question)
    if not thing:
        return set()
    asked = {fold(word.lower()) for word in _TOKEN.findall(question)}
    told = {row: _tells(text, thing, kinds, asked) for row, text in passages}
    if not any(verdict is False for verdict in told.values()):
        return set()
    return {row for row, verdict in told.items() if not verdict}


def _tells(passage: str, thing: frozenset[str], kinds: frozenset[str], asked: set[str]) -> bool | None:
    """Whether `passage` tells the thing's kind (True: it describes the thing or names a kind of it), speaks of it only
    bare (False), or never speaks of it (None)."""
    tokens = list(_TOKEN.finditer(passage))
    if any(token.group().lower() in kinds and fold(token.group().lower()) not in asked for token in tokens):
        return True
    mentions = [i for i, token in enumerate(tokens) if token.group().lower() in thing]
    if not mentions:
        return None
    for i in mentions:
        if _described_before(passage, tokens, i, asked) or _KIND_AFTER.match(passage[tokens[i].end() :]):
            return True
    return False


def _described_before(passage: str, tokens: list[re.Match[str]], at: int, asked: set[str]) -> bool:
    """Whether a word new to the question describes the thing at `tokens[at]`, past the question's own words
    ("Sukhoi fighter jets" for "what kind of fighter jets"), with nothing but spaces between."""
    for i in range(at - 1, -1, -1):
        if passage[tokens[i].end() : tokens[i + 1].start()].strip():
            return False
        word = fold(tokens[i].group().lower())
        if word in _BARE_BEFORE:
            return False
        if word not in asked:
            return True
    return False
