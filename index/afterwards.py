"""What came after an event ("Where did López go after leaving the Spanish embassy?"): a passage that tells the
event as its last word on the subject tells nothing after it. "…They later moved to the Spanish embassy. There
were also reports that 25 troops… fled to Brazil's diplomatic mission." ends López's story at the embassy.

The event is told in the clause sharing the most words with what follows "after" (at least two). A passage may
still tell what came next when that clause opens with "after" or "when" itself ("After his release…, he sought
refuge"), when another clause follows it in its sentence, or when a later sentence speaks of "he" or "they" or
shares a word with the rest of the question; the reader judges those.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.moments import sentence_clauses
from index.reader.gloss import reader_text
from index.text import THIRD_PERSON, lexical_terms

# "after", "once", and the gloss of "después de" or "tras"; not "named after".
_AFTER = re.compile(r"(?<!\bnamed )\b(?:after|once|despu[eé]s de(?: que)?|tras)\s+(?P<event>[^?,;]+)", re.IGNORECASE)
# "which senator went after CNN" attacked it; "where did he go after the embassy", "went after leaving" ask what next.
_WENT = re.compile(r"\bwent\s+$", re.IGNORECASE)
_ASKS_WHERE = re.compile(r"^\W*where\b", re.IGNORECASE)
# The event told as what came before something else: "After his release…", "…released, then…".
_TOLD_AS_BEFORE = re.compile(r"\b(?:after|following|once|when|then|since|tras|despu[eé]s)\b", re.IGNORECASE)
# Words of asking what came next, which a later sentence need not share.
_ASKING = frozenset(lexical_terms("happen happened go went ever"))
_TOLD_BY_AT_LEAST = 2


@lru_cache(maxsize=512)  # the same question is checked against each passage read
def _asked_after(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words of the event `question` asks what came after, and its other words; None if it asks no such thing."""
    gloss = reader_text(question)
    after = _AFTER.search(gloss)
    if not after or (
        _WENT.search(gloss[: after.start()])
        and not _ASKS_WHERE.match(gloss)
        and not re.match(r"\w+ing\b", after["event"])
    ):
        return None
    event = frozenset(lexical_terms(after["event"]))
    return event, frozenset(lexical_terms(gloss)) - event - _ASKING


def tells_what_came_after(question: str, passage: str) -> bool:
    """False when `question` asks what came after an event and `passage` tells that event last: in the last clause
    of a sentence, with no later sentence speaking of "he", "they" or what else the question names."""
    asked = _asked_after(question)
    if asked is None:
        return True
    event, subject = asked
    sentences = [
        [(clause, len(event & set(lexical_terms(clause)))) for clause, _ in s] for s in sentence_clauses(passage)
    ]
    most = max((shared for clauses in sentences for _, shared in clauses), default=0)
    if most < _TOLD_BY_AT_LEAST:
        return True
    at = max(i for i, clauses in enumerate(sentences) if any(shared == most for _, shared in clauses))
    clauses = sentences[at]
    last = max(j for j, (_, shared) in enumerate(clauses) if shared == most)
    if last + 1 < len(clauses) or _TOLD_AS_BEFORE.search(" ".join(clause for clause, _ in clauses[: last + 1])):
        return True
    later = [" ".join(clause for clause, _ in clauses) for clauses in sentences[at + 1 :]]
    return any(THIRD_PERSON.search(text) or subject & set(lexical_terms(text)) for text in later)
