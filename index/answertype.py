"""Answer-type checks: a question that asks "when", "how many" or "how old" needs a passage that holds a date,
a number or an age, whatever else it shares with the question.

The checks are deliberately coarse (any weekday counts as a time, any number as a count): they only remove
passages that cannot possibly answer, from what the reader reads and from the head of the quotes, and leave the
finer judgement to the reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.acronyms import explains_acronym
from index.afterwards import tells_what_came_after
from index.agents import names_the_doer
from index.ahead import tells_a_time_ahead
from index.amounts import PART_ASKED, count_check, has_number, tells_a_part
from index.attributes import names_the_attributes_owner, states_asked_attributes
from index.choices import holds_an_alternative
from index.counted import (
    counts_in_the_asked_place,
    counts_the_asked_fate,
    counts_the_asked_irregulars,
    counts_the_asked_kind,
    names_whose_count_is_asked,
    names_whose_sum_is_asked,
)
from index.headed import names_the_body_of_the_post
from index.holders import names_the_holder
from index.identified import names_whom_one_named, tells_the_identity
from index.identity import AGE, gives_the_persons_age, names_the_person
from index.institutions import names_the_institution
from index.later_spans import speaks_of_the_later_span
from index.locations import locates_the_place, names_a_country_as_a_place, places_the_person, places_whom_it_names
from index.moments import dates_the_act, dates_the_event
from index.names import people_named
from index.outcomes import states_the_outcome
from index.outlets import names_an_outlet
from index.person_said import the_person_speaks
from index.prices import names_the_priced_thing
from index.question import WHEN_OPENING
from index.reactions import tells_the_reaction
from index.reader.gloss import reader_text
from index.reasons import mentions_the_asked_place, names_whom_the_reason_is_about
from index.regions import names_a_place_in_the_region
from index.relatives import names_the_relative
from index.said_about import names_whom_it_was_said_about
from index.sizes import says_the_size
from index.spans import span_in_the_unit, span_of_the_event
from index.speakers import quotes_the_speaker, the_country_speaks
from index.text import (
    ENGLISH_MONTHS,
    SPANISH_MONTH_NAMES,
    WEEKDAY_NUMBERS,
    holds_any_word,
    lexical_terms,
    reason_opening_end,
)
from index.unknown import says_the_asked_is_unknown
from index.unnamed import gives_the_name
from index.whose_name import names_the_asked_person
from index.yes_no import names_whom_it_asks_about

_MONTHS = f"{ENGLISH_MONTHS.lower()}|{SPANISH_MONTH_NAMES}"
_PARTS_OF_DAY = "morning|afternoon|evening|night|tonight|mañana|tarde|noche"
_DAYS = "|".join(
    [*WEEKDAY_NUMBERS, "miércoles", "sábado", "today", "yesterday", "tomorrow", "hoy", "ayer", _PARTS_OF_DAY]
)
_RELATIVE_TIME = r"ago|since|earlier|later|last|next|recently|now|currently|desde|hace|después|antes"
_YEAR = r"\b((?:1[89]\d\d|20\d\d))s?\b"


def _has_year(text: str) -> bool:
    return bool(re.search(_YEAR, text))


def _has_time(text: str) -> bool:
    return bool(
        re.search(_YEAR, text)
        or re.search(rf"\b(?:{_RELATIVE_TIME})\b", text, re.IGNORECASE)
        or _has_month_or_day(text)
    )


def _has_month_or_day(text: str) -> bool:
    """A month, a day, "last month", "two weeks ago" or a time of day: "in what month…?" is not answered by
    "Detained in 2014", "later released" or "re-elected last year"."""
    text = _YEAR_ONLY.sub(" ", text)
    return bool(
        re.search(rf"\b(?:{_MONTHS}|{_DAYS}|last|next|ago|hace)\b", text, re.IGNORECASE)
        or re.search(r"\b\d{1,2}[:.h]\d\d\b", text)
    )


def _has_a_date(text: str) -> bool:
    """A time finer than a month: "what date was the election?" is not answered by "re-elected last year", "in
    January" or "since he declared himself president in January", but by "January 23", "Tuesday" or "last night"."""
    return _has_time(_SINCE.sub(" ", _MONTH_ALONE.sub(" ", _YEAR_ONLY.sub(" ", text))))


