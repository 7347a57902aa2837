"""Questions asking for the name of someone or something a report leaves unnamed ("which radio show was Bolton
on?" against "Bolton told a radio show today…"): a passage that mentions the asked thing only as "a radio
show", "another political ally" or "a former prime minister", with no name beside it, does not give the name.

A mention with "the", a possessive or a name right after it ("opposition leader Leopoldo Lopez", "the party,
Popular Will") may answer, and is left to the reader. English questions only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.text import ENGLISH_STOPWORDS, word_set

_NOUN_PHRASE = r"(?P<phrase>[\w'’-]+(?: [\w'’-]+){0,3}?)"
# "Which…", not "what…": "what choice did Bolton say they have?" is answered by "a choice to make: embrace…".
_ASKS = (
    re.compile(
        rf"^\W*which {_NOUN_PHRASE} (?:is|was|were|are|did|does|do|has|have|had|\w+ed)\b", re.IGNORECASE
    ),
    re.compile(
        rf"\bname of (?:the|that|this) {_NOUN_PHRASE}(?= who\b| that\b| which\b| in\b| at\b|\W*$)", re.IGNORECASE
    ),
    re.compile(rf"^\W*who(?:['’]s| is| was) the (?:other )?{_NOUN_PHRASE} (?:who|that|which)\b", re.IGNORECASE),
)
_INDEFINITE = word_set("a an another one some several two three four five certain unnamed unidentified")
_DEFINITE = word_set("the his her its their this that these those")
# A name right after the mention: "spokeswoman Maria Zakharova", "a lawyer, Juan Perez", "an ally called Pérez".
_NAME_AFTER = re.compile(r"^(?:,\s*|\s+(?:called|named)\s+|\s+)(?:[A-ZÁÉÍÓÚÑ][\w'’-]+)")


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def asked_nouns(question: str) -> tuple[str, ...]:
    """The last one or two lower-case words of the thing whose name `question` asks for ("radio show" → show,
    radio); none when it asks for no such name."""
    for pattern in _ASKS:
        asked = pattern.search(question)
        if asked:
            words = [w.removesuffix("'s").removesuffix("’s") for w in asked["phrase"].split()]
            nouns = [w for w in words[-2:] if w.islower() and w not in ENGLISH_STOPWORDS and len(w) > 2]
            return tuple(reversed(nouns))
    return ()


def gives_the_name(question: str, passage: str) -> bool:
    """False when `question` asks for the name of something that `passage` mentions only as unnamed ("a radio
    show"), never with "the" or a name beside it."""
    for noun in asked_nouns(question):
        mentions = list(re.finditer(rf"\b{re.escape(noun)}s?\b", passage, re.IGNORECASE))
        if mentions and all(_unnamed(passage, mention) for mention in mentions):
            return False
    return True


def _unnamed(passage: str, mention: re.Match[str]) -> bool:
    """Whether this mention is indefinite ("a former prime minister") with no name right after it."""
    before = re.findall(r"[\w'’-]+", passage[max(0, mention.start() - 40) : mention.start()])[-3:]
    lowered = [word.lower() for word in before]
    indefinite = next((i for i in range(len(lowered) - 1, -1, -1) if lowered[i] in _INDEFINITE), None)
    if indefinite is None or any(w in _DEFINITE or w.endswith(("'s", "’s")) for w in lowered[indefinite + 1 :]):
        return False
    return not _NAME_AFTER.match(passage[mention.end() : mention.end() + 40])
