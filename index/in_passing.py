"""Why something happened, where the articles tell it only in passing ("Why did the opposition boycott the
election?" against "…sworn in for a second term following elections boycotted by the opposition and considered
illegitimate…"): a passage telling the act only as a participle after its noun ("elections boycotted by…"), with no
cause right after it, gives no reason for it; and beside such a passage, one never telling the act at all gives none
either (the headline "Maduro Declares Victory Over 'Attempted Coup'" is about something else). An allegiance is told
the same way ("forces loyal to President Nicolas Maduro", "…which has largely remained loyal to Maduro, drove at
protesters"): with no cause right after it, it says whom they back, not why.

The act is any word of the question, people's names aside, that the participle spells (by its first letters:
"boycott" and "boycotted"); asked in English ("why…", "…, but why did they…", "the reason for…") or in Spanish
(read in its English gloss).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from index.names import names_in
from index.reader.gloss import reader_text
from index.text import guess_language, lexical_terms, reason_opening_end

# "…, but why did they boycott it?", "What was the opposition's reason for boycotting…?"
_ASKS_A_REASON_LATER = re.compile(
    r"[,.;:?!]\s*(?:but\s+|and\s+|so\s+)?why\s+(?:did|do|does|was|were|is|are|has|have|had)\b|\breasons?\s+(?:for|behind)\b",
    re.IGNORECASE,
)
# A participle after its noun with its agent: "elections boycotted by the opposition"; an allegiance told after a word
# with no cause after it ("forces loyal to President Nicolas Maduro", "…which has largely remained loyal to Maduro,
# drove at protesters") says whom they back, not why.
_TOLD_AFTER_ITS_NOUN = re.compile(
    r"\b(\w+)\s+(\w+ed\s+by|(?:loyal|faithful|opposed|allied)\s+(?:to|with))\b", re.IGNORECASE
)
_NOT_A_NOUN = frozenset("was were is are been be being get got gets had has have".split())
# A cause right after the participle: "…boycotted by the opposition in protest at…", "…because…".
_CAUSE = re.compile(
    r"\b(?:because|in protest|protest\w*|over|citing|amid|after|due to|owing to|as|since|for \w+ing|to [a-z]+)\b",
    re.IGNORECASE,
)
_CAUSE_REACH = 70
_SHORTEST = 4


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_words(question: str) -> frozenset[str]:
    """The search terms of `question`, people's names aside, when it asks why something happened; none otherwise."""
    text = reader_text(question) if guess_language(question) == "es" else question
    if reason_opening_end(text) is None and not _ASKS_A_REASON_LATER.search(text):
        return frozenset()
    return frozenset(term for term in lexical_terms(text) if len(term) >= _SHORTEST) - set(
        lexical_terms(" ".join(names_in(text)))
    )


def _spells(word: str, asked: frozenset[str]) -> set[str]:
    """The asked terms that `word` spells, by their first letters ("boycotted" spells "boycott")."""
    word = word.lower()
    return {term for term in asked if word.startswith(term[: max(_SHORTEST, len(term) - 1)])}


def told_only_in_passing(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that give no reason for the act `question` asks the reason of: those
    telling it only as a participle after its noun, with no cause after, and beside one of those, those never
    telling it at all."""
    asked = _asked_words(question)
    if not asked:
        return set()
    passages = list(passages)
    spelt = {row: [_spells(word, asked) for word in re.findall(r"\w+", text)] for row, text in passages}
    in_passing, acts = set(), set()
    for row, text in passages:
        participles = [
            found
            for found in _TOLD_AFTER_ITS_NOUN.finditer(text)
            if found.group(1).lower() not in _NOT_A_NOUN and _spells(found.group(2), asked)
        ]
        if not participles:
            continue
        told = set().union(*(_spells(found.group(2), asked) for found in participles))
        # The act told elsewhere in the passage too ("they boycotted it because…") may carry its reason there.
        mentions = [terms for terms in spelt[row] if terms & told]
        caused = any(
            _CAUSE.search(text[found.end() : found.end() + _CAUSE_REACH].split(".")[0]) for found in participles
        )
        if len(mentions) == len(participles) and not caused:
            in_passing.add(row)
            acts |= told
    if not in_passing:
        return set()
    never_told = {row for row, _ in passages if not any(terms & acts for terms in spelt[row])}
    return in_passing | never_told
