"""Date expressions in a sentence ("January 23", "early Tuesday", "el martes", "yesterday") and their dates.

Relative expressions are resolved against the article's publication date, with the sentence's tense
deciding between the last and the next weekday of that name. Relative words inside quoted speech are
skipped: the speaker's "today" is not the article's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from index.chunking import CLOSING_QUOTE, OPENING_QUOTE
from index.text import fold
from index.timeline.calendar_words import MONTHS, SPANISH_MONTHS, WEEKDAYS

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = "(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_PART = r"morning|afternoon|evening|night|(?:por|en) la (?:manana|tarde|noche)"
_DAY = r"(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)[0-9]{2})"

# Patterns run on folded text (lower case, no accents), so "Miércoles" and "miercoles" look alike.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_day", re.compile(rf"\b{_MONTH}\.? {_DAY}(?:,? {_YEAR})?\b(?!\s*(?:billion|million|%))")),
    ("day_month", re.compile(rf"\b{_DAY} (?:de )?{_MONTH}(?:,? (?:de(?:l)? )?{_YEAR})?\b")),
    ("month_year", re.compile(rf"\b(?:in |en )?{_MONTH},? (?:de(?:l)? )?{_YEAR}\b")),
    ("in_month", re.compile(rf"\b(?:in|since|en|desde) {_MONTH}\b(?! {_DAY})")),
    (
        "weekday",
        re.compile(
            rf"\b(?P<before>(?:early|late|later|overnight) (?:on )?|(?:on|last|this|next|el|este|el proximo|"
            rf"el pasado) )?{_WEEKDAY}(?P<possessive>'s)?"
            rf"(?P<after> (?:{_PART}))?\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>earlier today|later today|today|tonight|last night|this morning|this afternoon|this evening|"
            r"yesterday|tomorrow|not long ago|hoy|ayer|anoche|pasado manana|"
            r"(?<!la )(?<!esta )manana)\b"
        ),
    ),
    ("last_year", re.compile(r"\b(?P<rel>last year|earlier this year|this year|el ano pasado|este ano)\b")),
    ("year", re.compile(rf"(?<![\w$£€.,-]){_YEAR}(?![\w%-]|\.\d|,\d)")),
]

# Words that make a weekday in their clause the coming one. "Was planned" is
# past; "next" alone is not a cue ("next to"), only "next Friday" is (read by the weekday pattern).
_FUTURE = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bhad )(?<!\bbeen )"
    r"\b(will|'ll|shall|planned|plans|planning|scheduled|expected|set to|set for|is to|are to|going to|upcoming|"
    r"tomorrow|convoca|convoco|convocan|prevista|previsto|manana|proximo|ira|iran|va a|van a)\b"
)
_CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]\s")
# A bare number is a year only after a word that introduces one ("in 2014", "since 2009", "of 1962"), so
# "2000 soldiers" is not dated.
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|of|from|until|till|by|to|before|after|during|around|early|late|mid|between|and|"
    r"en|desde|de|del|hasta|durante|entre|y)\s+$"
)
_RELATIVE_KINDS = ("weekday", "relative")


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence and what it resolves to."""

    start: int
    end: int
    expression: str
    date: dt.date
    precision: str  # "day", "month" or "year"
    part_of_day: str
    anchor: str  # how the date was reached, for a person
    kind: str = ""  # which pattern found it: "weekday", "month_day", "relative"…


def find_dates(
    sentence: str, published: dt.date | None, quoted: list[tuple[int, int]] | None = None
) -> list[DateMention]:
    """Every date expression in `sentence` that can be resolved (relative ones need `published`).

    `quoted` lists spans of quoted speech (found in the whole paragraph when the caller has it).
    """
    folded = fold(sentence)
    if len(folded) != len(sentence):  # folding changed offsets (rare ligatures): work on the original
        folded = sentence.lower()
    quoted = quoted_spans(sentence) if quoted is None else quoted
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind in _RELATIVE_KINDS and any(s <= start < e for s, e in quoted):
                continue
            if "month" in match.groupdict() and not _is_month_name(sentence[start:end], match):
                continue
            if kind == "year" and not _introduces_year(sentence, folded, start, end):
                continue
            mention = _resolve(kind, match, sentence[start:end], published, _looks_ahead(folded, start, end))
            if mention is not None and mention[1] == "day" and not mention[2]:
                mention = (mention[0], "day", _part_nearby(folded, start, end), mention[3])
            if mention is not None:
                taken.append((start, end))
                found.append(DateMention(start, end, sentence[start:end], *mention, kind))
    return _join_appositions(sentence, sorted(found, key=lambda m: m.start))


_PART_BEFORE = re.compile(r"\b(?:(early|late)(?: on)?|the (morning|afternoon|evening|night) of)\s+$")
_PART_AFTER = re.compile(r"^,?\s+(?:(morning|afternoon|evening|night)|(?:por|en) la (manana|tarde|noche))\b")


def _part_nearby(folded: str, start: int, end: int) -> str:
    """The part of day given around a date ("early on April 30", "the night of April 30", "ayer por la noche")."""
    before = _PART_BEFORE.search(folded[max(0, start - 24) : start])
    after = _PART_AFTER.search(folded[end : end + 24])
    for found in (before, after):
        word = next((g for g in found.groups() if g), "") if found else ""
        if word:
            return _part_of_day(word, "") if word in ("early", "late") else _part_of_day("", word)
    return ""


