"""The question in a passage's own words, for the reader's second look at a passage it doubts.

The reader gives "The head of a medical centre… said doctors were treating 50 people" 0.01 for "how many patients
was the clinic near the fighting dealing with?" and "…the general's wife is currently outside the country" 0.09 for
"where's the spy chief's spouse right now?": it reads a synonym as another thing. Each content word of the question
that the passage lacks is replaced by the passage's word closest in meaning to it, when MiniLM, reading the two words
alone, puts them at least `SAME_MEANING` close (the cosine of their vectors: "spouse" and "wife" 0.85, "troops" and
"soldiers" 0.86); the reader then reads that wording too.
Names are never replaced, nor replace: a word of the question naming a country, a region or a given name, or a word
the passage only ever writes with a capital ("how much does venezuela owe china" is not "…owe Russia"). Nor is a word
the passage has in another form, by its stem or its first letters ("politician" beside "political ally").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence

import numpy as np

from index.countries import country_words
from index.regions import is_a_region
from index.text import BEGINNING, ENGLISH_STOPWORDS, word_stems, words
from index.unknown_names import given_names

# Replayed over the development records made at the start of stop 82 (the reader's chance for the reworded question
# on every passage read, for the near-domain questions declined and the in-scope ones declined): at 0.66, 23 in-scope
# questions answered again for 4 near-domain ones let through; at 0.68, 21 for 2 ("the chilean ambassador's house"
# read as an embassy's); at 0.7, 10 for none (docs/quality-history.md, stop 83).
SAME_MEANING = 0.68
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_CACHED_WORDS = 20_000  # about 30 MB of vectors; cleared when full


def _content_words(text: str) -> list[str]:
    return [word for word in _WORD.findall(text) if len(word) >= 3 and word.lower() not in ENGLISH_STOPWORDS]


def _is_a_name(word: str) -> bool:
    """Whether `word`, however typed, names a country, its people or capital, a region, or is a common given name."""
    return country_words([word])[0] is not None or is_a_region(word) or word.lower() in given_names()


class WordMeanings:
    """Vectors of single words from `encode` (a batch of texts → normalised rows), kept for later questions."""

    def __init__(self, encode: Callable[[Sequence[str]], np.ndarray]) -> None:
        self._encode = encode
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def vectors(self, words: Sequence[str]) -> np.ndarray:
        """One normalised row per word, shape (len(words), dim)."""
        with self._lock:
            new = [word for word in dict.fromkeys(words) if word not in self._vectors]
            if new:
                if len(self._vectors) + len(new) > _CACHED_WORDS:
                    self._vectors.clear()
                self._vectors.update(zip(new, self._encode(new), strict=True))
            return np.array([self._vectors[word] for word in words])


def in_passage_words(question: str, passage: str, meanings: WordMeanings) -> str:
    """`question` with each content word `passage` lacks replaced by the passage's word of the same meaning, if any;
    the question itself when nothing is replaced."""
    lower_case = sorted({word for word in _content_words(passage) if word.islower()})
    if not lower_case:
        return question
    in_passage = set(word_stems(passage.lower()))
    beginnings = {word[:BEGINNING] for word in words(passage)}
    lacking = [
        word
        for word in _content_words(question)
        if (word.islower() or question.startswith(word))
        and not _is_a_name(word)
        and not set(word_stems(word.lower())) & in_passage
        and word.lower()[:BEGINNING] not in beginnings  # "politician" beside "political" is no other word
    ]
    if not lacking:
        return question
    closeness = meanings.vectors([word.lower() for word in lacking]) @ meanings.vectors(lower_case).T
    reworded = question
    for word, row in zip(lacking, closeness, strict=True):
        best = int(np.argmax(row))
        if row[best] >= SAME_MEANING:
            reworded = re.sub(rf"\b{re.escape(word)}\b", lower_case[best], reworded, count=1)
    return reworded
