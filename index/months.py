"""Questions about a month ("what caused the blackout in March 2019?"): a passage that neither names that month nor
was written in it (nor in the month after, saying "last month") tells of another time. "Anti-Maduro protests are
planned for Wednesday, including… 'the largest march'", from an article of 30 April, says nothing of March.

A month is read in a question only where it dates something without a day ("in March", "marzo de 2019"), never as
a word of its own ("the May Day march"), and "May" not at all: it is as often a verb. In a passage an English month
counts only with its capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from index.text import MONTH_NUMBERS, SPANISH_MONTH_NAMES, SPANISH_MONTHS

# Whole names only ("mar" and "dec" are other words too), and neither "may" nor "mayo".
_FULL_NAMES = sorted(
    (name for name in MONTH_NUMBERS if name not in {"may", "mayo"} and (len(name) > 3 or name == "june")),
    key=len,
    reverse=True,
)
_ASKED_MONTHS = "|".join(_FULL_NAMES)
# A month with no day: a day asked ("April 30", "el 30 de abril") is read by the day check (`index/days.py`), which
# knows that Tuesday in an article of 1 May is 30 April.
_MONTH_ASKED = re.compile(
    rf"(?<!\d )(?<!\d(?:st|nd|rd|th) )(?<!\d de )\b(?:in|since|during|of|de|en|early|late|mid|until|by)\s+"
    rf"(?P<after_word>{_ASKED_MONTHS})\b(?!\s+\d{{1,2}}\b)"
    rf"|\b(?P<before_number>{_ASKED_MONTHS})\s+(?:de\s+)?\d{{4}}\b",
    re.IGNORECASE,
)
_ENGLISH = "|".join(name.capitalize() for name in _FULL_NAMES if name not in SPANISH_MONTHS)
_LAST_MONTH = re.compile(r"\b(?:last month|el mes pasado)\b", re.IGNORECASE)
_MONTH_NAMED = re.compile(rf"\b(?:(?:{_ENGLISH})|(?i:{SPANISH_MONTH_NAMES}))\b")


def of_another_month(question: str, dated: Iterable[tuple[int, str, date | None]]) -> set[int]:
    """The rows of `dated` (row, text, its article's date) that neither name a month `question` dates something by
    nor come from an article written in it (or in the month after, saying "last month"); none when the question
    names no month."""
    asked = {MONTH_NUMBERS[(m["after_word"] or m["before_number"]).lower()] for m in _MONTH_ASKED.finditer(question)}
    if not asked:
        return set()
    lacking = set()
    for row, text, published in dated:
        if published is None or published.month in asked:
            continue
        if (published.month - 2) % 12 + 1 in asked and _LAST_MONTH.search(text):
            continue
        named = {MONTH_NUMBERS[name.lower()] for name in _MONTH_NAMED.findall(text)}
        if not named & asked:
            lacking.add(row)
    return lacking
