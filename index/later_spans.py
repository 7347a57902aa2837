"""Questions about a span of time after the reported events ("what did guaido do the week after the uprising", "was
he arrested in the weeks following it", "¿qué pasó semanas después?"): a passage tells of such a time only by speaking
of weeks, months or years, or of what came "later" or "never". News written on the day ("…calling for his Operation
Liberty to continue on Wednesday") tells the day's events and the next day's plans, not what came a week later.
What is to come ("in the coming weeks", "next year", "later this month") is `ahead.py`'s, and "how many years after…"
asks a count.
"""

from __future__ import annotations

import re

# Each unit, shortest first, with the words for it: a passage speaking of the asked unit or a longer one may tell it.
_UNIT_WORDS = {"week": r"weeks?|semanas?", "month": r"months?|mes|meses", "year": r"years?|a[nñ]os?"}
_ASKS_LATER = re.compile(
    r"(?<!\bhow many )(?<!\bhow long )\b(?P<unit>weeks?|months?|years?)\s+(?:after|later|following)\b"
    r"|\blater that (?P<unit_then>week|month|year)\b"
    r"|\b(?P<unit_es>semanas?|meses|a[nñ]os) (?:despu[eé]s|m[aá]s tarde)\b",
    re.IGNORECASE,
)
# What came later told without its span: "Guaido was never arrested, and later left"; not "later on Tuesday".
_TOLD_LATER = re.compile(
    r"\b(?:never|since then|nunca|desde entonces)\b"
    r"|\blater\b(?! (?:on|that (?:day|night|morning|evening|afternoon))\b)",
    re.IGNORECASE,
)


def speaks_of_the_later_span(question: str, passage: str) -> bool:
    """False when `question` asks about a span of weeks, months or years after the events and `passage` speaks of
    no span that long, nor of what came "later" or "never" ("on Wednesday" tells nothing of the week after)."""
    asked = _ASKS_LATER.search(question)
    if not asked:
        return True
    typed = next(unit for unit in asked.groups() if unit).lower()
    units = list(_UNIT_WORDS)
    unit = next(name for name in units if re.fullmatch(_UNIT_WORDS[name], typed))
    longer = "|".join(_UNIT_WORDS[name] for name in units[units.index(unit) :])
    return bool(re.search(rf"\b(?:{longer})\b", passage, re.IGNORECASE) or _TOLD_LATER.search(passage))