# A month without its day ("in January", "since early March"; not "in May 1"), and "since" (a start, no date by
# itself).
_MONTH_ALONE = re.compile(
    rf"\b(?:in|since|until|by|from|en|desde|hasta)\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTHS})\b(?!\s*\d)",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:since|desde)\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(
    r"\b(?:last|this|next|that|the previous|the following) year\b|\b(?:in )?(?:19|20)\d\d\b", re.IGNORECASE
)


# What a passage must hold, given the question and where in it the need was asked.
Needs = Callable[[str, re.Match[str], str], bool]


def _has_age(text: str) -> bool:
    return bool(AGE.search(text))


def _age_of_the_subject(question: str, asked: re.Match[str], passage: str) -> bool:
    """Whether the passage gives the age of whom the question asks about: it names something the question names
    besides "how old is", and for a named person an age belongs to that person ("how old is Figuera?" is not
    answered by another man's age). In "Juan Guaido's age" the owner is the subject, not part of what is asked."""
    if re.search(r"['’]s age\b", asked.group(0)):
        asked = re.search(r"['’]s age\b", question) or asked
    return _has_age(passage) and _shares_subject(question, asked, passage) and gives_the_persons_age(question, passage)


def _count_for(question: str, asked: re.Match[str], passage: str) -> bool:
    """Whether the passage holds a count of what the question counts (money only when it counts money)."""
    return count_check(question)(passage)


# "wasnt there a massive blackout in 2019? when was that": the event told first, its time asked after.
_WHEN_ASKED_AFTER = r"[?.!,;]\s+(?:so\s+|and\s+|but\s+)?when (?:was|is|did) (?:that|it|this)\b"


def _time_of_the_event(question: str, asked: re.Match[str], passage: str) -> bool:
    """Whether the passage holds a time said of what the question asks the time of, naming someone the question
    names, if it names anyone ("When was the failed coup against Hugo Chavez?" is not dated by Maduro's words). An
    event told first is dated only by a clause sharing more of it than its people: "…to force Maduro from power on
    Tuesday" does not date the drone attack on Maduro."""
    people = people_named(question)
    dates = dates_the_act if re.search(_WHEN_ASKED_AFTER, question, re.IGNORECASE) else dates_the_event
    return dates(question, passage, _has_time) and (not people or holds_any_word(passage, people))


# A time of day: "at 5:30", "5am", "noon", "dawn"; a part of the day too when the question names none ("What time
# did Lopez arrive?" against "late on Tuesday night"), not when it does ("At what time on Tuesday morning…?").
_CLOCK = (
    r"\b\d{1,2}[:.h]\d\d\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|\bo['’]clock\b|\bnoon\b|\bmidday\b|\bmidnight\b|"
    r"\bdawn\b|\bdaybreak\b|\bsunrise\b|\bsunset\b|\bdusk\b|\bearly hours\b|\bfirst light\b|\bmediod[ií]a\b|"
    r"\bmadrugada\b|\ba las \w+|"
    r"\b(?:at|after|before|around|about|until|by) \d{1,2}(?![\d,.]?\d)(?! (?:people|per|%|of)\b)"
)
_PART_OF_DAY = rf"\b(?:{_PARTS_OF_DAY}|overnight)\b"


def _hour_of_the_event(question: str, asked: re.Match[str], passage: str) -> bool:
    """Whether the passage holds a time of day said of what the question asks the time of."""
    exact = re.search(rf"\b(?:{_EXACTLY})\b", question, re.IGNORECASE)  # "Tuesday night" is no exact time
    hour = _CLOCK if exact or re.search(_PART_OF_DAY, question, re.IGNORECASE) else f"{_CLOCK}|{_PART_OF_DAY}"
    return dates_the_act(question, passage, lambda text: bool(re.search(hour, text, re.IGNORECASE)))


