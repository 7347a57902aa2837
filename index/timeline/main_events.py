"""The main events of a timeline: the few moments that matter most, chosen from every entry.

An entry counts for more when several articles report it (in the same words, or naming the same rarely-named
things), when it comes early in an article (reporters put the news first), when it tells what a headline is
about, and when it is about the central actors (people and places most articles name, and the military).
Captions ("supporters are seen near…", "(pictured…)"), a reporter's commentary ("Earlier today Jazz wrote
about developments"), what someone merely claimed or told a reporter, and plans or calls for a coming day
count for less; a vague year or month is never a main event.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from index.results import Telling, TimelineEntry
from index.text import fold, lexical_terms

MAX_MAIN = 14
CENTRAL_SHARE = 0.5  # an entity named by at least this share of the articles (and two) is central
RETELLING = 0.3  # a main event sharing this share of its words with a better one tells the same moment again
SOURCE_WEIGHT = 1.0
EARLY_WEIGHT = 1.0
HEADLINE_WEIGHT = 0.3
MAX_HEADLINE = 3
CENTRAL_WEIGHT = 0.3
MAX_CENTRAL = 3
CAPTION_PENALTY = 1.5
COMMENTARY_PENALTY = 2.5
SPEECH_PENALTY = 0.75
PLAN_PENALTY = 1.0
STANDFIRST = 0.2  # lines without a full stop this early in an article are its summary bullets, not captions
# The armed forces decide a coup; they are rarely named, so a few words stand for them.
_MILITARY = re.compile(r"\b(military|armed forces|army|troops|soldiers|national guard|generals?|guardsmen)\b")
_CAPTION = re.compile(r"\((?:pictured|left|right|centre|center|above|below)\b|\b(?:is|are) (?:seen|pictured)\b")
_COMMENTARY = re.compile(
    r"\b(?:wrote about|writes about|as we reported|we reported|live updates?|this blog|"
    r"stay tuned|follow along|read more|click here|developments taking place)\b"
)
# "He continued: '…", or a claim or report in the first words ("CNN reported that", "Diaz-Balart claimed").
_SPEECH_LEAD = re.compile(
    r"\b(?:said|says|told|added|continued|claimed)\s*:\s*['‘\"“]|"
    r"^(?:\S+\s+){0,5}?(?:said|says|claimed|claims|told|tells|reported|reports|tweeted)\b"
)
_SENTENCE_END = re.compile(r"[.!?]['’\"”)]*\s*$")


def mark_main_events(
    entries: list[TimelineEntry], headlines: list[list[str]], named: list[set[str]]
) -> list[TimelineEntry]:
    """The entries with their `importance`, the best-scored moments dated to a day marked `main` (never a
    caption or commentary).

    `headlines` holds each article's headline words, `named` the entities each article names.
    """
    central = _central_entities(named)
    sentence_terms = [[_terms(entry)] + [_terms(also) for also in entry.also_in] for entry in entries]
    importance = [
        score(entry, central, max((len(t & set(h)) for t in terms for h in headlines), default=0))
        for entry, terms in zip(entries, sentence_terms, strict=True)
    ]
    candidates = [
        number
        for number, entry in enumerate(entries)
        if entry.precision == "day" and not _aside(entry.text, entry.position)
    ]
    ranked = sorted(candidates, key=lambda number: (-importance[number], number))
    chosen: list[int] = []
    for number in ranked:
        if len(chosen) == MAX_MAIN or importance[number] <= 0:
            break
        # A second telling of a chosen moment ("Guaido called on the armed forces…", "…urged Venezuelans…")
        # would crowd out another moment.
        if not any(_retells(sentence_terms[number][0], sentence_terms[other][0]) for other in chosen):
            chosen.append(number)
    return [
        replace(entry, importance=importance[number], main=number in chosen) for number, entry in enumerate(entries)
    ]


def score(entry: TimelineEntry, central: dict[str, float], headline: int = 0) -> float:
    """How much an entry matters (higher first); see the module's docstring."""
    text = " ".join(entry.text.split())
    folded = fold(text)
    sources = 1 + len({a.article_id for a in entry.also_in})
    actors = sum(central.get(name, 0.0) for name in entry.entities) + bool(_MILITARY.search(folded))
    value = (
        SOURCE_WEIGHT * sources
        + EARLY_WEIGHT * (1 - entry.position)
        + HEADLINE_WEIGHT * min(headline, MAX_HEADLINE)
        + CENTRAL_WEIGHT * min(actors, MAX_CENTRAL)
    )
    if is_caption(text, entry.position):
        value -= CAPTION_PENALTY
    if _COMMENTARY.search(folded):
        value -= COMMENTARY_PENALTY
    if _SPEECH_LEAD.search(text):
        value -= SPEECH_PENALTY
    if entry.anchor.startswith("the coming") or entry.planned:
        value -= PLAN_PENALTY
    return round(value, 3)


def is_caption(text: str, position: float = 1.0) -> bool:
    """A photo caption: it says what a picture shows, or has no closing full stop past the article's opening."""
    return bool(_CAPTION.search(fold(text))) or (position >= STANDFIRST and not _SENTENCE_END.search(text.strip()))


def _aside(text: str, position: float) -> bool:
    """A caption or a reporter's commentary: never a main event, however often it is repeated."""
    return is_caption(text, position) or bool(_COMMENTARY.search(fold(text)))


def _central_entities(named: list[set[str]]) -> dict[str, float]:
    """Entities named by at least half of the articles (and by two at least), each weighted by how few name it:
    a name every article carries says less about which moment a sentence tells than one only half carry."""
    counts = Counter(name for names in named for name in names)
    needed = max(2, CENTRAL_SHARE * len(named))
    return {name: len(named) / count for name, count in counts.items() if count >= needed}


def _retells(first: set[str], second: set[str]) -> bool:
    return bool(first and second) and len(first & second) >= RETELLING * min(len(first), len(second))


def _terms(sentence: TimelineEntry | Telling) -> set[str]:
    return set(lexical_terms(sentence.text)) - set(lexical_terms(sentence.expression))
