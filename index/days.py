"""Questions about what happened on a given day ("how many were killed in the May Day protests on Wednesday?"): a
passage telling of another day only ("the number of dead and wounded in Tuesday's clashes hasn't yet been
reported"), or of the asked day only as ahead ("protests are planned for Wednesday", "Pompeo was due to speak with
Lavrov on Wednesday"), does not say what happened that day; nor does a passage naming no day from an article written
before it, or more than a week after it and naming not even its month. A question about the plan itself ("who was
Pompeo due to talk to on Wednesday?", "¿qué marcha convocó Guaidó para el 1 de mayo?") is left to the reader, and so
is every question naming no day.

Days are compared as dates of the passage's article's year: "May Day" and "1 May" are 1 May, and a weekday is the
nearest one to the article's date ("Wednesday" in an article of Tuesday 30 April is 1 May; "Sunday" in an article of
a Wednesday is three days before it), so a question's weekday is read against each passage's article. "Today" and
"yesterday" are not read: an article's date is often that of its last update.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache

from index.chunking import sentence_around
from index.text import ENGLISH_MONTHS, MONTH_NUMBERS, SPANISH_MONTH_NAMES, WEEKDAY_NUMBERS, fold

_WEEKDAY = "|".join(sorted({*WEEKDAY_NUMBERS, "miércoles", "sábado"}))
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_MONTH_NAME = re.compile(rf"\b(?:{_MONTH})\b", re.IGNORECASE)
# A day number before an English month only when the month has its capital: "30 may have died" is no date.
_NUMBER = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th|º|°|ro|ero|er)?"
_DAY_MENTION = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY})(?P<possessive>['’]s)?\b"
    rf"|\b(?P<month_first>{_MONTH})\.? {_NUMBER.format('day_after')}\b(?!:)"
    rf"|\b{_NUMBER.format('day_first')} (?:of |de )?(?P<month_after>(?-i:{ENGLISH_MONTHS})|"
    rf"{SPANISH_MONTH_NAMES})\b"
    r"|\b(?P<may_day>may day|primero de mayo|d[ií]a del trabajador)\b",
    re.IGNORECASE,
)
# A question about what was planned asks about the plan, not the day: "who was Pompeo due to talk to on Wednesday?",
# "what did guaido hype wednesday's protest up to be?"
_ASKS_ABOUT_A_PLAN = re.compile(
    r"\b(?:will|would|going to|gonna|due|supposed|meant to|slated|set to|plann?\w*|schedul\w*|expect\w*|"
    r"call(?:ed|ing|s)? (?:for|on)|deb[ií]a\w*|ten[ií]an? que|programad\w*|pensaba\w*|"
    r"urg\w*|promis\w*|announc\w*|prepar\w*|next|upcoming|iba|iban|va a|van a|convoc\w*|llam\w*|prev\w*|"
    r"promet\w*|anunci\w*|plane\w*|pidi[oó]|hop(?:e|ed|ing)|esper\w*|hyp(?:e|ed|ing)|tout\w*|bill(?:ed|ing)|vow\w*|"
    r"pledg\w*|predict\w*|"
    # "How did Guaido describe Wednesday's march?": said of the day's event, before it as after.
    r"describ\w*\s+(?:[\w'’]+\s+){0,3}?(?:march|protest|rally|marcha|protesta|manifestaci[oó]n|concentraci[oó]n)|"
    r"when|what day|which day|cu[aá]ndo|qu[eé] d[ií]a)\b",
    re.IGNORECASE,
)
# A plan's word naming who made it describes the event, asking nothing of the plan: "la marcha del 1 de mayo convocada
# por Guaidó", "the May 1 march planned by Guaido", "Wednesday's march that Guaido billed as the biggest"; so does what
# was announced during it ("What did Maduro announce during his May Day rally speech?", "¿qué anunció maduro en su
# discurso del 1 de mayo?").
_DESCRIBED_BY = re.compile(
    r"\b(?:convocad[oa]s?|anunciad[oa]s?|planead[oa]s?|planned|announced)\s+(?:por|by)\b|"
    r"\b(?:billed|hyped|touted)\s+as\s+(?:the|a|an)\b|"
    r"\b(?:announc\w*|anunci\w*)\s+(?:\w+\s+){0,2}?(?:during|at|in|en|durante)\s+(?:his|her|their|the|su|el|la)\b",
    re.IGNORECASE,
)


def asks_about_a_plan(question: str) -> bool:
    """Whether `question` asks about what was planned ("who was Pompeo due to talk to on Wednesday?"), not about an
    event it describes by who planned it."""
    return bool(_ASKS_ABOUT_A_PLAN.search(_DESCRIBED_BY.sub(" ", question)))


# A day told as ahead: after the article's date ("protests are planned for Wednesday" on Tuesday), the object of a
# plan ("urged people back on to the streets for fresh May Day protests"), or after a word of the future in its
# sentence with no other day between ("Pompeo was due to speak with Lavrov on Wednesday", "fear of more violence on
# Wednesday"). Not a day before that word ("march on Tuesday, with fear of more violence on Wednesday"), a day's own
# events ("Tuesday's clashes"), a past act of that day ("On Tuesday Guaido urged the troops to rise") or reported
# speech about the future ("…said on Tuesday that the army would join him").
FUTURE = re.compile(
    r"\b(?:due to|set to|plann\w*|schedul\w*|expect\w*|prepar\w*|fears? of|upcoming|to continue)\b",
    re.IGNORECASE,
)
_FUTURE_REACH = 100  # characters between a word of the future and the day it speaks of
# A report written this long after the asked day, naming no day, tells of its own days ("…fed up with their nation's
# dire humanitarian situation", in an article of 30 April, for "what happened to the aid trucks on Feb 23?"), unless it
# names the asked day's month ("declared himself interim president in January").
_LONG_AFTER = timedelta(days=7)
# Words naming a day that is not read ("today", "tomorrow": an article's date may be its last update's); a word of the
# future before one speaks of it, not of a day beyond it.
_UNREAD_DAY = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|hoy|ayer|mañana)\b", re.IGNORECASE)
# The article's own day, named by no date: trusted only to keep a passage of the asked day's article.
_TODAY = re.compile(r"\b(?:today|tonight|hoy|esta noche)\b", re.IGNORECASE)
_PLANNED_FOR = re.compile(r"\bfor (?:(?:a|the|fresh|more|new|further|another|its|his|their) ){0,2}$", re.IGNORECASE)


# "Guaido promised the largest march for May 1 - how many people actually showed up?" asks what happened.
_WHAT_CAME_OF_IT = re.compile(
    r"\b(?:actually|in the end|ended up|end up|finally|really)\b.{0,40}\b(?:show\w*|turn\w*|came|come|attend\w*|"
    r"join\w*|went|go|happen\w*|took part|march\w*)\b|\b(?:finalmente|al final|en realidad|realmente)\b",
    re.IGNORECASE,
)


def asks_what_happened_on_a_day(question: str) -> bool:
    """Whether `question` names a day and asks what happened on it, not what was planned for it (unless it asks what
    actually came of the plan)."""
    if not _DAY_MENTION.search(question):
        return False
    return not asks_about_a_plan(question) or bool(_WHAT_CAME_OF_IT.search(question))


def told_of_another_day(
    question: str,
    passages: Iterable[tuple[int, str, date | None]],
    before: Mapping[int, str] | None = None,
    after: Mapping[int, str] | None = None,
) -> set[int]:
    """The rows of `passages` (row, text, the article's date) that cannot tell what happened on the day `question`
    asks about: they name only other days, or that day only as ahead, or no day in an article written before it or
    more than a week after, or none while the nearest paragraph before it naming a day (`before`, by row) names only
    other days ("Late on Tuesday, Maduro took to twitter…" before "Maduro delivered a speech…", for his May Day
    speech), or the paragraph after it (`after`) goes on to an earlier day than the asked one ("Later on Tuesday, Mr
    Lopez…" after the La Victoria killing, for the May Day protests' dead)."""
    if not asks_what_happened_on_a_day(question):
        return set()
    lacking = set()
    named_year = re.search(r"\b(?:19|20)\d\d\b", question)  # "on February 18, 2014": the year is checked elsewhere
    for row, text, published in passages:
        if published is None:
            continue
        asked = {day for day, _ in _days_in(question, published)}
        if not asked:  # no such date in that year: "31 April"
            continue
        told = _days_in(text, published)
        if _asks_after_the_day(question):
            # What came after the day: only a later day told as past tells it, and an article written that day or
            # before cannot ("¿Qué pasó con Guaidó después del 1 de mayo?" against a May Day caption).
            if published <= max(asked) and not any(day > max(asked) and not ahead for day, ahead in told):
                lacking.add(row)
            continue
        if any(day in asked and not ahead for day, ahead in told):
            if _another_part_of_the_day(question, text, published, asked):
                lacking.add(row)  # "early Tuesday" is not "Tuesday night"
            continue
        if not told and published in asked and _TODAY.search(text):
            continue  # "Bolton told a radio show today", in an article of the asked day
        opens_undated = bool(told) and _opens_without_a_day(text)
        context = (before or {}).get(row, "") if not told or opens_undated else ""
        past_before = {day for day, ahead in _days_in(context, published) if not ahead}
        if past_before and not past_before & asked:
            lacking.add(row)  # the day it tells of is the one named just before it
            continue
        if opens_undated and past_before:
            continue  # it opens on the day named just before it, and names another only later
        went_on_to = _later_day((after or {}).get(row, ""), published) if not told else None
        if went_on_to is not None and went_on_to < min(asked):
            lacking.add(row)  # what it tells happened that day or before
            continue
        long_after = published > max(asked) + _LONG_AFTER and not _names_a_month(text, asked) and not named_year
        if told or published < min(asked) or long_after:
            lacking.add(row)
    return lacking


def _opens_without_a_day(text: str) -> bool:
    """Whether the first sentence of `text` names no day: a passage going on from the paragraph before it ("Maduro
    said that the unrest had been quelled…", after "In a Tuesday night appearance…") tells of that one's day, even
    if it ends on another ("…waited to see if that remained the case Wednesday.")."""
    mention = _DAY_MENTION.search(text) or _UNREAD_DAY.search(text)
    return bool(mention) and sentence_around(text, mention.start())[0] > 0


# "after May 1", "since May Day", "después del 1 de mayo", "tras el 30 de abril": what came after the day named.
_AFTER_WORDS = re.compile(
    r"\b(?:after|since|following|despu[eé]s del?|tras(?: el)?|desde el)\s+(?:the\s+|el\s+)?$", re.IGNORECASE
)


@lru_cache(maxsize=512)  # the same question is checked against each passage read
def _asks_after_the_day(question: str) -> bool:
    """Whether the day `question` names is named as the one after which something is asked."""
    return any(_AFTER_WORDS.search(question[: found.start()]) for found in _DAY_MENTION.finditer(question))


# A paragraph going on to a later time of a day: "Later on Tuesday, …", "Later that Tuesday…".
_LATER_ON = re.compile(r"^\W*(?:later|afterwards|subsequently)\b(?: (?:on|that|in the|that same))?\s+", re.IGNORECASE)


def _later_day(paragraph: str, published: date) -> date | None:
    """The day a paragraph opening "Later on <day>" goes on to, so that what came before it happened that day or
    earlier; None when it opens otherwise."""
    opening = _LATER_ON.match(paragraph)
    if opening is None:
        return None
    mention = _DAY_MENTION.match(paragraph, opening.end())
    return _as_date(mention, published) if mention else None


@lru_cache(maxsize=4096)  # a question is read against each passage's article date, a passage for many questions
def _days_in(text: str, published: date) -> tuple[tuple[date, bool], ...]:
    """Each day `text` names, as a date near `published`, and whether it is told as ahead."""
    mentions = list(_DAY_MENTION.finditer(text))
    boundaries = sorted([mention.end() for mention in mentions] + [word.end() for word in _UNREAD_DAY.finditer(text)])
    days = []
    for mention in mentions:
        day = _as_date(mention, published)
        if day is None:
            continue
        previous = max((end for end in boundaries if end <= mention.start()), default=0)
        start = max(sentence_around(text, mention.start())[0], mention.start() - _FUTURE_REACH, previous)
        before = text[start : mention.start()]
        ahead = day > published or bool(_PLANNED_FOR.search(before) or FUTURE.search(before))
        days.append((day, ahead and not (mention["possessive"] and day <= published)))
    return tuple(days)


# A part of the day said of a day mention, before it ("early Tuesday", "late on Tuesday") or after ("Tuesday night").
_PART_BEFORE = re.compile(r"\b(?P<part>early|late)\s+(?:on\s+)?$", re.IGNORECASE)
_PART_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:por la\s+)?(?P<part>morning|afternoon|evening|night|mañana|tarde|noche)\b", re.IGNORECASE
)
_PART = {
    **dict.fromkeys(["early", "morning", "mañana"], "morning"),
    **dict.fromkeys(["afternoon", "tarde"], "afternoon"),
    **dict.fromkeys(["late", "evening", "night", "noche"], "night"),
}


