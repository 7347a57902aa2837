"""What a count counts: "How many Venezuelans have left the country?" asks a count of people, which "At least 25
Venezuelan troops have applied for asylum" is not; "How many police officers were killed?" a count of the forces,
which "six protesters were killed" is not; "How many Russian soldiers are there?" a count of Russia's, which "25
Venezuelan troops" is not. A passage whose every count is of the other kind (or another country's) is set aside; one
counting neither, or both, is left to the other checks and the reader.

What befell those counted is asked too: "How many protesters were arrested?" needs an arrest told, not "one dead and
100 injured"; and armed men outside the forces ("How many Russian mercenaries…?") need naming. So does where they were
("…hurt in the Buenos Aires protest?" is not told by clashes "in the capital Caracas") and whose sum is asked ("how
much has China lent them?" is not told by what Moscow lent).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.countries import countries_in
from index.names import family_names
from index.reader.gloss import reader_text
from index.text import lexical_terms, reason_opening_end, word_set, words

_PEOPLE = word_set(
    """people persons person venezuelans civilians protesters protestors demonstrators men women children kids
    migrants refugees emigrants citizens residents nationals individuals victims dead killed injured wounded
    casualties bodies voters supporters marchers participants"""
)
_FORCES = word_set(
    "troops troop soldiers soldier officers officer servicemen personnel guardsmen guards defectors generals police"
)
# The articles' own country, often left unnamed beside its people ("25 troops have applied for asylum").
_HOME = "venezuela"
# A word before the counted noun that makes it the forces': "how many military Venezuelans" (a gloss of "cuántos
# militares venezolanos"), "how many police officers".
_OF_THE_FORCES = _FORCES | word_set("military army police")
_ASKED = re.compile(r"\bhow many ((?:[\w'-]+ ){0,2}[\w'-]+)", re.IGNORECASE)
# A number and the words after it, where its noun is ("25 Venezuelan troops", "dozens of protesters").
_COUNT = re.compile(
    r"(?:\b\d[\d,.]*(?:\s*(?:million|thousand|hundred))?|\b(?:dozens|hundreds|thousands|millions|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twenty|fifty|several|a few)\b)(?P<after>(?:\s+[\w'-]+){1,4})",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _counted_words(question: str) -> tuple[str, ...]:
    """The words after "how many" in `question` (its English gloss for Spanish): "russian", "soldiers", "are"."""
    asked = _ASKED.search(reader_text(question))
    return tuple(asked.group(1).lower().split()) if asked else ()


def asked_kind(question: str) -> frozenset[str]:
    """The nouns counting what `question` asks how many of (people, or the forces), or none for other things; a
    Spanish question is read in its English gloss."""
    words = _counted_words(question)
    if any(word in _OF_THE_FORCES for word in words):
        return _FORCES
    if words[:1] in (("have",), ("had",), ("has",)) and words[1:2] in (("left",), ("fled",), ("emigrated",)):
        return _PEOPLE  # "how many have left the country?": people who left, whoever they are
    if any(word in _PEOPLE for word in words):
        return _PEOPLE
    return _PEOPLE | _FORCES if _people_counted(words) else frozenset()  # "how many Cubans…", any of them


def _people_counted(words: tuple[str, ...]) -> frozenset[str]:
    """The countries whose people in the plural the counted words open with ("cubans", "russians"); none otherwise."""
    return frozenset(countries_in(words[0])) if words[:1] and words[0].endswith("s") else frozenset()


def asked_nations(question: str) -> frozenset[str]:
    """The countries whose people or forces `question` asks how many of ("how many Russian soldiers…" → Russia)."""
    words = _counted_words(question)
    noun = next((i for i, word in enumerate(words) if word in _PEOPLE | _OF_THE_FORCES), None)
    if noun is None:
        return _people_counted(words)
    # "Russian soldiers" (or the Spanish gloss's "soldiers Russians"), not "soldiers asked Brazil"
    return frozenset(countries_in(" ".join(words[:noun])) | countries_in(" ".join(words[noun + 1 : noun + 2])))


def counts_the_asked_kind(question: str, passage: str) -> bool:
    """False when `question` asks how many people (or soldiers) and every count in `passage` is of the other kind,
    or, when it asks them of a country, of another country's ("25 Venezuelan troops" for Russian soldiers), or
    `passage` never names that country (but Venezuela, its people often told without it)."""
    asked = asked_kind(question)
    if not asked:
        return True
    abroad = asked_nations(question) - {_HOME}
    if abroad and reason_opening_end(question) is None and not countries_in(passage) & abroad:
        return False  # "how many Cuban troops…" is not told by a passage naming no Cuban
    other = (_PEOPLE | _FORCES) - asked
    counted = []  # for each number, the first noun of people or forces after it, and the countries before that noun
    for count in _COUNT.finditer(passage):
        after = count["after"].lower().split()
        at = next((i for i, word in enumerate(after) if word in asked or word in other), None)
        if at is not None:
            counted.append((after[at], countries_in(" ".join(after[:at]))))
    nations = asked_nations(question)
    of_others = [noun for noun, whose in counted if noun in other or (nations and whose and not whose & nations)]
    return not counted or len(of_others) < len(counted)


# What befell those counted: "how many protesters were arrested?" is not answered by "at least one dead and 100
# injured", nor "how many were killed?" by "50 people treated for injuries". Stems, so every form of a word counts.
_FATES = {
    fate: frozenset(lexical_terms(words))
    for fate, words in {
        "death": "dead die died dies dying death deaths killed kill killing fatalities fatality toll muertos muertes "
        "murieron fallecidos asesinados",
        "injury": "injured injury injuries wounded wound hurt heridos herida lesionados",
        "arrest": "arrest arrested arrests detain detained detainee detainees detention detentions jailed jail "
        "imprisoned prisoners custody captured rounded detenidos arrestados capturados presos",
    }.items()
}
# The dead and the hurt however a reader says it ("how many died or got hurt?", "casualties").
HARM_TERMS = _FATES["death"] | _FATES["injury"] | frozenset(lexical_terms("casualties casualty victims"))


def counts_the_asked_fate(question: str, passage: str) -> bool:
    """False when `question` asks how many were killed, hurt or arrested and `passage` tells none of those fates."""
    fates = _asked_fates(question)
    return not fates or bool(set(lexical_terms(passage)) & fates)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_fates(question: str) -> frozenset[str]:
    """The stems telling any fate `question` asks how many met (after its "how many"), or none."""
    gloss = reader_text(question)
    asked = _ASKED.search(gloss)
    terms = set(lexical_terms(gloss[asked.start() :])) if asked else set()
    return frozenset().union(*(stems for stems in _FATES.values() if terms & stems))


# Armed men outside the forces: "how many Russian mercenaries are guarding Maduro?" is not answered by the National
# Guard's armoured cars running "several of them" over, which count neither.
_IRREGULARS = frozenset(
    lexical_terms(
        "mercenaries mercenary contractors contractor militia militias militiamen colectivos paramilitaries "
        "paramilitary guerrillas guerrilla rebels rebel insurgents fighters mercenarios milicias milicianos "
        "paramilitares guerrilleros rebeldes"
    )
)


def counts_the_asked_irregulars(question: str, passage: str) -> bool:
    """False when `question` asks how many mercenaries, militiamen or rebels and `passage` names none of them."""
    asked = set(lexical_terms(" ".join(_counted_words(question))))
    return not asked & _IRREGULARS or bool(set(lexical_terms(reader_text(passage))) & _IRREGULARS)


# Where those counted were: "how many were hurt in the Buenos Aires protest?" is not answered by "bloody clashes in
# the capital Caracas… left at least one dead and 100 injured", which places them in another country only.
_ASKED_IN_SPANISH = re.compile(r"\bcu[aá]nt[oa]s\b", re.IGNORECASE)
_IN_A_PLACE = re.compile(
    r"\b(?:in|at|en|(?:streets|city|capital|town) of)\s+(?:the\s+|la\s+|el\s+)?(?:capital\s+)?"
    r"(?P<place>(?-i:[A-ZÁÉÍÓÚ])[\w'’-]*(?:\s+(?-i:[A-ZÁÉÍÓÚ])[\w'’-]*)*)",
    re.IGNORECASE,
)


def _placed_in(text: str) -> set[str]:
    """The countries of the places `text` puts something in ("in the capital Caracas" → Venezuela)."""
    return set().union(*(countries_in(found["place"]) for found in _IN_A_PLACE.finditer(text)))


def counts_in_the_asked_place(question: str, passage: str) -> bool:
    """False when `question` asks how many of something in a place and `passage` never names that place's country
    and puts what it tells only in other countries' places."""
    where = _asked_place(question)
    if not where or countries_in(passage) & where:
        return True
    placed = _placed_in(passage)
    return not placed or bool(placed & where)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_place(question: str) -> frozenset[str]:
    """The countries of the place `question` asks how many of something were in, or none."""
    asked = _ASKED.search(question) or _ASKED_IN_SPANISH.search(question)
    return frozenset(_placed_in(question[asked.end() :])) if asked else frozenset()


