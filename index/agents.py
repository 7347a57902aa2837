"""Who did something to someone ("the 24 year old killed in La Victoria, who shot him?"): a passage telling the act
only in the passive, with no "by…" after it ("a 24-year-old man was shot and killed"), does not say who did it. A
passage telling it actively ("troops fired tear gas"), with an agent ("was shot by one of the National Guard"), or
in other words, is left to the reader; so is a phrasal verb ("who made up the gang…").

Who published something ("who tweeted the clip…?") is not told by the post alone ("A tweet accompanying the clip
claimed…", "A video posted on social media showed…"), nor, beside such a passage, by one never telling it; who filmed
something only by a passage telling the filming.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from index.outcomes import IRREGULAR_PAST, verb_forms
from index.text import word_stems

# "who shot…", "…, who actually shot him?": "who" and a verb in the past, not "who was…", "who did…".
_WHO_DID = re.compile(
    r"(?:^|[,.;:?!–—]\s*|\bso\s+)\W*who\s+(?!(?:was|were|is|are|did|does|do|has|have|had|will|would|could|can|else|"
    r"exactly)\b)(?:\w+ly\s+|first\s+)?(?P<verb>[a-z]+)\b(?!\s+(?:up|out|off|down|over|into|on)\b)",
    re.IGNORECASE,
)
# Publishing, whose doer a passage may leave out without a passive: the act told as a noun ("A tweet accompanying
# the clip claimed…") or as a participle after what was published ("A video posted on social media showed…"; not
# "the Pan Am Post published", an outlet).
_PUBLISHING = frozenset(word_stems("tweet post film publish share upload record"))
# Filming is told only by its own words: "who filmed the video?" is not answered by "Guaido, flanked by…" nor by who
# published it.
_FILMING = frozenset(word_stems("film filmed filming record recorded recording footage camera cameraman videographer"))
_ACT_AS_A_NOUN = re.compile(r"\b(?:a|an|the|this|that)\s+$", re.IGNORECASE)
_AFTER_WHAT_WAS_PUBLISHED = re.compile(
    r"\b(?:video|videos|clip|clips|footage|tweet|tweets|photo|photos|picture|pictures|image|images|"
    r"letter|message|statement|recording)\s+$",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get|gets|getting)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_DOERLESS_PUBLISHING = (_PASSIVE_BEFORE, _ACT_AS_A_NOUN, _AFTER_WHAT_WAS_PUBLISHED)
_AGENT_AFTER = re.compile(r"^\W*(?:\w+\W+){0,5}?by\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_act(question: str) -> frozenset[str]:
    """The stems of every form of the verb whose doer `question` asks ("shot" → "shoot", "shot"), or none. A
    publishing's object that is itself one ("who posted the tweet…?") tells it too: "A tweet accompanying…"."""
    asked = _WHO_DID.search(question)
    verb = asked["verb"].lower() if asked else ""
    if not (verb.endswith("ed") or verb in IRREGULAR_PAST):
        return frozenset()
    forms = verb_forms(word_stems(verb)[0])
    if asked and forms & _PUBLISHING:
        forms |= frozenset(word_stems(question[asked.end() :].lower())) & _PUBLISHING
    return forms


def _told(forms: frozenset[str], passage: str) -> list[re.Match[str]]:
    """Each word of `passage` that is a form of the asked act."""
    return [found for found in re.finditer(r"[^\W\d_]+", passage) if word_stems(found.group().lower())[0] in forms]


def names_the_doer(question: str, passage: str) -> bool:
    """False when `question` asks who did something and `passage` tells that act only in the passive with no one
    doing it, a publishing only with no one publishing, or a filming not at all."""
    forms = _asked_act(question)
    if not forms:
        return True  # most questions: no passage's words are read
    if forms & _FILMING and not set(word_stems(passage.lower())) & _FILMING:
        return False
    told = _told(forms, passage)
    doerless = _DOERLESS_PUBLISHING if forms & _PUBLISHING else (_PASSIVE_BEFORE,)
    return not told or any(
        not any(pattern.search(passage[max(0, act.start() - 30) : act.start()]) for pattern in doerless)
        or _AGENT_AFTER.search(passage[act.end() : act.end() + 60])
        for act in told
    )


def unmentioned_beside_doerless(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that never tell the publishing `question` asks the doer of ("who tweeted
    the clip…?"), when another passage read tells it with no one doing it ("A tweet accompanying the clip
    claimed…"): the one passage that speaks of it leaves the doer out, and the others do not speak of it."""
    forms = _asked_act(question)
    if not forms & _PUBLISHING:
        return set()
    passages = list(passages)
    told = {row for row, text in passages if _told(forms, text)}
    if not any(not names_the_doer(question, text) for row, text in passages if row in told):
        return set()
    return {row for row, _ in passages if row not in told}
