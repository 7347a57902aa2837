"""A member of a group asked for by its place in it ("who was the third official Bolton said had pledged to remove
Maduro?"): a passage that never mentions the group cannot name that member, nor one that counts the group and
lists fewer of its members than the place asked for ("three key officials, including Mr Maduro's defence minister
and head of the supreme court": two of three). English questions only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.chunking import sentence_around
from index.mentions import mentions_of
from index.text import lexical_terms, word_set, word_stems

_PLACES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
_PLACES |= {"2nd": 2, "3rd": 3, **{f"{n}th": n for n in range(4, 10)}}  # "who was the 3rd official…?"
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_QUALIFIER = r"(?:(?:key|senior|top|main|other|high-ranking) )?"
# "Who was the third official?", "…the defence minister and the supreme court chief: who's the third one?": a
# member of a group by its place in it. "One", or no noun at the question's end ("…and who was the third?"), stands
# for the group counted earlier ("three key officials").
# "The third of the three officials" names its noun after "of".
_MEMBER_BY_PLACE = re.compile(
    rf"\bthe (?P<place>{'|'.join(_PLACES)})(?: of (?:the|those|these) (?:(?:{'|'.join(_COUNTS)}|\d+) )?{_QUALIFIER}"
    rf"(?P<of_noun>[^\W\d_]+)\b| {_QUALIFIER}(?P<noun>[^\W\d_]+)\b|(?=\W*$))",
    re.IGNORECASE,
)
# "…three officials: the defence minister, the supreme court head and who else" (or "whos the other one"): a member
# the question does not list, of a group it counts.
_WHO_ELSE = re.compile(r"\bwho else\b|\b(?:the|that) (?:other|last|remaining) one\b", re.IGNORECASE)
_GROUP_COUNTED = re.compile(
    rf"\b(?P<count>{'|'.join(_COUNTS)}|\d+) {_QUALIFIER}(?P<noun>[^\W\d_]+s)\b(?P<listed>,? (?:including|such as) )?",
    re.IGNORECASE,
)
# Groups of people, whose members the articles may name only in part; not "the second day", "the third time".
_GROUPS_OF_PEOPLE = word_set(
    "official officials minister ministers general generals commander commanders officer officers soldier soldiers "
    "member members leader leaders ally allies politician politicians lawmaker lawmakers deputy deputies diplomat "
    "diplomats senator senators judge judges adviser advisers aide aides activist activists journalist journalists "
    "victim victims detainee detainees prisoner prisoners defector defectors man men woman women person people"
)
# Where a list of members ends within its sentence: a clause going on about the group ("…, to act on what he
# said"). A relative clause inside the list ("Moreno, who heads the court, and…") only adds items.
_LIST_END = re.compile(r"[;:!?]|,\s+(?:to|as|in|on|at|after|before|said|says|according|but)\b")
# A passage going on to the rest of the group: "The third, he said, was Hernandez Dala."
_THE_REST = re.compile(rf"\b(?:{'|'.join(_PLACES)}|also|another|other|others|rest)\b", re.IGNORECASE)
_ITEM_BREAK = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def without_the_member(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that cannot name the member `question` asks for by its place: they never
    mention the group, or count it and list fewer members than that place ("the third official" against "three
    key officials, including the defence minister and the head of the supreme court")."""
    asked = _asked_member(question)
    if asked is None:
        return set()
    place, noun = asked
    said = set(lexical_terms(question)) - set(lexical_terms(noun))
    return {
        row
        for row, text in passages
        if not mentions_of((noun,), text)
        or _lists_fewer_than(place, noun, text)
        or not _about_the_group(said, noun, text)
    }


def _asked_member(question: str) -> tuple[int, str] | None:
    """The place and the group's noun of the member `question` asks for ("the third official" → 3, "official"), or
    none. "Who else", after a counted group ("3 officials… the defence minister and who else"), asks its last."""
    asked = _MEMBER_BY_PLACE.search(question)
    if asked is None:
        other = _WHO_ELSE.search(question)
        group = _GROUP_COUNTED.search(question[: other.start()]) if other else None
        if group is None:
            return None
        place, noun = _COUNTS.get(group["count"].lower()) or int(group["count"]), group["noun"].lower()
    else:
        place, noun = _PLACES[asked["place"].lower()], (asked["of_noun"] or asked["noun"] or "one").lower()
        if noun == "one":
            group = _GROUP_COUNTED.search(question[: asked.start()])
            if group is None:
                return None
            noun = group["noun"].lower()
    return (place, noun) if noun in _GROUPS_OF_PEOPLE else None


def _about_the_group(said: set[str], noun: str, passage: str) -> bool:
    """Whether `passage` shares two of the words `said` of the group beside its noun, its counting ("three
    officials") counting as one: "At least one high-ranking official announced he was breaking with Maduro" speaks
    of another official than "the third official Bolton said had pledged to remove Maduro"."""
    stem = word_stems(noun)[:1]
    counted = any(word_stems(group["noun"].lower())[:1] == stem for group in _GROUP_COUNTED.finditer(passage))
    return len(said & set(lexical_terms(passage))) + counted >= 2


def _lists_fewer_than(place: int, noun: str, passage: str) -> bool:
    """Whether `passage` counts the group of `noun` to at least `place` members and lists fewer of them."""
    stem = word_stems(noun)[:1]
    for group in _GROUP_COUNTED.finditer(passage):
        if not group["listed"] or word_stems(group["noun"].lower())[:1] != stem:
            continue
        count = _COUNTS.get(group["count"].lower()) or int(group["count"])
        sentence_end = sentence_around(passage, group.start())[1]
        rest = passage[group.end() :]
        end = _LIST_END.search(passage, group.end(), sentence_end)
        listed = passage[group.end() : end.start() if end else sentence_end].rstrip(".")
        items = [item for item in _ITEM_BREAK.split(listed) if item.strip()]
        if count >= place > len(items) and not _THE_REST.search(rest[len(listed) :]):
            return True
    return False
