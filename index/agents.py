"""Who did something to someone ("the 24 year old killed in La Victoria, who shot him?"): a passage telling the act
only in the passive, with no "by…" after it ("a 24-year-old man was shot and killed"), does not say who did it. A
passage telling it actively ("troops fired tear gas"), with an agent ("was shot by one of the National Guard"), or
in other words, is left to the reader; so is a phrasal verb ("who made up the gang…").
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.outcomes import IRREGULAR_PAST, verb_forms
from index.text import word_stems

# "who shot…", "…, who actually shot him?": "who" and a verb in the past, not "who was…", "who did…".
_WHO_DID = re.compile(
    r"(?:^|[,.;:?!–—]\s*|\bso\s+)\W*who\s+(?!(?:was|were|is|are|did|does|do|has|have|had|will|would|could|can|else|"
    r"exactly)\b)(?:\w+ly\s+)?(?P<verb>[a-z]+)\b(?!\s+(?:up|out|off|down|over|into|on)\b)",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get|gets|getting)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_AGENT_AFTER = re.compile(r"^\W*(?:\w+\W+){0,5}?by\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_act(question: str) -> frozenset[str]:
    """The stems of every form of the verb whose doer `question` asks ("shot" → "shoot", "shot"), or none."""
    asked = _WHO_DID.search(question)
    verb = asked["verb"].lower() if asked else ""
    if not (verb.endswith("ed") or verb in IRREGULAR_PAST):
        return frozenset()
    return verb_forms(word_stems(verb)[0])


def names_the_doer(question: str, passage: str) -> bool:
    """False when `question` asks who did something and `passage` tells that act only in the passive with no one
    doing it."""
    forms = _asked_act(question)
    if not forms:
        return True  # most questions: no passage's words are read
    told = [found for found in re.finditer(r"[^\W\d_]+", passage) if word_stems(found.group().lower())[0] in forms]
    return not told or any(
        not _PASSIVE_BEFORE.search(passage[max(0, act.start() - 30) : act.start()])
        or _AGENT_AFTER.search(passage[act.end() : act.end() + 60])
        for act in told
    )
