"""When-questions about what is still to come ("so when are the new elections guaido wants actually gonna happen",
"whens the next election supposed to be", "¿Para cuándo serían las nuevas elecciones?"): a passage dating only what
has happened ("announced on January 23 that he was the acting president… re-elected last year") does not say when it
will be. Only a passage with a word of the future ("will", "planned", "due", "next", "tomorrow") may.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.question import WHEN_OPENING

_ASKS_WHEN = re.compile(WHEN_OPENING, re.IGNORECASE)
_STILL_TO_COME = re.compile(
    r"\b(?:next|new|upcoming|future|fresh|gonna|going to|will|supposed to|planned|scheduled|expected|wants? to hold|"
    r"pr[oó]xim[oa]s?|nuev[oa]s?|ser[aá]n?|ser[ií]an?|va a|van a)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:did|was|were|had|happened|fue|fueron|hubo)\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|to be held|plann?\w*|schedul\w*|due|next|upcoming|within|expected|set for|set to|"
    r"going to|soon|tomorrow|later this|by the end of|in the coming|ma[ñn]ana|pr[oó]xim\w*)\b|\w['’]ll\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def asks_when_it_will_be(question: str) -> bool:
    """Whether `question` asks when something still to come will happen."""
    return bool(_ASKS_WHEN.search(question) and _STILL_TO_COME.search(question) and not _PAST.search(question))


def tells_a_time_ahead(question: str, passage: str) -> bool:
    """False when `question` asks when something still to come will happen and `passage` has no word of the future."""
    return not asks_when_it_will_be(question) or bool(_FUTURE.search(passage))