def _introduces_year(sentence: str, folded: str, start: int, end: int) -> bool:
    """Whether the number at `start:end` is a year: after "in", "since"…, or naming an event ("the 1962 Cuban…")."""
    if _YEAR_CONTEXT.search(folded[max(0, start - 12) : start]):
        return True
    return folded[max(0, start - 4) : start] == "the " and sentence[end + 1 : end + 2].isupper()


def _looks_ahead(folded: str, start: int, end: int) -> bool:
    """Whether the expression at `start:end` speaks of the future: a future word in its own clause
    ("protests are planned for Wednesday"; not "On Tuesday, he said he will…")."""
    begins = [m.end() for m in _CLAUSE_END.finditer(folded, 0, start)]
    ends = [m.start() for m in _CLAUSE_END.finditer(folded, end)]
    return bool(_FUTURE.search(folded, begins[-1] if begins else 0, ends[0] if ends else len(folded)))


def _join_appositions(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """ "Friday, May 3" is one date: the explicit date decides, the weekday only names it."""
    joined: list[DateMention] = []
    for mention in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind == "weekday"
            and mention.precision == "day"
            and sentence[previous.end : mention.start] in ("", " ", ", ", ",")
        ):
            joined[-1] = DateMention(
                previous.start,
                mention.end,
                sentence[previous.start : mention.end],
                mention.date,
                "day",
                previous.part_of_day,
                mention.anchor,
                mention.kind,
            )
            continue
        joined.append(mention)
    return joined


def _is_month_name(text: str, match: re.Match[str]) -> bool:
    """English month names are capitalised ("May 1"); lower-case "may" or "march" is a verb."""
    word = match.group("month")
    if word in SPANISH_MONTHS:
        return True
    offset = match.start("month") - match.start()
    return text[offset : offset + 1].isupper()


def _resolve(
    kind: str, match: re.Match[str], text: str, published: dt.date | None, future: bool
) -> tuple[dt.date, str, str, str] | None:
    groups = match.groupdict()
    if kind in ("month_day", "day_month", "month_year", "in_month", "year"):
        return _resolve_calendar(kind, groups, published, future)
    if published is None or groups.get("possessive"):
        return None
    if kind == "weekday":
        return _resolve_weekday(groups, published, future)
    if kind == "last_year":
        year = published.year - 1 if groups["rel"] in ("last year", "el ano pasado") else published.year
        return dt.date(year, 1, 1), "year", "", f"relative to the publication year ({published.year})"
    return _resolve_relative(groups["rel"], published)


def _resolve_calendar(kind: str, groups: dict, published: dt.date | None, future: bool):
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "year":
        return dt.date(year, 1, 1), "year", "", "the year given"
    month = MONTHS[groups["month"]]
    if year is None:
        if published is None:
            return None
        year = published.year
        if dt.date(year, month, 1) > published + dt.timedelta(days=31) and not future:
            year -= 1
    if kind in ("month_year", "in_month"):
        anchor = "the month given" if groups.get("year") else f"the month given, in the year of publication ({year})"
        return dt.date(year, month, 1), "month", "", anchor
    try:
        date = dt.date(year, month, int(groups["day"]))
    except ValueError:
        return None
    anchor = "the date given" if groups.get("year") else f"the date given, in the year of publication ({year})"
    return date, "day", "", anchor


def _resolve_weekday(groups: dict, published: dt.date, future: bool):
    weekday = WEEKDAYS[groups["weekday"]]
    before = (groups.get("before") or "").strip()
    after = (groups.get("after") or "").strip()
    offset = (weekday - published.weekday()) % 7
    if before.startswith(("next", "el proximo")) or (future and not before.startswith(("last", "el pasado"))):
        date = published + dt.timedelta(days=offset)
        tense = "the coming"
    else:
        date = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
        tense = "the last"
        if before.startswith(("last", "el pasado")) and date == published:
            date -= dt.timedelta(days=7)
    anchor = f"{tense} {groups['weekday'].capitalize()} on or around publication ({published.isoformat()})"
    return date, "day", _part_of_day(before, after), anchor


def _resolve_relative(word: str, published: dt.date):
    shifts = {
        "yesterday": (-1, ""),
        "ayer": (-1, ""),
        "last night": (-1, "night"),
        "anoche": (-1, "night"),
        "tomorrow": (1, ""),
        "manana": (1, ""),
        "pasado manana": (2, ""),
        "tonight": (0, "night"),
        "this morning": (0, "morning"),
        "this afternoon": (0, "afternoon"),
        "this evening": (0, "evening"),
    }
    shift, part = shifts.get(word, (0, ""))
    date = published + dt.timedelta(days=shift)
    return date, "day", part, f"relative to the publication date ({published.isoformat()})"


def _part_of_day(before: str, after: str) -> str:
    for word, part in (
        ("noche", "night"),
        ("tarde", "afternoon"),
        ("manana", "morning"),
        ("night", "night"),
        ("evening", "evening"),
        ("afternoon", "afternoon"),
        ("morning", "morning"),
    ):
        if word in after:
            return part
    if before.startswith("early"):
        return "early"
    if before.startswith(("late", "later")):
        return "late"
    if before.startswith("overnight"):
        return "night"
    return ""


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in a text; a quote left open runs to the end of the text."""
    spans = []
    position = 0
    while True:
        opening = OPENING_QUOTE.search(sentence, position)
        if not opening:
            return spans
        closing = CLOSING_QUOTE.search(sentence, opening.end())
        end = closing.end() if closing else len(sentence)
        spans.append((opening.start(), end))
        position = end
