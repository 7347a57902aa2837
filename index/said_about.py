"""What was said about someone or something ("What did Cabello say about Leopoldo Lopez's release?", "what did padrino
lopez say about the sebin chief defecting", "¿Qué dijo Cabello sobre la carta de Cristopher Figuera?"): a passage
gives it only if it names the person named in full in the topic, or the acronym the topic names ("SEBIN"), a body
with no other name in the articles."""

from __future__ import annotations

import re
from functools import lru_cache

from index.countries import countries_in
from index.names import family_names, names_in
from index.person_said import QUE_DIJO, WHAT_DID_SAY, name_words, not_a_name
from index.text import fold, holds_any_word

# "What did Cabello say about Leopoldo Lopez's release?": what was said about a named person needs that person named.
_SAID_ABOUT = re.compile(
    r"^\W*(?:so\s+)?(?:what|wat)\s+(?:did|does|has|had)\s+[^?]{1,60}?\s+(?:say|said|tell|tweet|write|claim|think|"
    r"announce)\s+(?:\w+\s+){0,2}?(?:about|abt|on|regarding|of)\s+(?P<topic>[^?]+)",
    re.IGNORECASE,
)


# "¿Qué dijo Diosdado Cabello sobre la carta de Cristopher Figuera?": the same in Spanish.
_DIJO_SOBRE = re.compile(
    r"\bqu[eé]\s+(?:le\s+|les\s+)?(?:dijo|declar[oó]|opin[oó]|coment[oó]|tuite[oó]|escribi[oó]|pens[oó])\s+"
    r"[^?¿]{1,60}?\s+(?:sobre|acerca de|respecto a|respecto de|de lo de)\s+(?P<topic>[^?]+)",
    re.IGNORECASE,
)


# An acronym in the topic, as the question is read with the articles' spellings ("sebin" → "SEBIN").
_ACRONYM = re.compile(r"\b(?-i:[A-Z]{3,})\b")


def names_whom_it_was_said_about(question: str, passage: str) -> bool:
    """False when `question` asks what was said about a person it names in full ("Leopoldo Lopez's release") and
    `passage` does not name them by a family name, or about something named by an acronym ("the SEBIN chief
    defecting") that `passage` does not name."""
    return all(not words or holds_any_word(passage, words) for words in _named_in_the_topic(question))


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _named_in_the_topic(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """The family names of the people named in full in what `question` asks was said about, and its acronyms,
    folded."""
    asked = _SAID_ABOUT.search(question) or _DIJO_SOBRE.search(question)
    if not asked:
        return frozenset(), frozenset()
    speaker = WHAT_DID_SAY.search(question) or QUE_DIJO.search(question)
    speaker_words = set(name_words(speaker["who"])) if speaker else set()
    named = set()
    for name in names_in(asked["topic"]):
        family = family_names(name)
        # "…say about Leopoldo Lopez" asked of Padrino Lopez: the given name tells them apart.
        named |= family if not family & speaker_words else set(name_words(name)) - speaker_words
    # "…acción militar de EEUU": a country's acronym is named in other ways too ("America", "the US").
    acronyms = frozenset(fold(word.lower()) for word in _ACRONYM.findall(asked["topic"]) if not countries_in(word))
    return frozenset(named | _surname_opening(asked["topic"])), acronyms


# "…about Figuera switching sides": a capitalised word alone opening the topic (not "SEBIN", a country or "Tuesday")
# is who it is about; further on it may be a place ("about those who try to take Miraflores").
_LONE_CAPITALISED = re.compile(r"\s*(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,})(?=['’]s\b|(?![\w'’-]| [A-ZÁÉÍÓÚÑ]))")


def _surname_opening(topic: str) -> set[str]:
    """The folded capitalised word standing alone at the opening of `topic`, as someone's surname, if any."""
    opening = _LONE_CAPITALISED.match(topic)
    word = opening.group(0).strip() if opening else ""
    return {fold(word.lower())} if word and not countries_in(word) and not not_a_name(word) else set()
