"""Someone's exact words ("What did Maduro actually say in his May Day rally speech?"): a passage gives them only if
it quotes that speaker, not another ("Juan Guaido issued a rallying cry… in which he urged people back on to the
streets… against Nicolas Maduro"). The speaker is named before the first words said or the first verb of saying,
or right after one ("…,' said Cabello"), or the passage names no one else and speaks of him as "he" (a letter's
paragraphs: "He lamented that…"). English questions only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.attributes import asked_attributes
from index.names import proper_names_in
from index.text import fold

_SPEAKER = re.compile(
    r"\b(?:did|does|has|had|will|would)\s+(?:(?:president|mr|ms|mrs|gen\.?|general)\s+)?"
    r"(?P<who>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+(?:\w+ly\s+|actually\s+|really\s+)?"
    r"(?:say|said|tell|tweet|write|declare|announce|claim)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_speaker(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The surname of the speaker whose exact words `question` asks for, folded, with the exact-words wording."""
    exact = next((attribute for attribute in asked_attributes(question) if attribute.name == "exact_words"), None)
    speaker = _SPEAKER.search(question) if exact else None
    if exact is None or speaker is None:
        return None
    return fold(speaker["who"].split()[-1].lower()), exact.needs


def quotes_the_speaker(question: str, passage: str) -> bool:
    """False when `question` asks for a named speaker's exact words and `passage` gives another's."""
    asked = _asked_speaker(question)
    if asked is None:
        return True
    surname, said = asked
    first = said.search(passage)
    if first is None:
        return True  # the exact-words row itself sets it aside
    folded = fold(passage.lower())
    if surname in fold(passage[: first.end()].lower()):
        return True
    after_a_verb = rf"\b(?:said|says|told|wrote|writes|tweeted|added|declared|according to)\s+(?:[\w.'’-]+\s+){{0,3}}"
    if re.search(after_a_verb + re.escape(surname), folded):
        return True
    return not any(fold(name.lower()).split()[-1] != surname for name in proper_names_in(passage))
