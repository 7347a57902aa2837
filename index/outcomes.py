"""Questions asking whether something eventually happened ("did Brazil end up granting asylum?", "was he ever
caught?"): a passage answers one only if it has that happening's verb, in some form or a near synonym.

News written on the day describes the attempt ("25 troops have applied for asylum"), rarely how it ended, and
such a passage shares every other word of the question. The verb is the word after "ended up", "ever",
"eventually" or "finally" in a yes/no question; the synonyms are general English, not the project's articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.text import ENGLISH_STOPWORDS, word_set, word_stems

_MARKER = r"(?:ever|eventually|finally|end(?:ed)? up)"
_ASKS_OUTCOME = re.compile(
    rf"(?:^|[?.!,;]\s*)\W*(?:so |wait |and |but )?(?:did|was|were|has|have|had)\b[^?.!]{{0,80}}?\b{_MARKER}"
    rf"(?:\s+(?:{_MARKER}|actually|really))*\s+(?P<verb>[a-z]+)",
    re.IGNORECASE,
)
_NOT_VERBS = ENGLISH_STOPWORDS - word_set("get got give tell say said says know show think")
# Whether an attempt failed or worked is told in many ways ("the hoped-for split didn't emerge").
_VERDICTS = word_set("fail failing failed succeed succeeding succeeded work working worked happen happening happened")
# Verbs whose past forms a stemmer does not join to the present ("caught", "took").
_IRREGULAR = {
    "become": "became",
    "break": "broke broken",
    "bring": "brought",
    "buy": "bought",
    "catch": "caught",
    "choose": "chose chosen",
    "come": "came",
    "drive": "drove driven",
    "fall": "fell fallen",
    "fight": "fought",
    "find": "found",
    "flee": "fled",
    "fly": "flew flown",
    "get": "got gotten",
    "give": "gave given",
    "go": "went gone",
    "hide": "hid hidden",
    "hold": "held",
    "keep": "kept",
    "leave": "left",
    "lose": "lost",
    "make": "made",
    "meet": "met",
    "pay": "paid",
    "run": "ran",
    "see": "saw seen",
    "seek": "sought",
    "send": "sent",
    "speak": "spoke spoken",
    "stand": "stood",
    "take": "took taken",
    "tell": "told",
    "throw": "threw thrown",
    "win": "won",
}
# Near synonyms, each group read both ways: "did they get asylum?" is answered by "were granted asylum".
_SYNONYMS = (
    "get receive obtain grant give win award",
    "take seize assume",
    "send deploy dispatch",
    "leave flee depart exit escape",
    "catch arrest detain capture jail imprison",
    "charge indict prosecute accuse",
    "release free",
    "resign quit",
    "become name appoint elect swear",
    "extradite deport",
    "return come",
    "recognise recognize",
    "cancel call",
    "die kill",
)


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, frozenset[str]]:
    """Each verb's stem → the stems of every form of it and of its near synonyms."""
    def stem(verb: str) -> str:
        return word_stems(verb)[0]

    forms_of = {verb: {stem(verb), *past.split()} for verb, past in _IRREGULAR.items()}
    families: dict[str, set[str]] = {}
    for group in _SYNONYMS:
        members = group.split()
        together = set().union(*(forms_of.get(verb, {stem(verb)}) for verb in members))
        for verb in members:
            families.setdefault(stem(verb), set()).update(together)
    for verb, forms in forms_of.items():
        families.setdefault(stem(verb), set()).update(forms)
        for past in _IRREGULAR[verb].split():
            families.setdefault(past, set()).update(families[stem(verb)])
    return {verb: frozenset(forms) for verb, forms in families.items()}


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def asked_outcome(question: str) -> frozenset[str]:
    """The stems a passage needs to say whether the outcome `question` asks about happened; empty if it asks
    no such thing."""
    asked = _ASKS_OUTCOME.search(question)
    if not asked or asked["verb"].lower() in _NOT_VERBS | _VERDICTS:  # "did he end up in jail?"
        return frozenset()
    verb = word_stems(asked["verb"])[0]
    return _verb_forms().get(verb, frozenset({verb}))


def states_the_outcome(question: str, passage: str) -> bool:
    """False when `question` asks whether something eventually happened and `passage` has no form of its verb."""
    needed = asked_outcome(question)
    return not needed or bool(needed & set(word_stems(passage)))
