"""A passage considered for a reply, and how it is told apart from a near repeat of another: the articles give
the same sentence or caption more than once, sometimes with a name added."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from index import ranking
from index.names import proper_names_in
from index.state import IndexState
from index.text import lexical_terms


@dataclass
class Candidate:
    """A passage considered for the reply: its row, ranking score, text and every place it stands."""

    row: int
    score: float
    text: str
    places: np.ndarray
    terms: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.terms = set(lexical_terms(self.text))

    def repeats(self, other: Candidate, state: IndexState) -> bool:
        """True when this passage overlaps `other` in its article or nearly repeats its words."""
        return self.overlaps(other, state) or ranking.overlap(other.terms, self.terms) >= ranking.NEAR_DUPLICATE_OVERLAP

    def says_more_than(self, other: Candidate, state: IndexState) -> bool:
        """True when this passage holds every word of `other` and more, or is `other` with someone's full name added
        and at most two other words changed, none a number, and every name of `other` kept ("the head of
        Venezuela's secret police – Manuel Ricardo Cristopher Figuera – wrote a letter" against "…the head of
        Venezuela's secret police penned a letter"), elsewhere in the articles."""
        if self.overlaps(other, state):
            return False
        if self.terms > other.terms:
            return True
        named = _name_terms(self.text, full_names_only=True) - other.terms
        added, dropped = self.terms - other.terms - named, other.terms - self.terms
        return (
            bool(named)
            and _name_terms(other.text) <= self.terms
            and len(added) <= _WORDS_BESIDE_A_NAME
            and len(dropped) <= _WORDS_BESIDE_A_NAME
            and not any(character.isdigit() for term in dropped for character in term)
        )

    def overlaps(self, other: Candidate, state: IndexState) -> bool:
        """True when this passage's first place shares characters with one of `other`'s places."""
        _, article, start, end = state.primary(self.row)
        return any(
            other_article == article and start < other_end and other_start < end
            for _, other_article, other_start, other_end in other.places
        )

    def on_subject(self, subject_terms: set[str]) -> bool:
        """True when the passage shares one of `subject_terms`, the question's content words (it mentions what is
        asked about)."""
        return bool(self.terms & subject_terms)


def _name_terms(text: str, full_names_only: bool = False) -> frozenset[str]:
    """The search terms of the names `text` gives, honorifics aside ("Mr Maduro" is "Maduro"); with
    `full_names_only`, of names of two words or more ("Manuel Ricardo Cristopher Figuera", not "Maduro")."""
    terms: set[str] = set()
    for name in proper_names_in(text):
        name_terms = [term for term in lexical_terms(name) if term not in _HONORIFICS]
        if len(name_terms) >= 2 or not full_names_only:
            terms.update(name_terms)
    return frozenset(terms)


_HONORIFICS = frozenset(lexical_terms("Mr Mrs Ms Dr"))
# How many words a repeat that adds a name may change besides it ("wrote" for "penned", "on Tuesday").
_WORDS_BESIDE_A_NAME = 2
