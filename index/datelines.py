"""Publication date and outlet read from a dateline in an article's first lines, for uploads without front matter.

Recognised forms (English and Spanish, any case, with or without Markdown emphasis):
"Published 3 May 2019 by The Example Herald", "Publicado el 4 de mayo de 2019 por El Llanero",
"May 2, 2019 | Reuters", "Reuters | 2 May 2019", "CARACAS, May 2 (Reuters) -", "CARACAS, 2 de mayo (EFE).-".
A wire dateline names no year; it is taken from the article's text when one year dominates there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from index.timeline.calendar_words import MONTHS

LINES_SEARCHED = 6
MAX_DATELINE_CHARS = 160
MAX_SOURCE_CHARS = 80

_MONTH = r"[a-z]{3,10}\.?"
_WEEKDAY = r"(?:[a-záéíóú]{5,9},?\s+)?"
_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:\s+de)?\s+{_MONTH},?(?:\s+del?)?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
_TIME = r"(?:,?\s+(?:at|a\s+las)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?"
_SEPARATOR = r"\s*[|·•—–]\s*|\s+-\s+"
_SOURCE = r"(?P<source>[^|·•\n]{2,80}?)"

_PUBLISHED = re.compile(
    rf"^(?:published|posted|publicad[oa]|actualizad[oa]|updated)(?:\s+(?:on|el))?:?\s+{_WEEKDAY}"
    rf"(?P<date>{_DATE}){_TIME}(?:,?\s+(?:by|por)\s+{_SOURCE})?\.?$",
    re.IGNORECASE,
)
_DATE_THEN_SOURCE = re.compile(rf"^{_WEEKDAY}(?P<date>{_DATE}){_TIME}(?:{_SEPARATOR}){_SOURCE}$", re.IGNORECASE)
_SOURCE_THEN_DATE = re.compile(rf"^{_SOURCE}(?:{_SEPARATOR}){_WEEKDAY}(?P<date>{_DATE}){_TIME}$", re.IGNORECASE)
_WIRE = re.compile(
    r"^(?P<place>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'/-]{1,40}),\s+"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}|\d{{1,2}}(?:\s+de)?\s+{_MONTH})"
    r"\s+\((?P<source>[^()\n]{2,40})\)\s*\.?\s*[-–—]",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"^[\s>#*_]+|[\s*_]+$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: the publication date (None when it names no usable year) and the outlet."""

    published: dt.date | None
    source: str

    def fields(self) -> dict[str, str]:
        """Front-matter style fields for what was found (`published` as YYYY-MM-DD, `source`)."""
        found = {"published": self.published.isoformat() if self.published else "", "source": self.source}
        return {key: value for key, value in found.items() if value}


def find_dateline(body: str) -> Dateline | None:
    """The first dateline among the first non-empty lines of `body`, or None."""
    lines = [line for line in body.splitlines() if line.strip()][:LINES_SEARCHED]
    for raw in lines:
        line = _MARKUP.sub("", raw)
        wire = _WIRE.match(line)
        if wire and wire.group("place").upper() == wire.group("place"):
            return Dateline(_parse_date(wire.group("date"), _dominant_year(body)), _clean_source(wire.group("source")))
        if len(line) > MAX_DATELINE_CHARS:
            continue
        for pattern in (_PUBLISHED, _DATE_THEN_SOURCE, _SOURCE_THEN_DATE):
            match = pattern.match(line)
            if match is None:
                continue
            published = _parse_date(match.group("date"), None)
            if published is not None:
                return Dateline(published, _clean_source(match.group("source") or ""))
    return None


def _parse_date(text: str, year_hint: int | None) -> dt.date | None:
    """A date from "3 May 2019", "May 3, 2019", "4 de mayo de 2019", "2019-05-03" or, with a year hint,
    "May 2" / "2 de mayo"; None when the month or day is not a real one."""
    text = text.lower()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        month = next((MONTHS[w] for w in re.findall(r"[a-z]+", text) if w in MONTHS), None)
        numbers = [int(n) for n in re.findall(r"\d+", text)]
        days = [n for n in numbers if n <= 31]
        years = [n for n in numbers if n > 31]
        year = years[0] if years else year_hint
        if month is None or not days or year is None:
            return None
        return dt.date(year, month, days[0])
    except ValueError:
        return None


def _dominant_year(body: str) -> int | None:
    """The year the text names most often, when one does (a wire dateline leaves the year out)."""
    counts = Counter(_YEAR.findall(body)).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return int(counts[0][0])


def _clean_source(text: str) -> str:
    source = " ".join(text.split()).strip(" .,;:-–—*_")
    return source if len(source) <= MAX_SOURCE_CHARS else ""
