"""When-questions: a time in a passage answers "when did X happen?" only if it is said of X. "On what date was
López moved to house arrest?" is not answered by "Detained in 2014 for leading…, Mr Lopez said he had been
released from house arrest": the year belongs to the detention, in a clause that names nothing the question asks.

A time is said of the asked event when the clause holding it shares a content word with the question (a name
counts: "Moïse was shot dead… on 7 July" answers "when was Moïse killed?"). A clause too short to say anything
alone is read with its neighbour ("On July 9," with the clause after it, ", on 8 May." with the one before), and
a clause speaking of "he" or "they" with the sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.reader.gloss import reader_text
from index.text import lexical_terms

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE_END = re.compile(r"\s*(?:[,;:()]|\s[–—-]\s)\s*")
_SHORT_CLAUSE = 4
# Words that ask for a time or speak of one: sharing them says nothing about which event is dated.
_TIME_WORDS = frozenset(
    lexical_terms(
        "when date day exact exactly precisely time year month week hour first last next later earlier since ago "
        "now currently recently today yesterday tomorrow tonight morning afternoon evening night cuando fecha dia"
    )
)


@lru_cache(maxsize=512)  # the same question is checked against each passage read
def _event_terms(question: str) -> frozenset[str]:
    """The content words of `question` (its English gloss for Spanish) that name what it asks the time of."""
    return frozenset(lexical_terms(reader_text(question))) - _TIME_WORDS


def _clauses(passage: str) -> list[tuple[str, str]]:
    """`passage` cut at sentence ends and at commas, colons, semicolons, brackets and dashes, a short piece joined
    to its neighbour; each clause with the sentence before it, which a pronoun may point back to."""
    pieces: list[tuple[str, str]] = []
    previous = ""
    for sentence in _SENTENCE_END.split(passage):
        clauses: list[str] = []
        carried = ""
        for clause in _CLAUSE_END.split(sentence):
            clause = f"{carried} {clause}".strip()
            if len(clause.split()) <= _SHORT_CLAUSE:
                carried = clause
                continue
            clauses.append(clause)
            carried = ""
        if carried:
            clauses[-1:] = [f"{clauses[-1]} {carried}" if clauses else carried]
        pieces.extend((clause, previous) for clause in clauses)
        previous = sentence
    return pieces


_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|them|his|their)\b", re.IGNORECASE)


def _terms_of(clause: str, before: str) -> set[str]:
    """The content words of `clause`, and of the sentence before it when the clause speaks of "he" or "they"."""
    terms = set(lexical_terms(clause))
    if _PRONOUN.search(clause):
        terms |= set(lexical_terms(before))
    return terms


def dates_the_event(question: str, passage: str, has_time: Callable[[str], bool]) -> bool:
    """Whether some clause of `passage` holds a time (by `has_time`) and a content word of `question`; when no clause
    has any of its words, whether the passage holds a time."""
    asked = _event_terms(question)
    clauses = [(clause, asked & _terms_of(clause, before)) for clause, before in _clauses(passage)]
    if not any(shared for _, shared in clauses):
        return has_time(passage)  # the event told wholly in other words ("rise up" for "uprising"): the reader judges
    return any(shared and has_time(clause) for clause, shared in clauses)
