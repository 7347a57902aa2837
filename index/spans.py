"""How-long questions: a span of time said of the asked event ("How long did López stay in the Spanish embassy?" is not
answered by "another political ally has been holed up for over a year"), or a number of the unit asked ("how many
days…?" by "three days", a start, "since 2013", or a year)."""

from __future__ import annotations

import re

from index.moments import spans_the_event
from index.text import A_YEAR, NUMBER_WORDS, WEEKDAY_NUMBERS

# Some number of a unit: "14 years", "three-day", "a few months", "unos días".
_SOME = rf"(?:\d[\d,.]*|{NUMBER_WORDS}|a|an|a few|many|some|unos|unas)"
# Each unit a "how many" question may count, as asked in either language → how a passage writes it.
_UNITS = {
    word: written
    for words, written in (
        ("years años", r"years?|a[nñ]os?"),
        ("months meses", r"months?|mes(?:es)?"),
        ("weeks semanas", r"weeks?|semanas?"),
        ("days días dias", r"days?|d[ií]as?"),
        ("hours horas", r"hours?|horas?"),
        ("minutes minutos", r"minutes?|minutos?"),
    )
    for word in words.split()
}


def span_in_the_unit(question: str, asked: re.Match[str], passage: str) -> bool:
    """Whether the passage holds a number of the asked unit ("14 years", "three-day"), a start ("since 2013") or a
    year: "how many days did Lopez stay?" is not answered by "holed up for over a year"."""
    unit = _UNITS[(asked["unit"] or asked["unidad"]).lower()]
    return bool(re.search(rf"\b{_SOME}[\s-]+(?:{unit})\b|\b(?:since|desde)\b|{A_YEAR}", passage, re.IGNORECASE))


_WEEKDAYS = "|".join(WEEKDAY_NUMBERS)
_UNITS_PLURAL = "seconds|minutes|hours|days|weeks|months|years|decades"
_SPAN = re.compile(
    rf"\b(?:{_SOME}|first|second|third|fourth|fifth|un|una)[\s-]+(?:(?:more|long|full|whole|straight)\s+)?"
    rf"(?:{'|'.join(sorted(set(_UNITS.values())))}|seconds?|nights?|decades?|segundos?|noches?|d[eé]cadas?)\b"
    # "hours after", "for years", "all morning", "always", "between 2005 and 2013", "Detained in 2014"
    rf"|\b(?:{_UNITS_PLURAL})\s+(?:after|before|later|earlier|ago)\b"
    rf"|\bfor\s+(?:{_UNITS_PLURAL})\b"
    r"|\ball\s+(?:morning|afternoon|evening|night|day|week|month|year)\b|\b(?:always|forever)\b"
    # "overnight Tuesday" is when, not how long
    rf"|\b(?:since|until|till|desde|hasta)\b|\bovernight\b(?!\s+(?:on\s+)?(?:{_WEEKDAYS}))|{A_YEAR}",
    re.IGNORECASE,
)


def span_of_the_event(question: str, asked: re.Match[str], passage: str) -> bool:
    """Whether the passage holds a span of time ("three-minute", "for over a year", "since 2013") said of what the
    question asks how long of."""
    return spans_the_event(question, passage, lambda text: bool(_SPAN.search(text)))
