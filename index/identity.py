"""Who somebody is: "who is Simón Bolívar?" is answered only by a passage that names him.

A question asking who a named person is cannot be answered by a passage that never names that person: "who was
simon bolivar" is not answered by "the Bolivarian National Guard", nor "¿Quién es Leopoldo López?" by a report
that only names his wife. Any one of the asked names will do, as whole words with accents folded ("Guaido" finds
"Guaidó", "Padrino" is enough for "padrino lopez"), since a wrong decline costs more than a wrong reading.
What only looks like a name is left alone: "who was arrested", "who is winning", "who is vp".
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.holders import role_word_families
from index.text import ENGLISH_STOPWORDS, SPANISH_STOPWORDS, fold, lexical_terms, word_set

_WHO_IS = re.compile(
    r"^\W*(?:who|qui[eé]n)(?:\s+(?:is|was|'s|es|era|fue)|['’]s)\s+(?P<who>[^?¿!.,;:]+?)\W*$", re.IGNORECASE
)
_MOST_WORDS = 4
# Words that describe rather than name, and everyday titles and kin that the role table does not hold.
_NOT_A_NAME = word_set(
    """
    behind charge now currently today really exactly actually lol tho though anyway again there here
    vp ceo boss dictator successor predecessor dad mom father mother wife husband son daughter brother sister
    uncle aunt cousin friend ally rival enemy winner loser guy man woman girl boy kid suspect victim hero
    hurt shot hit held caught taken seen given known left sent born beaten chosen sworn struck won lost thrown
    right wrong legitimate responsible guilty innocent legal illegal real true fake dead alive next first last
    vicepresidente vicepresidenta fiscal padre madre esposa esposo hijo hija hermano hermana amigo sucesor
    responsable culpable inocente legitimo verdadero muerto herido preso
    realmente exactamente ahora hoy
    """
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sr", "sra", "senor", "senora", "don", "dona"})
# In a question typed without capitals, a verb's form is no name: "who was arrested", "who is winning", "¿quién
# fue detenido?" ("guaidó" keeps its accent; "guaido" typed without it after "quién" is not checked).
_VERB_FORM = {"en": re.compile(r"(?:ed|ing)$"), "es": re.compile(r"(?:ad|id)[oa]s?$")}


@lru_cache(maxsize=256)
def person_asked_about(question: str) -> tuple[str, ...]:
    """The folded words of the person `question` asks about ("who is Juan Guaidó" -> ("juan", "guaido")), or ()
    when it asks something else (a role, "who is the president of Chile"; a description, "who is behind it")."""
    asked = _WHO_IS.match(question)
    if not asked or not 0 < len(asked.group("who").split()) <= _MOST_WORDS:
        return ()
    typed = asked.group("who").split()
    if _uses_capitals(question):
        if not all(word[0].isupper() for word in typed):
            return ()  # "Who was arrested in Caracas?": where names are capitalised, a lower-case word is no name
    elif any(_verb_form(question).search(word.lower()) for word in typed):
        return ()
    roles = role_word_families()
    words = [fold(word).rstrip(".") for word in typed]
    words = [word for word in words if word not in _HONORIFICS] if len(words) > 1 else words
    for word in words:
        if (
            word in ENGLISH_STOPWORDS
            or word in SPANISH_STOPWORDS
            or word in _NOT_A_NAME
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
    found = set(re.findall(r"[^\W\d_]+", fold(passage)))
    # "guaidos" is how "Guaidó's" is often typed
    return any(name in found or name.removesuffix("s") in found for name in names)


def _uses_capitals(question: str) -> bool:
    """Whether the question capitalises some words after its first, not all (in capitals or title case, every
    word is capitalised and none stands out as a name)."""
    later = [word for word in question.split()[1:] if word[:1].isalpha()]
    return any(word[:1].isupper() for word in later) and not all(word[:1].isupper() for word in later)


def _verb_form(question: str) -> re.Pattern[str]:
    """The endings of a verb's forms in the question's language."""
    return _VERB_FORM["es" if question.lstrip("¿¡ ").lower().startswith("qui") else "en"]
