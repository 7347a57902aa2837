"""Names the articles never mention: "Which country disputes the Essequibo region with Venezuela?" or "Was Guaido's
deputy Edgar Zambrano arrested?" asks about something no passage names, so no passage answers it, however close the
rest of the question. Four kinds count:
- capitalised names of an English question, besides countries, short words in capitals and plural ones ("GOP" may be
  the "Republican" of the articles, "APCs" their armoured personnel carriers; "DGCIM" counts), and a common given
  name typed in lower case with the word after it ("roberto marrero", `data/given_names.txt`); in a Spanish question
  only a given name and the word after it, however typed ("¿Dónde está Roberto Marrero?");
- countries, in either language and however typed, that no passage names in any form ("Guyana", "guyanese",
  "Georgetown"); which country a passage is from is checked elsewhere;
- bodies, pacts and meetings named after a place whose own word no passage has ("the Lima Group": the articles name
  Peru, never Lima);
- designations of models, in either language and however typed ("how much did Venezuela pay for its s-300s?"),
  when no article has one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from index.countries import countries_asked_about, countries_in, country_words, phrases_of
from index.names import FUNCTION_WORDS, proper_names_in
from index.packaged import packaged_lines
from index.text import fold, guess_language, lexical_terms, without_possessive, word_set

# Short words in capitals ("GOP") may stand for the articles' words ("Republican"); longer ones ("DGCIM", "OPEC") are
# names like any other, a model's designation ("T-72") is checked as one.
_SHORT_CAPITALS = 4
# Words in capitals in the plural ("APCs", "MPs"): the articles may say "armoured personnel carriers".
_CAPITALS_PLURAL = re.compile(r"[A-Z]{2,}s")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Capitalised words that name no one the articles could be about ("God's blessing").
_NOT_NAMES = word_set("god dios allah lord")


# A model's designation: letters and a number, "S-300", "Su-30s", "F-16", "AK-47", "G20"; not "mid-2019" or "2nd".
_DESIGNATION = re.compile(r"(?<![\w-])([^\W\d_]{1,3})-?(\d{1,4})(?:[^\W\d_]{0,2}?)(?:s|['’]s)?(?![\w-])")


def designations_in(text: str) -> set[str]:
    """The designations of models `text` has, written alike ("S-300s" → "s300")."""
    return {fold(letters + number) for letters, number in _DESIGNATION.findall(text) if fold(letters) != "mid"}


def unknown_names(
    question: str, holds_term: Callable[[str], bool], has_designation: Callable[[str], bool] = lambda model: False
) -> list[str]:
    """The names `question` types that no passage has a word of (`holds_term` tells whether one has a stemmed term),
    and the designations of models it types that no passage has (`has_designation`)."""
    unknown = sorted(model for model in designations_in(question) if not has_designation(model))
    # "a border with Guyana", "frontera con guyana": no passage names Guyana in any of its forms.
    unknown += sorted(
        country
        for country in countries_asked_about(question)
        if not any(_is_held(phrase, holds_term) for phrase in phrases_of(country))
    )
    unknown += _bodies_named_after_unheld_places(question, holds_term)
    if guess_language(question) == "es":
        # Spanish words are not the articles' English ones, but a given name and the word after it are a name in
        # either language ("¿Dónde está Roberto Marrero?").
        given = _names_after_a_given_name(question, any_case=True)
        return unknown + [name for name in given if _is_unheld_name(name, holds_term)]
    for name in [*proper_names_in(question), *_names_after_a_given_name(question)]:
        if countries_in(name):
            continue
        words = _WORD.findall(name)
        words = [
            word
            for word in words
            if not (word.isupper() and (len(word) < _SHORT_CAPITALS or not word.isalpha()))
            and not _CAPITALS_PLURAL.fullmatch(word)
            and without_possessive(fold(word)) not in _NOT_NAMES
        ]
        if _is_unheld_name(" ".join(words), holds_term):
            unknown.append(name)
    return unknown


def _is_unheld_name(name: str, holds_term: Callable[[str], bool]) -> bool:
    """Whether no passage has any stemmed term of `name`'s words."""
    terms = [term for word in _WORD.findall(name) for term in lexical_terms(without_possessive(word))]
    return bool(terms) and not any(holds_term(term) for term in terms)


@cache
def given_names() -> frozenset[str]:
    """The common given names of `data/given_names.txt`, in lower case."""
    return frozenset(packaged_lines("given_names.txt"))


def _names_after_a_given_name(question: str, any_case: bool = False) -> list[str]:
    """A given name and the word after it ("what happened to roberto marrero"), typed in lower case (an English
    question's capitalised names are read as such already) or, if `any_case`, as typed."""
    words = _WORD.findall(question)
    return [
        f"{given} {family}"
        for given, family in zip(words, words[1:], strict=False)
        if (any_case or (given.islower() and family.islower()))
        and fold(given.lower()) in given_names()
        and fold(family.lower()) not in FUNCTION_WORDS
    ]


# Bodies, pacts and meetings named after a place ("the Lima Group", "el Grupo de Lima", "the Rio Treaty"): the place
# stands for its country elsewhere ("Peru" is in the articles), but the body is named only by the place's own word.
_BODIES = word_set(
    "group grupo cartel treaty tratado accord accords acuerdo acuerdos summit cumbre declaration declaracion protocol "
    "protocolo pact pacto conference conferencia doctrine doctrina"
)
_LINKS = word_set("of de del")
# Letters a people's word shares with its country's name: "peru"vian, "vene"zolano; not "lima" and "peru".
_SAME_OPENING = 4


def _bodies_named_after_unheld_places(question: str, holds_term: Callable[[str], bool]) -> list[str]:
    """The bodies `question` names after a place ("Lima Group", "Grupo de Lima") whose own word no passage has."""
    words = _WORD.findall(question)
    folded = [without_possessive(fold(word)) for word in words]
    found = []
    for at, country in enumerate(country_words(words)):
        if country is None or _is_a_form_of(folded[at], country) or _is_held(folded[at], holds_term):
            continue
        # The place before the body ("Lima Group"), or after it and "of", capitalised as a place is ("el Grupo de
        # Lima"); a country's word right after the body is its people's ("un grupo venezolano").
        after = folded[at + 1] if at + 1 < len(words) else ""
        linked = at > 1 and folded[at - 1] in _LINKS and folded[at - 2] in _BODIES and words[at][0].isupper()
        if after in _BODIES or linked:
            found.append(words[at])
    return found


def _is_a_form_of(word: str, country: str) -> bool:
    """Whether `word` is the country's own name or its people's ("peruvian", "venezolanos"), not its capital
    ("lima"): it opens as one of the country's names does."""
    return any(word[:_SAME_OPENING] == name[:_SAME_OPENING] for name in (country, phrases_of(country)[0]))


def _is_held(phrase: str, holds_term: Callable[[str], bool]) -> bool:
    """Whether passages have every stemmed term of `phrase`; a phrase with a one-letter term ("U.A.E.") is never
    taken for held, as its letters are any passage's."""
    terms = _terms_of(phrase)
    return bool(terms) and all(len(term) > 1 and holds_term(term) for term in terms)


@cache  # a country's phrases come back in nearly every question ("Venezuela")
def _terms_of(phrase: str) -> tuple[str, ...]:
    return tuple(lexical_terms(phrase))