# Whose money: "…but how much has china lent them" is not answered by what Moscow has lent.
_WHOSE_SUM = re.compile(
    r"\bhow much (?:money )?(?:has|have|had|did|does|do)\s+(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+)?)\s+(?:\w+ly\s+)?"
    r"(?:lent|loaned|lend|loan|invested|invest|spent|spend|paid|pay|given|give|sent|send|put|sunk|poured|donated)\b",
    re.IGNORECASE,
)


def names_whose_sum_is_asked(question: str, passage: str) -> bool:
    """False when `question` asks how much a country lent, spent or gave and `passage` never names that country."""
    who = _whose_sum(question)
    return not who or bool(countries_in(passage) & who)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _whose_sum(question: str) -> frozenset[str]:
    """The country whose lending, spending or giving `question` asks how much of, or none."""
    asked = _WHOSE_SUM.search(question)
    return frozenset(countries_in(asked["who"])) if asked else frozenset()


# Whose count: "how many tweets did Rubio send" is not answered by a tweet someone else sent.
_WHOSE_COUNT = re.compile(
    r"\bhow many (?:[\w'’-]+ ){1,3}?(?:did|has|have|had|does|do) "
    r"(?P<who>(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) (?:\w+ly )?(?-i:[a-z])",
    re.IGNORECASE,
)


def names_whose_count_is_asked(question: str, passage: str) -> bool:
    """False when `question` asks how many things someone named did, sent or had ("how many tweets did Rubio
    send") and `passage` never names that person; a country asked so is left to the other checks."""
    who = _whose_count(question)
    return not who or bool(who & set(words(passage)))


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _whose_count(question: str) -> frozenset[str]:
    """The family names of the person (not a country) whose count of things `question` asks, or none."""
    asked = _WHOSE_COUNT.search(question)
    return frozenset() if not asked or countries_in(asked["who"]) else frozenset(family_names(asked["who"]))
