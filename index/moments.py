"""When-questions: a time in a passage answers "when did X happen?" only if it is said of X. "On what date was
López moved to house arrest?" is not answered by "Detained in 2014 for leading…, Mr Lopez said he had been
released from house arrest": the year belongs to the detention, in a clause that names nothing the question asks.

A time is said of the asked event when the clause holding it shares a content word with the question (a name
counts: "Moïse was shot dead… on 7 July" answers "when was Moïse killed?"; a verb in any form, "spoke" for
"speak"), or when it stands beside such a clause in the same sentence as a plain time phrase ("In a Tuesday night
appearance on television, Maduro declared…"). A clause of its own, opening with a relative ("who arrived last
week"), a participle ("Detained in 2014") or a comparison ("as in the crisis of 1962"), says its time of
something else; and a relative clause that tells the asked event in passing, sharing most of the question's
words while the rest of its sentence shares at most one each, leaves that sentence's times to another event. A
clause speaking of "he", "it" or "they" also has the words of the sentence before. A passage sharing no word with
the question dates nothing it asks: "When was the nationwide blackout?" is not answered by Tuesday night's rallying
cry (leaving such passages to the reader, as until stop 61, answered no in-scope question of the development sets).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.chunking import sentence_spans
from index.countries import countries_in
from index.names import names_in, people_named
from index.outcomes import verb_family, verb_forms
from index.reader.gloss import reader_text
from index.text import WEEKDAY_NUMBERS, lexical_terms, words

# A colon between digits is a time of day ("17:00"), not a clause break.
# "…announced on January 23 that he was the acting president as Maduro had been re-elected last year": a clause
# opening with "as" and its subject is one of its own.
_CLAUSE_END = re.compile(r" ?(?:[,;()]|(?<!\d):(?!\d)| [–—-] ) ?|(?= as (?:(?-i:[A-Z])\w*|he|she|they|it|the)\b)")
_SHORT_CLAUSE = 4
# Words that ask for a time or speak of one: sharing them says nothing about which event is dated.
TIME_WORDS = frozenset(
    lexical_terms(
        "when date day exact exactly precisely time year month week hour first last next later earlier since ago "
        "now currently recently today yesterday tomorrow tonight morning afternoon evening night cuando fecha dia"
    )
)
# Words of size say which thing, not which event: "small arms" bought between 2005 and 2013 is no date of Russia's
# "small military force".
_SIZE_WORDS = frozenset(lexical_terms("small big large huge major minor little great tiny massive"))
# "It is unclear whether…" points back to nothing.
_PRONOUN = re.compile(
    r"\b(?:he|she|they|him|her|its|them|his|their)\b|\bit\b(?!\s+(?:is|was|'s|seems|remains)\s+\w+\s+(?:whether|that|to|if)\b)",
    re.IGNORECASE,
)
_OWN_CLAUSE = re.compile(
    r"^(?:who|whom|whose|which|where|while|when|and|but|as|after|before|like|unlike|similar to|"
    r"in a similar (?:manner|way)|much as|having|being|[A-Za-z]+ing\b|[A-Za-z]+ed (?:in|on|at|by|since|during)\b|"
    r"quien|que|donde|cuando|mientras|como|y|pero|[a-záéíóú]+[ai]d[oa]s? en\b)",
    re.IGNORECASE,
)


# A verb in the past ("locked", "jailed"): an act, whose near synonyms tell it too.
_PAST = re.compile(r"\b\w+ed\b", re.IGNORECASE)


@lru_cache(maxsize=512)  # the same question is checked against each passage read
def _event_terms(question: str) -> frozenset[str]:
    """The content words of `question` (its English gloss for Spanish) that name what it asks the time of, with
    every form of its verbs, and the near synonyms of those written in the past ("locked up" is told by "detained";
    the "arrest" of "house arrest" is no act)."""
    gloss = reader_text(question)
    terms = set(lexical_terms(gloss) + lexical_terms(question)) - TIME_WORDS - _SIZE_WORDS  # as typed too, for Spanish
    past = set(lexical_terms(" ".join(_PAST.findall(gloss)))) & terms
    return frozenset(terms.union(*map(verb_forms, terms - past), *map(verb_family, past)))


def sentence_clauses(passage: str) -> list[list[tuple[str, bool]]]:
    """The clauses of each sentence of `passage`, cut at commas, colons, semicolons, brackets and dashes (a piece
    too short to stand alone joins its neighbour), each with whether it opens a clause of its own."""
    sentences = []
    for start, end in sentence_spans(passage):
        clauses: list[tuple[str, bool]] = []
        carried = ""
        for piece in _CLAUSE_END.split(" ".join(passage[start:end].split())):
            clause = f"{carried} {piece}".strip()
            if len(clause.split()) <= _SHORT_CLAUSE:
                carried = clause
                continue
            clauses.append((clause, bool(_OWN_CLAUSE.match(piece.strip()))))
            carried = ""
        if carried:
            last, own = clauses[-1] if clauses else ("", False)
            clauses[-1:] = [(f"{last} {carried}".strip(), own)]
        sentences.append(clauses)
    return sentences


def _sentences(passage: str, asked: frozenset[str]) -> list[list[tuple[str, bool, int]]]:
    """The clauses of each sentence of `passage` (`sentence_clauses`), each with whether it opens a clause of its
    own and how many words it shares with `asked` (a clause speaking of "he" or "it" with the sentence before)."""
    sentences = []
    previous: set[str] = set()
    for clauses in sentence_clauses(passage):
        terms = [set(lexical_terms(clause)) for clause, _ in clauses]
        sentences.append(
            [
                (clause, own, len(asked & (words | previous if _PRONOUN.search(clause) else words)))
                for (clause, own), words in zip(clauses, terms, strict=True)
            ]
        )
        previous = set().union(*terms)
    return sentences


def dates_the_event(question: str, passage: str, has_time: Callable[[str], bool]) -> bool:
    """Whether some clause of `passage` holds a time (by `has_time`) said of what `question` asks about."""
    return _dates(_event_terms(question), question, passage, has_time)


def dates_the_act(question: str, passage: str, has_time: Callable[[str], bool]) -> bool:
    """Whether some clause of `passage` holds a time (by `has_time`) said of the act `question` asks about: a clause
    sharing only the people it names and the day ("what time did Guaido post the video on Tuesday?" against "Guaido
    issued a rallying cry… on Tuesday night") dates something else they did that day."""
    asked = _event_terms(question)
    return _dates(asked - _named_people_terms(question) - _DAY_NAMES or asked, question, passage, has_time)


def _named_people_terms(question: str) -> frozenset[str]:
    """The search terms of the people `question` names, by one capitalised word too ("guaido")."""
    return frozenset(lexical_terms(" ".join(people_named(question))))


def _dates(asked: frozenset[str], question: str, passage: str, has_time: Callable[[str], bool]) -> bool:
    """Whether some clause of `passage` holds a time said of the `asked` terms of `question`."""
    if not passage.strip():
        return False
    if not asked:
        return has_time(passage)  # "When?" alone names no event
    counted = _sentences(passage, asked)
    if not any(shared for clauses in counted for _, _, shared in clauses):
        return False
    return (
        _a_clause_dates_it(counted, has_time)
        and not _told_undated(question, passage, has_time)
        and not _dated_only_through_countries(question, passage, has_time)
    )


def _a_clause_dates_it(counted: list[list[tuple[str, bool, int]]], has_time: Callable[[str], bool]) -> bool:
    """Whether a clause naming the event (or a plain time phrase beside one) holds a time, of the `counted` clauses
    of each sentence (`_sentences`)."""
    sentences = [_told_aside(clauses) for clauses in counted]
    return any(
        (shared or (not own and _beside_the_event(clauses, i))) and has_time(clause)
        for clauses in sentences
        for i, (clause, own, shared) in enumerate(clauses)
    )


def _dated_only_through_countries(question: str, passage: str, has_time: Callable[[str], bool]) -> bool:
    """Whether every clause dating what `question` asks about shares only countries with it (their names, people or
    capitals): nearly every report names Venezuela, so "When did Russia send its military to Venezuela?" is not
    answered by "Maduro on Tuesday attempted to flee Venezuela…, prevented… by the Russians, who have a small military
    force in the country". Questions naming no country, or nothing else, are left as they are."""
    terms = _event_terms(question)
    countries = _country_terms(question) & terms
    others = terms - countries
    if not countries or not others:
        return False
    return not _a_clause_dates_it(_sentences(passage, frozenset(others)), has_time)


@lru_cache(maxsize=512)  # read again for each passage of the question
def _country_terms(question: str) -> frozenset[str]:
    """The search terms of the countries, peoples and capitals `question` names ("russian", "venezuela")."""
    return frozenset(term for word in words(question) if countries_in(word) for term in lexical_terms(word))


@lru_cache(maxsize=512)  # read again for each passage of the question
def _people_terms(question: str) -> frozenset[str]:
    """The search terms of the people `question` names ("emmerson", "mnangagwa")."""
    return frozenset(lexical_terms(" ".join(names_in(question))))


# "The country" of a question, standing for the one every report is about ("nation" would be "National Assembly").
_A_COUNTRY = frozenset(lexical_terms("country countries país países"))
# "Later" or "recently" alone dates nothing: "They later moved to the Spanish embassy."
_VAGUE_TIME = re.compile(r"\b(?:later|earlier|recently|now|currently|después|antes)\b", re.IGNORECASE)
_TOLD_BY_AT_LEAST = 2
_DAY_NAMES = frozenset(lexical_terms(" ".join(WEEKDAY_NUMBERS)))


def _told_undated(question: str, passage: str, has_time: Callable[[str], bool]) -> bool:
    """Whether the clause sharing the most words with `question`, besides the names of the people it asks about
    (at least two: "moved", "Spanish embassy"), tells the event in a sentence holding no time (a bare "later" is
    none): the times elsewhere are of something else. "When did Lopez leave the Spanish embassy?" is not answered
    by "Later on Tuesday, Mr Lopez… sought refuge in the Chilean ambassador's residence… They later moved to the
    Spanish embassy." A person's name is one subject of many clauses, so it does not say where the event is told;
    nor does "the country" ("…assume an interim presidency in January… He has the support from about 50 countries"
    dates when Guaido proclaimed himself the country's interim leader)."""
    counted = _sentences(passage, _event_terms(question) - _people_terms(question) - _A_COUNTRY)
    most = max((shared for clauses in counted for _, _, shared in clauses), default=0)
    if most < _TOLD_BY_AT_LEAST:
        return False
    return not any(
        any(has_time(_VAGUE_TIME.sub("", clause)) for clause, _, _ in clauses)
        for clauses in counted
        if any(shared == most for _, _, shared in clauses)
    )


# A relative clause: "Guaido, who heads the National Assembly, announced…", "…the crisis, which saw…".
_RELATIVE = re.compile(r"^(?:who|whom|whose|which|where|quien|quienes|donde)\b", re.IGNORECASE)
# One about someone, which may tell an event in passing beside another act of theirs.
_RELATIVE_OF_SOMEONE = re.compile(r"^(?:who|whom|whose|quien|quienes)\b", re.IGNORECASE)


def _told_aside(clauses: list[tuple[str, bool, int]]) -> list[tuple[str, bool, bool]]:
    """Each clause with whether it names the asked event. When a relative clause about someone alone shares most of
    the question's words and every other clause of the sentence at most one (a name, a stray word), the event is told
    there, in passing, and the rest of the sentence speaks of something else: "since Guaido, who heads the National
    Assembly, announced on January 23…" does not date his election to its head. A relative clause about a thing
    describes the thing told before it ("the 1962 Cuban Missile Crisis - which saw… missiles installed in Cuba")."""
    counts = sorted((shared for _, _, shared in clauses), reverse=True)
    most, runner_up = counts[0], (counts[1] if len(counts) > 1 else 0)
    told_aside = runner_up <= 1 < most and any(
        shared == most and _RELATIVE_OF_SOMEONE.match(clause) for clause, _, shared in clauses
    )
    return [(clause, own, shared == most if told_aside else shared > 0) for clause, own, shared in clauses]


def _beside_the_event(clauses: list[tuple[str, bool, bool]], at: int) -> bool:
    """Whether a neighbour of clause `at`, in the same sentence and no clause of its own, names the asked event."""
    neighbours = clauses[max(at - 1, 0) : at] + clauses[at + 1 : at + 2]
    return any(shared and not own for _, own, shared in neighbours)


def spans_the_event(question: str, passage: str, has_span: Callable[[str], bool]) -> bool:
    """Whether a sentence of `passage` telling what `question` asks about holds a span of time (by `has_span`) said
    of it. A clause of its own ("…, where another political ally has been holed up for over a year") speaks of
    someone else when the question asks about a person the passage names elsewhere in the sentence ("How long did
    Lopez stay…?" beside "Mr Lopez and his family sought refuge…"); asked of no one named ("how long has the other
    ally been hiding at the residence?"), it may give the span. "…Guaido… released a three minute video" gives one of
    what the question calls a clip."""
    if not passage.strip():
        return False
    counted = _sentences(passage, _event_terms(question))
    if not any(shared for clauses in counted for _, _, shared in clauses):
        return has_span(passage)
    people = _people_asked_about(question, passage)
    return any(
        any(shared for _, _, shared in clauses)
        and any(
            has_span(clause) and _of_the_asked(clause, own, shared, clauses, people) for clause, own, shared in clauses
        )
        for clauses in counted
    )


def _of_the_asked(clause: str, own: bool, shared: int, clauses: list[tuple[str, bool, int]], people: set[str]) -> bool:
    """Whether `clause`, one of a sentence's `clauses`, speaks of what the question asks about: a clause of its own
    does when it names the `people` asked about, shares a word with the question or the sentence names none of them,
    and is no participle sharing nothing ("…, following a day of violent clashes" is no span of Maduro's address); a
    relative clause never does when another clause of the sentence names them ("…, where another ally…")."""
    if not own or _names_any(clause, people):
        return True
    elsewhere = any(_names_any(other, people) for other, _, _ in clauses)
    if _RELATIVE.match(clause) and elsewhere:
        return False
    return bool(shared) or not (elsewhere or _PARTICIPLE.match(clause))


_PARTICIPLE = re.compile(r"^[A-Za-z]+ing\b", re.IGNORECASE)


def _names_any(text: str, people: set[str]) -> bool:
    return bool(people & set(words(text)))


def _people_asked_about(question: str, passage: str) -> set[str]:
    """The folded words of people named in `passage` that `question` asks about, not as someone's ("Lopez's ally")."""
    owners = set(words(" ".join(re.findall(r"(\w+)['’]s\b", question))))
    # not those of a clause about something else: "…in the Chilean residence where Lopez went?"
    main = re.sub(r"\b(?:where|who|whom|that|which|donde|quien|que)\b[^?,;]*", " ", question, flags=re.IGNORECASE)
    named = {word for name in names_in(passage) for word in words(name) if len(word) > 2}
    return (set(words(main)) - owners) & named