def _year_of_the_event(question: str, asked: re.Match[str], passage: str) -> bool:
    """Whether the passage holds a year said of what the question asks the year of: "In what year was López moved
    to house arrest?" is not answered by "Detained in 2014…"."""
    return dates_the_event(question, passage, _has_year)


def _only(holds: Callable[[str], bool]) -> Needs:
    """A check that looks at the passage alone."""
    return lambda question, asked, passage: holds(passage)


# "At what exact time…?", "on what precise date…?" ask what the plain wording asks ("what actual time" too, though
# only the first three ask for a clock time).
_EXACTLY = "exact|precise|specific"
_EXACT = rf"(?:(?:{_EXACTLY}|actual)\s+)?"
# (what the question asks, what the passage must then hold), most specific first: "how old" before "how".
_NEEDS: tuple[tuple[str, Needs], ...] = (
    (
        r"\bhow old\b|\bwhat age\b|\bage of\b|\b(?!(?:what|that|it|there|here|who)['’]s)\w+['’]s age\b(?!-)|"
        r"\bqu[eé] edad\b|\bcu[aá]ntos a[nñ]os (?:tiene|ten[ií]a)\b",
        _age_of_the_subject,
    ),
    (rf"\b(?:what|which) {_EXACT}year\b|\bqu[eé] año\b", _year_of_the_event),
    (rf"\b(?:what|which) {_EXACT}month\b|\bqu[eé] mes\b", lambda q, asked, p: dates_the_event(q, p, _has_month_or_day)),
    # "What date was the election…?", "what day exactly did…", "the date of…", "when exactly…": a time finer than "in
    # January" or "last year".
    (
        rf"\b(?:what|which) {_EXACT}(?:date|day)\b(?! of the week)|\bthe {_EXACT}date of\b|\bqu[eé] (?:d[ií]a|fecha)\b"
        rf"|^\W*(?:the\s+)?(?:{_EXACTLY})\s+(?:date|day)\b"  # "exact date maduro was sworn in?"
        r"|\bwhen exactly\b|\bexactly when\b|\bcu[aá]ndo exactamente\b",
        lambda question, asked, passage: dates_the_event(question, passage, _has_a_date),
    ),
    # "How many years…" is answered by a number of years, or by dates: "since 2013", not "for over a year".
    (
        r"\bhow many (?P<unit>years|months|weeks|days|hours|minutes)\b|"
        r"\bcu[aá]nt[oa]s (?P<unidad>años|meses|semanas|d[ií]as|horas|minutos)\b",
        span_in_the_unit,
    ),
    # "How long did López stay in the Spanish embassy?" ("¿Cuánto tiempo se quedó…?") is not answered by "another
    # political ally has been holed up for over a year": the span must be said of the asked event, as a when-question's
    # time is. "How long ago" and "how long since" ("hace cuánto", "desde") are answered by a date.
    (
        r"\b(?:how long|how much time)\b(?!\s+ago)(?![^?]*\bsince\b)|\bcu[aá]nto (?:dur[oó]|dura|duraba|duraron)\b|"
        r"(?<!\bhace )\bcu[aá]nto tiempo\b(?![^?]*\bdesde\b)",
        span_of_the_event,
    ),
    # "How much time" and "cuánto tiempo" reach here only with "ago", "since", "hace" or "desde" (a span is above).
    (
        r"\bhow many times\b|\bhow much time\b|\bcu[aá]ntas veces\b|\bcu[aá]nto tiempo\b|\bhace cu[aá]nto\b",
        _only(has_number),
    ),
    # "How many of the troops were officers?" asks for a part of a whole: "25 troops applied for asylum" counts the
    # whole; "half of them", "3 of the 25", "most" tell a part.
    (PART_ASKED, lambda question, asked, passage: _count_for(question, asked, passage) and tells_a_part(passage)),
    (
        r"\bhow (?:many|much)\b|\bcu[aá]nt[oa]s?\b|\bwhat (?:percentage|share|proportion|number)\b|"
        r"\b(?:death|casualty) toll\b|"
        r"^\W*(?:the\s+)?(?:(?:exact|total|precise|official|overall)\s+)?(?:number|count|figure)\s+of\b|"
        # "any figure for total arrests…?", "opposition seat count in the national assembly?"
        r"\bany\s+(?:(?:exact|total|precise|official|overall|rough)\s+)?(?:(?:figures?|numbers?|count|tally|estimates?)\s+"
        r"(?:for|on)|(?:figure|number|count|tally|estimate)\s+of)\b|"
        r"\b(?:seat|head|body|vote|crowd|troop|casualty|death|arrest)\s+(?:count|tally)\b",
        _count_for,
    ),
    (
        rf"\bwhat {_EXACT}time\b(?! (?:period|frame|span|zone|of (?:the )?year))|\bat what {_EXACT}hour\b|"
        r"\bqu[eé] hora\b",
        _hour_of_the_event,
    ),
    (rf"{WHEN_OPENING}|\bsince when\b|{_WHEN_ASKED_AFTER}", _time_of_the_event),
)


