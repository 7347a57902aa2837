"""Whether a sentence telling an act tells it of the person asked about: "was Guaido arrested after the uprising?" is
not answered by "Detained in 2014…, Mr Lopez said he had been released from house arrest by security forces adhering
to an order from Mr Guaido", where the arrest is Lopez's and Guaido only gave an order."""

from __future__ import annotations

import re
from collections.abc import Set

from index.names import names_in
from index.text import THIRD_PERSON, word_stems, words

# Words between the act and whom it befell ("Maduro ordered the arrest of opposition leader Juan Guaido").
REACH = 8
# A name after these is no subject: "Presenting a surprising lack of confidence in Guaido, opposition supporters
# celebrated the release of Leopoldo Lopez from house arrest" tells no arrest of Guaido's.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|of|to|for|with|from|by|against|on|at|about|behind|toward|towards|than)\s+"
    r"(?:(?:the|a|an|Mr|Mrs|Ms|Dr|President|General|Gen\.?|opposition|leader|[a-z]+['’]s)\s+)*$",
)


def told_of(sentence: str, asked: Set[str], acts: Set[str]) -> bool:
    """Whether `sentence` may tell one of the `acts` (verb stems) of the person asked about (`asked`: the folded words
    of the question). Where it names them, they must be the first person it names ("Edgar Zambrano, … a close ally of
    Guaido, was arrested") or stand near the act; where it does not, it must speak of "he" or "they". A sentence whose
    act is told only across words (a phrasal verb) is taken as telling it of them."""
    tokens = words(sentence)
    named = names_in(sentence)
    people = [set(words(name)) for name in named]
    theirs = set().union(*(name for name in people if name & asked)) & asked
    if not theirs:
        return bool(THIRD_PERSON.search(sentence))
    acting = [at for at, token in enumerate(tokens) if acts & set(word_stems(token))]
    if not acting or (people[0] & asked and not _after_a_preposition(sentence, named[0])):
        return True
    return any(
        tokens[i] in theirs for at in acting for i in range(max(0, at - REACH), min(len(tokens), at + REACH + 1))
    )


def _after_a_preposition(sentence: str, name: str) -> bool:
    """Whether the first mention of `name` in `sentence` follows a preposition (with titles between)."""
    at = sentence.find(name)
    return at > 0 and bool(_PREPOSITION_BEFORE.search(sentence[:at]))
