"""Whether someone has been identified ("Has the driver of the armored vehicle been identified?"): a passage tells it
only by speaking of an identity or a name ("identified", "unnamed") or by naming someone the question does not;
"another driver plows through the crowd" does not. Only yes-or-no questions are read: "Who has been identified as
the head of SEBIN?" asks for a holder, and "identified or charged" for either.

Whom someone called out by name ("Which Maduro supporters did John Bolton call out by name?") is told only by naming
them: "Update: John Bolton calling out Maduro supporters by name." names no one the question does not; and only by a
passage naming the one who named them, or speaking of "he" or "she" before naming anyone the question does not:
"Socialist party boss Diosdado Cabello called on government supporters…" names Cabello, not whom Bolton named."""

from __future__ import annotations

import re

from index.countries import countries_in
from index.names import CAPITALISED_RUN, names_in, unasked
from index.outlets import outlets_named
from index.person_nouns import several_people
from index.text import holds_any_word, words

_ASKS_WHETHER_IDENTIFIED = re.compile(
    r"^\W*(?:has|have|had|was|were|is|are)\b[^?]{0,80}?\b(?:(?:been|ever|yet|since|publicly|officially)\s+)*"
    r"(?<!\bor )identified\b(?!\s+(?:or|as)\b)|"
    r"^\W*(?:ha|han|hab[ií]a|hab[ií]an|fue|fueron)\s+(?:sido\s+)?identificad[oa]s?\b(?!\s+(?:o|como)\b)",
    re.IGNORECASE,
)
_TELLS_AN_IDENTITY = re.compile(
    r"\b(?:identif\w*|named|names?|identity|identities|unnamed|unidentified|anonymous|nombre|nombrad\w*|identidad)\b",
    re.IGNORECASE,
)


def tells_the_identity(question: str, passage: str) -> bool:
    """False when `question` asks whether someone has been identified and `passage` neither speaks of an identity
    or a name nor names someone the question does not (an outlet, "the Pan Am Post", is no one)."""
    if not _ASKS_WHETHER_IDENTIFIED.search(question) or _TELLS_AN_IDENTITY.search(passage):
        return True
    outlets = outlets_named(passage)
    return any(not any(name in outlet for outlet in outlets) for name in unasked(names_in(passage), question))


# "Which Maduro supporters did Bolton call out by name?", "who did he single out?", "which names did he list?"; not
# "who named himself president" nor "the name of…".
_PEOPLE = f"{several_people()}|names"
_ASKS_WHOM_ONE_NAMED = re.compile(
    rf"^\W*(?:(?:which|what)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PEOPLE})|who|whom)\b[^?]{{0,60}}?\b"
    r"(?:call(?:ed|s)?\s+out|single[sd]?\s+out|list(?:ed|s)?|mention(?:ed|s)?|name[sd]?|by name)\b"
    r"(?!\s+(?:of|himself|herself|themselves|itself|as)\b)"
    # not the articles' own mention: "who exactly are the colectivos mentioned in the live blog?"
    r"(?!\s+(?:in|by)\s+(?:the|that|this|a|one)\s+(?:of\s+the\s+)?(?:live\s+)?(?:blog|article|piece|report|story|post|"
    r"update|coverage)s?\b)",
    re.IGNORECASE,
)
# "Bolton called out Maduro supporters by name... which names? like who exactly", "…by name, which ones?", "…, who did
# he name": told first, then asked.
_TOLD_OF_NAMING = re.compile(r"\b(?:call(?:ed|ing|s)?\s+out|single[sd]?\s+out|by name)\b", re.IGNORECASE)
_ASKS_WHICH = re.compile(
    r"(?:^|[.?!…,;:–—-]\s)\W*(?:which|what) names\b|\bwho exactly\b|\bwho (?:were|are) they\b|\bwhich ones\b|"
    r"\bwho did (?:he|she|they) (?:name|list|mention|call out|single out)\b|\bwhat (?:are|were) their names\b",
    re.IGNORECASE,
)


# The one who named them, by name: "…did Bolton call out by name", "Bolton called out Maduro supporters by name…".
_NAMER = re.compile(
    rf"(?P<namer>{CAPITALISED_RUN})\s+(?:(?:was|is|has been|had been)\s+calling\s+out|call(?:ed|s)?\s+out|"
    r"single[sd]?\s+out|list(?:ed|s)?|mention(?:ed|s)?|name[sd]?)\b"
)
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)  # the namer's words, not "his rival"


def names_whom_one_named(question: str, passage: str) -> bool:
    """False when `question` asks whom someone called out, named or listed, and `passage` names no one it does not,
    or does not name the one who named them (nor speaks of "he" or "she" before naming anyone else)."""
    asks = _ASKS_WHOM_ONE_NAMED.search(question) or (_TOLD_OF_NAMING.search(question) and _ASKS_WHICH.search(question))
    if not asks:
        return True
    namer = _NAMER.search(question)
    named_by = words(namer["namer"]) if namer and not countries_in(namer["namer"]) else []
    if named_by and not holds_any_word(passage, named_by[-1:]) and not _speaks_of_someone_unnamed(passage, question):
        return False
    return bool(unasked(names_in(passage), question))


def _speaks_of_someone_unnamed(passage: str, question: str) -> bool:
    """Whether `passage` speaks of "he" or "she" before naming anyone the question does not: "Juan Guaido issued a
    rallying cry… in which he urged people…" speaks of Guaido, not of the one who named them."""
    pronoun = _HE_OR_SHE.search(passage)
    return bool(pronoun) and not unasked(names_in(passage[: pronoun.start()]), question)
