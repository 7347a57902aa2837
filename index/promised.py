"""Whether a passage tells an act only as promised, threatened or planned ("he promised criminal prosecutions", "vowed
to arrest", "would be jailed"): such a passage does not tell that the act was done (`index/outcomes.py`)."""

from __future__ import annotations

import re

from index.text import word_stems

# Words before an act that tell it was only promised, threatened or planned: "he promised criminal prosecutions".
_ONLY_PROMISED = re.compile(
    r"^(?:promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|threat(?:en|ens|ened|ening)?|"
    r"demand(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|urg(?:e|es|ed|ing)|will|would|could|might|must|"
    r"should|shall)$",
    re.IGNORECASE,
)


def only_promised(passage: str, needed: frozenset[str]) -> bool:
    """Whether each of `passage`'s words of the `needed` act comes within three words after a promise, a threat, a
    plan or a modal, with no punctuation mark between ("promised criminal prosecutions", "vowed to arrest"), so that
    it tells no act done ("who had vowed to return, returned on Monday" tells one). `needed` holds the stems of every
    form of the act's verb and its near synonyms."""
    tokens = re.findall(r"[\w'’-]+|[,;:.!?–—()]", passage)
    stems = [next(iter(word_stems(token)), "") for token in tokens]
    acts = [at for at, stem in enumerate(stems) if stem in needed]
    return bool(acts) and all(_promised_before(tokens, at) for at in acts)


def _promised_before(tokens: list[str], at: int) -> bool:
    """Whether a promise or a modal stands within three words before `tokens[at]`, back to a punctuation mark."""
    for back in range(at - 1, max(-1, at - 4), -1):
        if not re.match(r"\w", tokens[back]):
            return False
        if _ONLY_PROMISED.match(tokens[back]):
            return True
    return False