# Checks of what else the question asks for, each False when the passage cannot give it.
_CHECKS: tuple[Callable[[str, str], bool], ...] = (
    states_asked_attributes,
    names_the_attributes_owner,
    names_the_holder,
    names_the_body_of_the_post,
    locates_the_place,
    names_a_country_as_a_place,
    places_the_person,
    places_whom_it_names,
    explains_acronym,
    names_the_person,
    states_the_outcome,
    gives_the_name,
    names_a_place_in_the_region,
    quotes_the_speaker,
    names_an_outlet,
    tells_the_identity,
    names_whom_one_named,
    the_country_speaks,
    names_the_institution,
    names_the_priced_thing,
    names_the_relative,
    names_whom_the_reason_is_about,
    mentions_the_asked_place,
    names_the_asked_person,
    names_whom_it_asks_about,
    says_the_size,
    names_whom_it_was_said_about,
    counts_the_asked_kind,
    counts_the_asked_fate,
    counts_the_asked_irregulars,
    counts_in_the_asked_place,
    names_whose_count_is_asked,
    names_whose_sum_is_asked,
    tells_what_came_after,
    speaks_of_the_later_span,
    tells_the_reaction,
    names_the_doer,
    tells_a_time_ahead,
    holds_an_alternative,
)


def fits_answer_type(
    question: str, passage: str, written_in: int | None = None, article: Callable[[], str] | None = None
) -> bool:
    """False when the question asks for a date, a number, an age, a name, where a place is, a place within a
    region, what an acronym stands for, who a named person is, what a named person said, whether something
    eventually happened or another attribute (a spouse, a currency) and the passage has no wording for it, or when it
    names a year that the passage neither mentions nor was written in ("in 2024"). `article` gives the text of the
    passage's article, where a first name asked alone may find its surname."""
    if any(year not in passage and year != str(written_in) for year in re.findall(_YEAR, question)):
        return False
    if not all(check(question, passage) for check in _CHECKS) or not the_person_speaks(question, passage, article):
        return False
    reason = reason_opening_end(question)
    for asks, holds in _NEEDS:
        asked = re.search(asks, question, re.IGNORECASE)
        if asked and reason is not None and asked.start() >= reason:
            continue  # "why does it matter how many troops Russia sent?" asks for a reason, not a number
        if asked:
            # "The toll hasn't yet been reported" answers "how many died?" as honestly as a number does.
            return holds(question, asked, passage) or says_the_asked_is_unknown(question, passage)
    return True


def _shares_subject(question: str, asked: re.Match[str], passage: str) -> bool:
    """Whether the passage names anything the question names besides what it asks for ("how old is")."""
    rest = question[: asked.start()] + " " + question[asked.end() :]
    subject = set(lexical_terms(reader_text(rest))) if rest.strip() else set()
    return not subject or bool(subject & set(lexical_terms(passage)))
