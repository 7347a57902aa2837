"""Who somebody is: "who is Simón Bolívar?" is answered only by a passage that names him.

A question asking who a named person is cannot be answered by a passage that never names that person: "who was
simon bolivar" is not answered by "the Bolivarian National Guard", nor "¿Quién es Leopoldo López?" by a report
that only names his wife. The name is matched as whole words, accents folded, so "Guaido" finds "Guaidó".
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.holders import role_word_families
from index.text import ENGLISH_STOPWORDS, SPANISH_STOPWORDS, fold, lexical_terms

_WHO_IS = re.compile(
    r"^\W*(?:who|qui[eé]n)(?:\s+(?:is|was|'s|es|era|fue)|['’]s)\s+(?P<who>[^?¿!.,;:]+?)\W*$", re.IGNORECASE
)
_MOST_WORDS = 4
_NOT_A_NAME = frozenset({"behind", "responsible", "charge", "leading", "running", "now", "currently", "today"})


@lru_cache(maxsize=256)
def person_asked_about(question: str) -> tuple[str, ...]:
    """The folded words of the person `question` asks about ("who is Juan Guaidó" -> ("juan", "guaido")), or ()
    when it asks something else (a role, "who is the president of Chile"; a description, "who is behind it")."""
    asked = _WHO_IS.match(question)
    if not asked:
        return ()
    words = fold(asked.group("who")).split()
    roles = role_word_families()
    if not 0 < len(words) <= _MOST_WORDS:
        return ()
    for word in words:
        if (
            word in ENGLISH_STOPWORDS
            or word in SPANISH_STOPWORDS
            or word in _NOT_A_NAME
            or "'" in word
            or not word.isalpha()
            or any(term in roles for term in lexical_terms(word))
        ):
            return ()
    return tuple(words)


def names_the_person(question: str, passage: str) -> bool:
    """False when `question` asks who a named person is and `passage` names none of that person's names."""
    names = person_asked_about(question)
    if not names:
        return True
    found = set(re.findall(r"\w+", fold(passage)))
    family = names[1:] or names  # "Simon" alone is somebody else: "who was Simon Bolivar" needs "Bolivar"
    return any(name in found for name in family)
