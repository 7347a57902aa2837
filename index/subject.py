"""What a question is about, read from the passage closest to it: when retrieval's best passage is set aside (it speaks
of what the question asks about but lacks the asked detail), a lesser passage sharing none of the words the question
shares with it speaks of something else. "When did the small Russian military force first arrive?" beside "…the
Russians, who have a small military force in the country" is not answered by "Pompeo said Tuesday that Maduro had
intended to step down". Names, countries, times and numbers are left out of those words: they are shared by passages
about anything, and a person's name is no subject by itself. Only words both share count, at least two of them. A
person the closest passage names in apposition to those words is the one described: beside "Leopoldo Lopez, Mr
Guaido's political mentor", a passage about "Mr Lopez" speaks of "Guaido's political mentor".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from index.countries import countries_in
from index.moments import TIME_WORDS
from index.names import as_written, family_names, names_in, proper_names_in
from index.reader.gloss import reader_text
from index.text import BEGINNING, MONTHS_AND_DAYS, guess_language, lexical_terms, term_beginnings, words

_FEWEST_SHARED = 2
# Whose report is asked ("…according to the national security adviser") is no part of what the question is about.
_SOURCE = re.compile(r"\baccording to\b[^?,.;]*", re.IGNORECASE)


def off_the_subject(question: str, passages: Sequence[tuple[int, str]], set_aside: Collection[int]) -> set[int]:
    """The rows of `passages` (row, text; retrieval's order) sharing no word of the question's subject with the
    best one, when that one is among `set_aside`; none otherwise."""
    if not passages or passages[0][0] not in set_aside:
        return set()
    subject = _subject(question, passages[0][1])
    if len(subject) < _FEWEST_SHARED:
        return set()
    described = _described(question, passages[0][1], subject)
    return {
        row for row, text in passages[1:] if not subject & term_beginnings(text) and not described & set(words(text))
    }


# Characters of an apposition beside a name: "Leopoldo Lopez, Mr Guaido's political mentor and".
_BESIDE = 40
_APPOSITION_AFTER = re.compile(r"^\s*[,–—(]")
_APPOSITION_BEFORE = re.compile(r"[,–—(]\s*$")


def _described(question: str, best: str, subject: set[str]) -> set[str]:
    """The family names of the people the `best` passage names in apposition to the `subject` words, who are what the
    question describes: "Guaido's political mentor" is "Leopoldo Lopez, Mr Guaido's political mentor", and a passage
    about "Mr Lopez" speaks of him; not an owner ("Mr Maduro's defence minister and head of the supreme court")."""
    asked = set(words(question))
    beside = set()
    for name in names_in(best):
        for found in re.finditer(as_written(name), best):
            after = best[found.end() : found.end() + _BESIDE]
            before = best[max(0, found.start() - _BESIDE) : found.start()]
            if (_APPOSITION_AFTER.match(after) and subject & term_beginnings(after)) or (
                _APPOSITION_BEFORE.search(before) and subject & term_beginnings(before)
            ):
                beside |= family_names(name) - asked
    return beside


def _subject(question: str, best: str) -> set[str]:
    """The search terms `question` shares with the `best` passage, but for names, countries, times and numbers."""
    text = _SOURCE.sub(" ", reader_text(question) if guess_language(question) == "es" else question)
    named = (
        proper_names_in(best) + proper_names_in(text) + names_in(text) + sorted(countries_in(text) | countries_in(best))
    )
    shared = set(lexical_terms(text)) & set(lexical_terms(best))
    times = TIME_WORDS | set(lexical_terms(" ".join(MONTHS_AND_DAYS)))
    subject = shared - times - set(lexical_terms(" ".join(named)))
    return {term[:BEGINNING] for term in subject if not term.isdigit()}
