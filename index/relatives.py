"""Questions about someone's relative ("why is Figuera's wife outside the country?"): where one passage read speaks
of a relative ("the general's wife is currently outside the country"), the articles do speak of her, and a passage
about the man alone ("Figuera wrote a letter… to 'rebuild the country'") says nothing of her.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_RELATIVE = (
    r"wife|wives|husband|spouse|sons?|daughters?|children|kids|mother|father|parents|brothers?|sisters?|"
    r"family|families|widow|relatives?"
)
# "Figuera's wife", "his family", "la esposa de Figuera", "su familia".
_ASKED = re.compile(
    rf"(?:\w['’]s|\bhis|\bher|\btheir) (?:{_RELATIVE})\b|"
    r"\b(?:la|el|los|las|su|sus) (?:esposa|esposo|marido|hij[oa]s?|madre|padres?|herman[oa]s?|familia|viuda)\b",
    re.IGNORECASE,
)
_MENTION = re.compile(rf"\b(?:{_RELATIVE})\b", re.IGNORECASE)


def unmentioned_relative(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that mention no relative, when `question` asks about someone's relative
    and another of them mentions one."""
    if not _ASKED.search(question):
        return set()
    passages = list(passages)
    if not any(_MENTION.search(text) for _, text in passages):
        return set()
    return {row for row, text in passages if not _MENTION.search(text)}
