"""Which dates in a sentence name what someone called for or planned, rather than when the reported act happened.

"Guaido pressed Venezuelans to take to the streets again on Wednesday": Wednesday is the day of the
protests he called for; the pressing itself happened when the main clause says (or on the article's day).
"""

from __future__ import annotations

import re

from index.text import fold
from index.timeline.expressions import DateMention, quoted_spans

# A call or a plea, then what it asks for ("called for protests", "urged people to march", "llamó a marchar").
_CALL = re.compile(
    r"\b(?:call(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?|"
    r"summon(?:s|ed|ing)?|plea|rallying cry|convoc\w*|llam\w*|pidi\w*|exhort\w*)\b"
)
_PLAN = re.compile(r"\b(?:plan(?:s|ned|ning)?|vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed))\b")
# What is asked for or planned: "for …", "para …", or "to" and a verb ("to take to the streets", not "to the
# crowd").
_TO_VERB = r"to (?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|them\b|him\b|us\b|me\b|this\b|that\b)\w+"
_ASKED_FOR = re.compile(rf"\b(?:for|para|{_TO_VERB})")
_PLANNED_TO = re.compile(rf"\b{_TO_VERB}")
_CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]\s")


def planned_dates(
    sentence: str, mentions: list[DateMention], quoted: list[tuple[int, int]] | None = None
) -> list[bool]:
    """For each mention, whether it dates what a call or a plan in its own clause asks for.

    The mention must follow the call and what it asks for: "Guaido's call on Tuesday for troops to join him"
    dates the call, "calling for protests Wednesday" dates the protests. Dates inside quoted speech are left
    alone (the speaker's words are read by the tense rules).
    """
    folded = fold(sentence)
    if len(folded) != len(sentence):
        folded = sentence.lower()
    quoted = quoted_spans(sentence) if quoted is None else quoted
    return [not any(s <= m.start < e for s, e in quoted) and _asked_for(folded, m.start) for m in mentions]


def _asked_for(folded: str, start: int) -> bool:
    """Whether a call or plan, then its object, come between the start of the clause and `start`."""
    begins = [m.end() for m in _CLAUSE_END.finditer(folded, 0, start)]
    clause = folded[begins[-1] if begins else 0 : start]
    for trigger, asked in ((_CALL, _ASKED_FOR), (_PLAN, _PLANNED_TO)):
        for match in trigger.finditer(clause):
            if asked.search(clause, match.end()):
                return True
    return False