def _parts_of_days(text: str, published: date) -> tuple[tuple[date, str | None], ...]:
    """Each day `text` names, as a date near `published`, with the part of it said beside the mention, if any."""
    parts = []
    for mention in _DAY_MENTION.finditer(text):
        day = _as_date(mention, published)
        if day is None:
            continue
        said = _PART_BEFORE.search(text[max(0, mention.start() - 12) : mention.start()]) or _PART_AFTER.match(
            text[mention.end() :]
        )
        parts.append((day, _PART[said["part"].lower()] if said else None))
    return tuple(parts)


def _another_part_of_the_day(question: str, text: str, published: date, asked: set[date]) -> bool:
    """Whether `question` asks about a part of a day ("tuesday night") that `text` never names, telling that day only
    with another part of it ("early Tuesday")."""
    wanted = {part for day, part in _parts_of_days(question, published) if day in asked and part}
    told = [part for day, part in _parts_of_days(text, published) if day in asked]
    return bool(wanted and told) and all(part is not None and part not in wanted for part in told)


def paragraph_naming_a_day_before(article: str, start: int) -> str:
    """The nearest paragraph before the passage starting at `start` in the text of its article that names a day, or
    says "today" or "yesterday" ("" when none does): a story told on without naming its day goes on from that one
    ("…on Tuesday…", then a dozen paragraphs of the same morning, then "A crowd that quickly swelled to a few
    thousand…")."""
    for paragraph in reversed(article[:start].rstrip().split("\n\n")):
        if _DAY_MENTION.search(paragraph) or _UNREAD_DAY.search(paragraph):
            return paragraph
    return ""


def _names_a_month(text: str, days: set[date]) -> bool:
    """Whether `text` names the month of one of `days` ("declared himself interim president in January")."""
    months = {MONTH_NUMBERS[fold(name.group().lower())] for name in _MONTH_NAME.finditer(text)}
    return any(day.month in months for day in days)


def _as_date(mention: re.Match[str], published: date) -> date | None:
    """The date a mention stands for in an article of `published`: a weekday is the nearest one."""
    if mention["weekday"]:
        offset = (WEEKDAY_NUMBERS[fold(mention["weekday"].lower())] - published.weekday()) % 7
        return published + timedelta(days=offset if offset <= 3 else offset - 7)
    if mention["may_day"]:
        month, day = 5, 1
    else:
        month = MONTH_NUMBERS[fold((mention["month_first"] or mention["month_after"]).lower())]
        day = int(mention["day_after"] or mention["day_first"])
    try:
        return date(published.year, month, day)
    except ValueError:
        return None
