"""Questions about what happened on a given day ("how many were killed in the May Day protests on Wednesday?"): a
passage telling of another day only ("the number of dead and wounded in Tuesday's clashes hasn't yet been
reported"), or of the asked day only as ahead ("protests are planned for Wednesday", "Pompeo was due to speak with
Lavrov on Wednesday"), does not say what happened that day; nor does a passage naming no day from an article
written before it. A question about the plan itself ("who was Pompeo due to talk to on Wednesday?", "¿qué marcha
convocó Guaidó para el 1 de mayo?") is left to the reader, and so is every question naming no day.

Days are compared as dates: "May Day" and "1 May" are 1 May, "Wednesday" in an article of Tuesday 30 April is the
Wednesday of that week, and "yesterday" is the day before the article's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from index.chunking import sentence_around

_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            "monday lunes",
            "tuesday martes",
            "wednesday miercoles miércoles",
            "thursday jueves",
            "friday viernes",
            "saturday sabado sábado",
            "sunday domingo",
        ]
    )
    for name in names.split()
}
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january jan enero",
            "february feb febrero",
            "march mar marzo",
            "april apr abril",
            "may mayo",
            "june jun junio",
            "july jul julio",
            "august aug agosto",
            "september sept sep septiembre",
            "october oct octubre",
            "november nov noviembre",
            "december dec diciembre",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MENTION = re.compile(
    rf"\b(?P<weekday>{'|'.join(_WEEKDAYS)})\b"
    rf"|\b(?P<month_first>{_MONTH})\.? (?P<day_after>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:)"
    rf"|\b(?P<day_first>[0-3]?\d)(?:st|nd|rd|th)? (?:de )?(?P<month_after>{_MONTH})\b"
    r"|\b(?P<may_day>may day|primero de mayo|d[ií]a del trabajador)\b"
    r"|\b(?P<relative>yesterday|today|tonight|ayer|hoy)\b",
    re.IGNORECASE,
)
_RELATIVE = {"yesterday": -1, "ayer": -1, "today": 0, "tonight": 0, "hoy": 0}
# A question about what was planned asks about the plan, not the day: "who was Pompeo due to talk to on Wednesday?"
_ASKS_ABOUT_A_PLAN = re.compile(
    r"\b(?:will|would|going to|gonna|due|supposed|meant to|slated|set to|plann?\w*|schedul\w*|expect\w*|"
    r"call(?:ed|ing|s)? (?:for|on)|deb[ií]a\w*|ten[ií]an? que|programad\w*|pensaba\w*|"
    r"urg\w*|promis\w*|announc\w*|prepar\w*|next|upcoming|iba|iban|va a|van a|convoc\w*|llam\w*|prev\w*|"
    r"promet\w*|anunci\w*|plane\w*|pidi[oó]|hop(?:e|ed|ing)|esper\w*|when|what day|which day|cu[aá]ndo|qu[eé] d[ií]a)\b",
    re.IGNORECASE,
)
# A day told as ahead: after the article's date ("protests are planned for Wednesday" on Tuesday), the object of a
# plan ("urged people back on to the streets for fresh May Day protests"), or in a sentence speaking of the future
# ("Pompeo was due to speak with Lavrov on Wednesday", "fear of more violence on Wednesday"). A past act of that day
# is not ahead, nor reported speech about the future: "On Tuesday Guaido urged the troops to rise", "…said on
# Tuesday that the army would join him".
_FUTURE = re.compile(
    r"\b(?:due to|set to|plann\w*|schedul\w*|expect\w*|prepar\w*|fears? of|upcoming|next|tomorrow|to continue)\b",
    re.IGNORECASE,
)
_PLANNED_FOR = re.compile(r"\bfor (?:(?:a|the|fresh|more|new|further|another|its|his|their) ){0,2}$", re.IGNORECASE)


def told_of_another_day(question: str, passages: Iterable[tuple[int, str, date | None]]) -> set[int]:
    """The rows of `passages` (row, text, the article's date) that cannot tell what happened on the day `question`
    asks about: they name only other days, or that day only as ahead, or no day in an article written before it."""
    if _ASKS_ABOUT_A_PLAN.search(question):
        return set()
    lacking = set()
    for row, text, published in passages:
        if published is None:
            continue
        asked = {day for day, _ in _days_in(question, published, relative=False)}
        if not asked:
            return set()
        told = _days_in(text, published)
        if any(day in asked and not ahead for day, ahead in told):
            continue
        if told or published < min(asked):
            lacking.add(row)
    return lacking


def _days_in(text: str, published: date, relative: bool = True) -> list[tuple[date, bool]]:
    """Each day `text` names, as a date near `published`, and whether its sentence tells of it as ahead; a
    question's "today" is the reader's, not the article's (`relative` False)."""
    days = []
    for mention in _DAY_MENTION.finditer(text):
        if mention["relative"] and not relative:
            continue
        day = _as_date(mention, published)
        if day is not None:
            start, end = sentence_around(text, mention.start())
            planned = _PLANNED_FOR.search(text[max(start, mention.start() - 30) : mention.start()])
            days.append((day, day > published or bool(planned or _FUTURE.search(text[start:end]))))
    return days


def _as_date(mention: re.Match[str], published: date) -> date | None:
    """The date a mention stands for in an article of `published`: a weekday is the one of that week."""
    if mention["weekday"]:
        weekday = _WEEKDAYS[mention["weekday"].lower()]
        return published + timedelta(days=weekday - published.weekday())
    if mention["relative"]:
        return published + timedelta(days=_RELATIVE[mention["relative"].lower()])
    if mention["may_day"]:
        month, day = 5, 1
    else:
        month = _MONTHS[(mention["month_first"] or mention["month_after"]).lower()]
        day = int(mention["day_after"] or mention["day_first"])
    try:
        return date(published.year, month, day)
    except ValueError:
        return None
