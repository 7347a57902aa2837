"""Attribute questions ("who is X married to?", "what currency does Y use?"): a passage can only answer one if
it has wording that states that attribute, however much else it says about X or Y.

The table (`data/attributes.tsv`: name, `asks`, `needs`) holds one row per kind of fact: `asks` fires only when a
question asks for it, and `needs` is every wording a passage could state it with ("wife", "married", "esposa").
Most rows are general knowledge of what readers ask about people, countries and organisations; the rows added
for kinds of question that the development sets showed getting through (how things turned out, what happened
to someone afterwards, a reason, someone's exact words) are listed in docs/quality-history.md with what they
changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.countries import countries_in
from index.names import FUNCTION_WORDS, family_names, proper_names_in
from index.packaged import packaged_rows
from index.text import FOR_WHICH, fold, holds_any_word, reason_opening_end


@dataclass(frozen=True)
class Attribute:
    """One kind of fact a question can ask for, and the wordings a passage must have to give it."""

    name: str
    asks: re.Pattern[str]
    needs: re.Pattern[str]


# A row's `needs` may take in an earlier row's as `<<name>>`: what was done to someone answers "what happened to
# him after…?" as well as whatever says how things turned out. An `asks` may take in the nouns after "para qué" that
# ask which one, not why, as `<<FOR_WHICH>>` (`text.FOR_WHICH`, which reads a why-question's opening the same way).
_EARLIER_ROW = re.compile(r"<<(\w+)>>")
_SHARED_IN_ASKS = {"<<FOR_WHICH>>": FOR_WHICH}


@lru_cache(maxsize=1)
def attributes() -> tuple[Attribute, ...]:
    """The packaged attribute table, read and compiled once."""
    needs_of: dict[str, str] = {}
    for name, _, needs in packaged_rows("attributes.tsv", 3):
        needs_of[name] = _EARLIER_ROW.sub(lambda row: f"(?:{needs_of[row.group(1)]})", needs)
    return tuple(
        Attribute(name, re.compile(_with_shared_words(asks), re.IGNORECASE), re.compile(needs_of[name], re.IGNORECASE))
        for name, asks, _ in packaged_rows("attributes.tsv", 3)
    )


def _with_shared_words(asks: str) -> str:
    """A row's `asks` with the word lists it shares with the code written out."""
    for placeholder, words in _SHARED_IN_ASKS.items():
        asks = asks.replace(placeholder, words)
    return asks


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def asked_attributes(question: str) -> tuple[Attribute, ...]:
    """The attributes `question` asks for (usually none, sometimes one)."""
    reason = reason_opening_end(question)
    return tuple(
        attribute
        for attribute in attributes()
        if (asked := attribute.asks.search(question)) and (reason is None or asked.start() < reason)
    )


def states_asked_attributes(question: str, passage: str) -> bool:
    """False when `question` asks for an attribute that `passage` has no wording for."""
    return all(attribute.needs.search(passage) for attribute in asked_attributes(question))


# Facts about a person: a passage gives one only about that person, so it must name them ("Socialist party boss
# Diosdado Cabello" gives no party of Guaidó's).
_OF_A_PERSON = frozenset(
    """spouse children parents birthplace birth_date education profession party party_name religion net_worth salary
    nationality tenure lawyer military_rank nickname cause_of_death death_date earlier_job""".split()
)


def names_the_attributes_owner(question: str, passage: str) -> bool:
    """False when `question` asks a fact about the one person it names ("What is Leopoldo Lopez's party?") and
    `passage` does not name them by a family name, or names them only far from the words of a job asked; or asks the
    capital of a place that `passage` does not name."""
    owner = _owner_asked(question)
    if not owner:
        return True
    if not holds_any_word(passage, owner):  # "Maduro" of "Nicolás Maduro Moros"
        return False
    return all(_told_beside(attribute, owner, passage) for attribute in asked_attributes(question))


# A job is told beside whose it is ("Guaido, an engineer,", "journalist Tucker Carlson"): "A US Republican congressman
# has claimed … as opposition leader Juan Guaido called…" gives no job of Guaidó's.
_BESIDE_ITS_OWNER = frozenset({"profession"})
_OWNER_REACH = 100  # characters between the job's word and the name ("Guaidó, who emerged…, is an engineer")
# A sentence opening with "he" or "she" goes on about the one the passage named ("…in January. He trained as an
# engineer").
_PRONOUN_OPENING = re.compile(r"(?:^|[.!?]\s+)(?:he|she|his|her)\b", re.IGNORECASE)


def _told_beside(attribute: Attribute, owner: frozenset[str], passage: str) -> bool:
    """Whether `passage` words `attribute` near a name of `owner` or in a sentence opening with a pronoun, for the
    attributes told beside their owner."""
    if attribute.name not in _BESIDE_ITS_OWNER:
        return True
    folded = fold(passage)
    names_at = [found.start() for name in owner for found in re.finditer(rf"\b{re.escape(name)}\b", folded)]
    names_at += [found.end() for found in _PRONOUN_OPENING.finditer(folded)]
    return any(abs(said.start() - at) <= _OWNER_REACH for said in attribute.needs.finditer(folded) for at in names_at)


# "cual es la capital del estado zulia": a capital is given only of the place asked, so a passage must name it ("the
# capital Caracas" is Venezuela's). A country may go unnamed beside its own capital.
_CAPITAL_OF = re.compile(
    r"\bcapital(?: city)? (?:of|del|de)(?: the| la| el)?"
    r"(?: (?:state|estado|province|provincia|region|regi[oó]n|department|departamento)(?: of| de| del)?)?"
    r" (?P<place>[^\W\d_][\w'’-]+)",
    re.IGNORECASE,
)
_NO_PLACE_OF_ITS_OWN = frozenset("country nation pais state estado province provincia region island isla".split())
# "Lopez's wife, what's she called?", "Chavez died when?": a capitalised word opening the question with "'s", or as
# the subject of "died" or "was", owns what it asks.
_OPENING_OWNER = re.compile(r"^\W*((?-i:[A-Z])[\w-]+)(?:['’]s\b|(?= (?:died|passed away|was|is)\b))")


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _owner_asked(question: str) -> frozenset[str]:
    """The family names of the one person whose fact `question` asks, or the place whose capital it asks, or none."""
    asked = {attribute.name for attribute in asked_attributes(question)}
    place = _CAPITAL_OF.search(question) if "capital_city" in asked else None
    if place and not countries_in(place["place"]):
        word = fold(place["place"].lower())
        return frozenset() if word in FUNCTION_WORDS or word in _NO_PLACE_OF_ITS_OWN else frozenset([word])
    if not asked & _OF_A_PERSON:
        return frozenset()
    # An acronym ("SEBIN") is a body, not a person.
    people = [name for name in proper_names_in(question) if not countries_in(name) and not name.isupper()]
    opening = _OPENING_OWNER.match(question)
    if not people and opening and fold(opening[1].lower()) not in FUNCTION_WORDS and not countries_in(opening[1]):
        people = [opening[1]]  # "Lopez's wife, what's she called?": a name opening the question, as its owner
    return frozenset(family_names(people[0])) if len(people) == 1 else frozenset()
