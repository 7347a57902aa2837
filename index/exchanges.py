"""How a call or a meeting between two named people went ("What did Pompeo and Lavrov agree on during their phone
call?", "how did the pompeo lavrov call go?"): a passage naming the two together only in what was due to happen
("Pompeo was due to speak with his Russian counterpart, Foreign Minister Sergei Lavrov, on Wednesday") does not say,
nor does a passage never naming them together ("Russia's foreign ministry said Pompeo's claim was fake news"). A
question about the plan itself ("who was Pompeo due to talk to?") is left to the reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.chunking import sentence_spans
from index.countries import countries_in
from index.days import FUTURE
from index.text import ENGLISH_STOPWORDS, MONTH_NUMBERS, SPANISH_STOPWORDS, WEEKDAY_NUMBERS, fold

# The exchange asked about: a call, a meeting, talks, or what its sides agreed on or said to each other.
_EXCHANGE = re.compile(
    r"\b(?:the|their|a|phone|telephone|[\w’-]+['’]s)\s+(?:[\w’-]+\s+){0,2}?call\b(?!\s+(?:on|for|to|them\w*|him\w*|her\w*|it|us|me|you|out|off|up)\b)|"
    r"\b(?:conversation|meeting|talks|discussion|conversaci[oó]n|llamada|reuni[oó]n)\b|"
    r"\bagreed? (?:on|to)\b|\bacordaron\b|\bhablaron\b|\b(?:spoke|talked|met) (?:with|to)\b",
    re.IGNORECASE,
)
# Asked as done ("did… produce", "how did… go", "¿qué le respondió…?"), not as planned ("was due to", "would").
_DONE = re.compile(
    r"\b(?:did|was|were|agreed|went|go|came|produced?|happened|result\w*|acordaron|pas[oó]|respondi[oó]|dijo)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:due|supposed|meant to|slated|set to|plann?\w*|schedul\w*|expect\w*|going to|will|would|deb[ií]a\w*|iba|"
    r"programad\w*)\b",
    re.IGNORECASE,
)
_CAPITALISED_RUN = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w’'-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]+)*")
_NOT_NAMES = frozenset({*MONTH_NUMBERS, *WEEKDAY_NUMBERS, *ENGLISH_STOPWORDS, *SPANISH_STOPWORDS})


def without_the_exchange(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that cannot say how the call or meeting `question` asks about went: the two
    people it names appear together only in what was due to happen, or never."""
    passages = list(passages)
    if not _EXCHANGE.search(question) or not _DONE.search(question) or _PLANNED.search(question):
        return set()
    asked = set(re.findall(r"[^\W\d_]{3,}", fold(question.lower()))) - _NOT_NAMES
    if len(_people(asked, (text for _, text in passages))) < 2:
        return set()
    lacking = set()
    for row, text in passages:
        sentences = [text[start:end] for start, end in sentence_spans(text)]
        together = [sentence for sentence in sentences if len(_people(asked, [sentence])) >= 2]
        if not together or all(FUTURE.search(sentence) for sentence in together):
            lacking.add(row)
    return lacking


def _people(asked: set[str], texts: Iterable[str]) -> set[frozenset[str]]:
    """The people `texts` name with the question's words: each run of capitalised words ("Sergei Lavrov") is one,
    by the asked words it holds; not a country."""
    found = set()
    for text in texts:
        for run in _CAPITALISED_RUN.finditer(text):
            words = frozenset(fold(word.lower()) for word in re.findall(r"[^\W\d_]+", run.group())) & asked
            if words and not countries_in(run.group()):
                found.add(words)
    return _merged(found)


def _merged(groups: set[frozenset[str]]) -> set[frozenset[str]]:
    """Runs sharing a word are one person ("Sergei Lavrov" and "Lavrov")."""
    merged: list[set[str]] = []
    for group in groups:
        overlapping = [known for known in merged if known & group]
        union = set(group).union(*overlapping)
        merged = [known for known in merged if not known & group] + [union]
    return {frozenset(person) for person in merged}
