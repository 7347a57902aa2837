"""Why someone named did something ("Why does Greece back Maduro?", "Why did Figuera break with Maduro?"): a passage
can only give the reason if it names who did it. "Guaido and Maduro are wrestling for control of Venezuela's military"
names no Greece, whatever reason it seems to hold.

Only the one doing what is explained is checked, and only when the question names them right after its opening
("Why does Greece…", "¿Por qué Leopoldo López…"): a person by any word of the name, spelt the passage's way or not
("Yanukovych" for "Yanukóvich": the first letters count), or by "he" or "they"; a country by its name, people or
capital. Places and others named later are left alone ("Why did protesters try to storm La Carlota?" is answered by
"…trying to storm the capital's air base"), and so is a subject written in lower case or as a country's adjective
("Why did the Venezuelan army stay loyal?"): a report from Caracas need not name Venezuela.

Why something happened at a kind of place ("…move from the Chilean residence to the Spanish embassy?") is told only
by a passage mentioning such a place.
"""

from __future__ import annotations

import re

from index.countries import countries_in
from index.names import CAPITALISED_RUN
from index.speakers import someone_else_speaks as _someone_speaks
from index.text import fold, reason_opening_end, without_possessive

# The subject right after the opening and its verb: "Why does Greece…", "Why did the US…", "¿Por qué Rusia…".
_SUBJECT = re.compile(
    r"\s*(?:(?:does|did|do|is|was|are|were|has|have|had|would|will|can|could)\s+)?(?P<the>(?:the|el|la)\s+)?"
    rf"(?P<name>{CAPITALISED_RUN})(?P<noun>\s+(?-i:[a-z]))?",
    re.IGNORECASE,
)
# A person may be told of as "he" ("He has been loyal but now it is time to 'rebuild the country'"); a country rarely.
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|they|them|their|él|ella|ellos|su|sus)\b", re.IGNORECASE)
# "Yanukóvich" against "Yanukovych", "Guaidó" against "Guaido's": a name's first letters, all but its last three.
_SHORTEST_STEM = 4
_ENDING = 3


def names_whom_the_reason_is_about(question: str, passage: str) -> bool:
    """False when `question` asks why someone named did something and `passage` does not name them."""
    opening = reason_opening_end(question)
    subject = _SUBJECT.match(question, opening) if opening is not None else None
    if subject is None or (subject["the"] and subject["noun"] and not subject["name"].isupper()):
        return True  # no one named, or a country's adjective: "Why did the Venezuelan army…"
    if question[subject.end("name") :].startswith(("'s", "’s")):
        return True  # "Why did Maduro's defence minister…": the subject is the minister
    countries = countries_in(subject["name"])
    if countries:  # a country's reason may be told by one of its people: "Bolton said… 'a mistake on their part'"
        return bool(countries & countries_in(passage)) or _someone_speaks(question, passage)
    folded = fold(passage).lower()
    return any(_stem(word) in folded for word in subject["name"].split()) or bool(_PERSON_PRONOUN.search(passage))


def _stem(word: str) -> str:
    """A name's first letters, enough to find it in another spelling."""
    name = without_possessive(fold(word).lower())
    return name[: max(_SHORTEST_STEM, len(name) - _ENDING)]


# Places whose kind a report names when it tells what happened there: "moved to the Spanish embassy".
_PLACE_KINDS = (
    r"embass(?:y|ies)|embajadas?",
    r"residences?|residencias?",
    r"consulates?|consulados?",
    r"prisons?|jails?|prisi[oó]n|c[aá]rcel(?:es)?",
    r"hospitals?|hospital(?:es)?",
    r"palaces?|palacios?",
)


def mentions_the_asked_place(question: str, passage: str) -> bool:
    """False when `question` asks why something happened at a kind of place ("Why did Lopez move from the Chilean
    residence to the Spanish embassy?") and `passage` mentions no place of that kind: "Detained in 2014 for leading…,
    Mr Lopez said he had been released…" gives a reason for something else. A place asked by its name alone ("Why
    did protesters storm La Carlota?") is left to the reader, as a report may call it otherwise ("the air base")."""
    if reason_opening_end(question) is None:
        return True
    asked = [kind for kind in _PLACE_KINDS if re.search(rf"\b(?:{kind})\b", question, re.IGNORECASE)]
    return not asked or any(re.search(rf"\b(?:{kind})\b", passage, re.IGNORECASE) for kind in asked)
