"""How the articles write the words a question types, looked up in a few passages as a question needs them and
remembered: the names they use ("guaido" → "Guaido"), whether they write a word in lower case ("liberty"), and whether
they name a model's designation ("S-300"). Nothing here reads every article: in a large index that took minutes."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

import numpy as np

from index.lexical import LexicalIndex
from index.text import lexical_terms
from index.timeline.entities import EntityIndex
from index.truecase import name_spellings, written_in_lower_case
from index.unknown_names import designations_in

# How many passages holding a word are read to see whether any writes it in lower case: enough to find a common
# word's lower-case use, few enough to read in a few milliseconds in a large index.
PASSAGES_READ = 300
# A model's designation is looked for in the passages holding its number, when they are this few or fewer.
DESIGNATION_PASSAGES_READ = 2000


class WordsInUse:
    """Look-ups of one index's words, each made once."""

    def __init__(self, entities: EntityIndex, lexical: LexicalIndex, passage_text: Callable[[int], str]) -> None:
        self._entities, self._lexical, self._passage_text = entities, lexical, passage_text
        self._lower_case: dict[str, bool] = {}
        self._designations: dict[str, bool] = {}

    @cached_property
    def name_spellings(self) -> dict[str, str]:
        """The words of the articles' names as they write them, by their lower case ("guaido" → "Guaido")."""
        entities = self._entities
        return name_spellings(entities.display.get(key, key) for key in entities.counts)

    def written_in_lower_case(self, word: str) -> bool:
        """Whether the passages holding `word` (the first few hundred) ever write it in lower case ("liberty")."""
        if word not in self._lower_case:
            term = next(iter(lexical_terms(word)), word)
            rows = self._lexical.rows_holding(term)[:PASSAGES_READ]
            self._lower_case[word] = written_in_lower_case(word, map(self._text, rows))
        return self._lower_case[word]

    def has_designation(self, designation: str) -> bool:
        """Whether a passage names a model's designation ("s300" for "S-300"), by the passages holding its number;
        when too many hold the number to read them all, it is taken as named."""
        if designation not in self._designations:
            number = re.sub(r"^\D+", "", designation)  # "S-300s" is held as "300s", "G20" as "g20"
            lexical = self._lexical
            rows = np.union1d(
                np.union1d(lexical.rows_holding(number), lexical.rows_holding(f"{number}s")),
                lexical.rows_holding(designation),
            )
            self._designations[designation] = len(rows) > DESIGNATION_PASSAGES_READ or any(
                designation in designations_in(text) for text in map(self._text, rows)
            )
        return self._designations[designation]

    def _text(self, row: np.integer) -> str:
        return self._passage_text(int(row))
