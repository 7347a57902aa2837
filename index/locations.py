"""Questions asking where a place is ("where is Fort Tiuna?", "¿dónde está Sohag?"): a passage answers one only if
it names the place and says where it lies ("the town of X", "X, a district in the north", "X, near the
border"), not when it only mentions something happening there.

Where a person is or went ("where is Lopez now?", "where did Figuera flee to?") is left to the reader, provided the
passage says some place ("in Caracas", "the Spanish embassy", "outside the country", "fled to Lithuania"), except
when the question asks which country: then a passage must put some country after a word of place ("in Spain", "to
Colombia", "hacia Brasil"), not only as someone's ("He said the general's wife is currently outside the country",
told by "a senior US official"). Where someone named went or was needs a passage naming them, or speaking of "he",
"she" or "they" with no one else named: "Maduro wanted to leave… on a plane" is no trip of Shanahan's.
"""

from __future__ import annotations

import itertools
import re

from index.countries import countries_in
from index.holder_questions import KIN_WORDS
from index.names import FUNCTION_WORDS, QUOTED, family_names, names_in, unasked
from index.text import MONTHS_AND_DAYS, THIRD_PERSON, fold, holds_any_word

_PART_OF = r"(?:part|area|region|neighbou?rhood|district|side|sector|zone|municipality|borough|suburb) of"
_ASKS_WHERE = re.compile(
    r"^\W*(?:where|d[oó]nde)\s+(?:exactly\s+)?(?:in\s+(?P<in_country>(?-i:[A-Z])[\w\s]+?)\s+)?"
    r"(?:is|are|est[aá]n?|queda|quedan|se encuentra|se ubica)\s+"
    r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?P<place>[^?]+?)"
    r"(?:\s+(?:actually\s+|really\s+|exactly\s+)?(?:located|situated|based|ubicad[oa]s?|situad[oa]s?))?\s*"
    rf"(?:[?,]\s*(?:like\s+|i mean\s+)?(?:what|which)\s+{_PART_OF}\s+(?P<around>[\w\s]+?))?\W*$"
    # "What part of Caracas is Plaza Altamira in?": the city it lies in is known, and does not locate it.
    rf"|^\W*(?:what|which) {_PART_OF} (?P<within>[\w\s]+?) (?:is|are) (?:the\s+)?"
    r"(?P<place_in>[^?]+?)\s+(?:(?:located|situated)\s+)?(?:in|at)\s*\??\s*$"
    # "Plaza Altamira is in which municipality of Caracas?"
    rf"|^\W*(?P<place_first>[^?]+?)\s+(?:is|are|lies|lie)\s+(?:(?:located|situated)\s+)?in\s+"
    rf"(?:which|what)\s+{_PART_OF}\s+"
    r"(?P<within_after>[\w\s]+?)\W*$"
    # "Which Caracas municipality is La Carlota air base located in?", "In what part of Caracas is La Carlota?", "In
    # which state is La Victoria?"; a place, not "the protesters" or "Rosneft investing" ("area", "region" and
    # "sector" are as often not places: "in which area are protesters clashing?").
    r"|^\W*(?=in\s+(?:what|which)\b|.*\b(?:in|located|situated)\W*$)(?:in\s+)?(?:what|which)\s+"
    r"(?:(?P<city_first>[\w]+)\s+(?=(?:neighbou?rhood|district|municipality|borough|suburb|state|province)\b))?"
    r"(?:neighbou?rhood|district|municipality|borough|suburb|state|province|part)"
    r"(?:\s+of\s+(?P<city_of>[\w]+(?:\s+[\w]+)?))?\s+(?:is|are)\s+"
    r"(?!(?:a|an|his|her|their|its|these|those|this|that)\s|the\s+(?-i:[a-z]))(?:the\s+)?"
    r"(?P<place_which>(?![\w-]+ing\b)[\w'’.-]+(?:\s+(?![\w-]+ing\b)[\w'’.-]+){0,4}?)"
    r"(?:\s+(?:located|situated))?(?:\s+in)?\s*\?*\s*$"
    # "¿En qué municipio de Caracas está La Carlota?"
    r"|^\W*en\s+qu[eé]\s+(?:municipio|estado|barrio|distrito|parte|zona)"
    r"(?:\s+de\s+(?:la\s+)?(?P<ciudad>[\w]+)|\s+caraque[nñ]o)?\s+"
    r"(?:est[aá]|queda|se encuentra|se ubica)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?P<lugar>[^?]+?)\W*$",
    re.IGNORECASE,
)
# The groups of `_ASKS_WHERE` holding the place asked about, and the city or country it is asked within.
_PLACE_GROUPS = ("place", "place_in", "place_first", "place_which", "lugar")
_CITY_GROUPS = ("within", "around", "within_after", "in_country", "city_first", "city_of", "ciudad")
_WHEREABOUTS = re.compile(
    r"\b(?:now|today|currently|hiding|held|being|living|staying|holed|hunkered|sheltering|ahora|hoy|actualmente|"
    r"detenid[oa]|escondid[oa]|refugiad[oa]|metid[oa])\b",
    re.IGNORECASE,
)
_OF_A_FAMILY = KIN_WORDS | {"family", "familia", "children", "hijos", "kids"}
_KIND_OF_PLACE = (
    r"town|city|village|district|region|province|state|suburb|neighbou?rhood|area|capital|island|port|border|"
    r"municipality|county|valley|coast|mountains|hills|plains|desert|peninsula|bay|delta|basin|highlands|jungle|"
    r"ciudad|pueblo|distrito|regi[oó]n|provincia|estado|barrio|zona|isla|puerto|frontera|municipio|localidad|"
    r"valle|costa|sierra|llanos|selva|pen[ií]nsula|bah[ií]a"
)
_DATE_WORDS = "|".join(sorted(MONTHS_AND_DAYS))
# Right after the place: "X, a town in ...", "X, north of ...", "X in the Andes".
_LOCATED_AFTER = re.compile(
    rf"^\W{{0,3}}(?:(?:a|an|the|una?|el|la)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_KIND_OF_PLACE})\b"
    r"|^\W{0,3}(?:\w+\s+){0,4}?(?:near|outside|north|south|east|west|northern|southern|eastern|western|central|"
    r"km|kilometres|kilometers|miles|cerca|al norte|al sur|al este|al oeste|a las afueras)\b"
    # "in" and "en" before a place, not before a year, a date or "an operation": "freed in an operation"
    rf"|^\W{{0,3}}(?:\w+\s+){{0,4}}?(?:in|en)\s+(?!\d|an?\b|una?\b|(?:{_DATE_WORDS})\b)",
    re.IGNORECASE,
)
# Right before it: "the town of X", "northern X".
_LOCATED_BEFORE = re.compile(
    rf"(?:{_KIND_OF_PLACE})\s+(?:of|de)\s+(?:(?:the|la|el|los|las)\s+)?$"
    r"|(?:northern|southern|eastern|western|central|norte|sur)\s+$",
    re.IGNORECASE,
)


def locates_the_place(question: str, passage: str) -> bool:
    """False when `question` asks where a place is and `passage` does not name it with its whereabouts."""
    asked = _ASKS_WHERE.search(question)
    if not asked or _WHEREABOUTS.search(question):
        return True
    named = next((asked[group] for group in _PLACE_GROUPS if asked[group]), "")
    words = re.findall(r"\w[\w'-]*", named)
    if not words or _OF_A_FAMILY & {word.lower() for word in words}:
        return True  # "¿Dónde está la esposa del general Figuera?" asks where a person is
    if (asked["place_which"] or asked["lugar"]) and any(word[:1].isupper() for word in words):
        # "La Carlota air base", "la base aérea La Carlota": its name, as "La Carlota airbase" is written too
        words = list(itertools.takewhile(lambda word: word[:1].isupper(), itertools.dropwhile(str.islower, words)))
    place = r"[\s-]+".join(re.escape(fold(word)) for word in words)
    text = fold(passage)  # so that "chimore" finds "Chimoré"
    within = next((asked[group] for group in _CITY_GROUPS if asked[group]), None)
    if within:  # "in Caracas" does not say what part of Caracas
        city = re.escape(fold(within.strip()))
        stated = rf"\b(?:in|en|of|de)\s+(?:the (?:capital|city)(?: of)?\s+)?{city}\b(?!['’])"
        text = re.sub(stated, " ", text, flags=re.IGNORECASE)
    for mention in re.finditer(place, text, re.IGNORECASE):
        if _LOCATED_AFTER.search(text[mention.end() : mention.end() + 60]):
            return True
        if _LOCATED_BEFORE.search(text[max(0, mention.start() - 40) : mention.start()]):
            return True
    return False


# Which country someone is in or went to; not "which country backs Maduro?".
_WHICH_COUNTRY = re.compile(
    r"\b(?:in|to) (?:which|what) (?:foreign )?country\b|"
    r"\b(?:which|what) (?:foreign )?country (?:is|are|was|were)\b[^?]*\b(?:in|living|staying|based|located|hiding)\b|"
    r"\b(?:which|what) country (?:did|has|had|have)\b[^?]*\b(?:go|gone|flee|fled|move|moved|escape|escaped|run)\b|"
    r"\b(?:which|what) countr(?:y|ies)\b[^?]*\b(?:visit|visits|visited|visiting|tour|toured|touring|travel|travelled|"
    r"traveled)\b|"
    r"\ben qu[eé] pa[ií]s (?:est[aá]|estaba|vive|viv[ií]a|se encuentra|se esconde)\b|"
    r"\ba qu[eé] pa[ií]s (?:huy[oó]|fue|se fue|se mud[oó]|escap[oó])\b|"
    # "the sebin chief's wife is abroad - which country exactly?": being abroad told first, the country asked after
    r"\b(?:abroad|overseas|outside the country|in exile|left the country|fled the country)\b[^?]*[,;:.–—-]\s*(?:so\s+)?"
    r"(?:which|what) country(?: exactly| (?:is|was) (?:it|that|she|he) in)?\W*$",
    re.IGNORECASE,
)
_IN_A_PLACE = re.compile(
    r"\b(?:in|to|into|from|at|for|toward|towards|inside|across|en|a|hacia|desde|de)\s+(?:the\s+)?"
    r"(?:(?:capital|city|town|neighbou?ring|nearby|northern|southern|eastern|western|central)\s+){0,2}"
    r"((?-i:[A-ZÁÉÍÓÚ])[\w’'-]+(?:\s+(?-i:[A-ZÁÉÍÓÚ])[\w’'-]+){0,2})",
    re.IGNORECASE,
)


def names_a_country_as_a_place(question: str, passage: str) -> bool:
    """False when `question` asks which country and `passage` names none after a word of place ("in Spain")."""
    if not _WHICH_COUNTRY.search(question):
        return True
    return any(countries_in(place.group(1)) and not _qualifies_a_noun(place) for place in _IN_A_PLACE.finditer(passage))


def _qualifies_a_noun(place: re.Match[str]) -> bool:
    """Whether the one word found after "the" qualifies the noun after it ("to the Venezuelan people"), naming no
    place."""
    text = place.string
    after_the = text[place.start() : place.start(1)].lower().endswith("the ")
    return after_the and " " not in place.group(1) and re.match(r"\s+[a-z]", text[place.end(1) :]) is not None


# Where someone is now ("where is Figuera now?", "¿dónde está López ahora?") or lives ("where does Maduro live?"): a
# passage saying nowhere is no answer.
_ASKS_WHERE_NOW = re.compile(
    r"^\W*(?:where|d[oó]nde)(?:['’]s|\s+(?:exactly\s+)?(?:is|are|was|were|est[aá]n?|se encuentra|se encuentran|vive|"
    r"viven|sigue|siguen))\b",
    re.IGNORECASE,
)
_ASKS_WHERE_LIVING = re.compile(
    r"^\W*(?:where|d[oó]nde)\s+(?:does|do|did)\s+[^?]{1,40}?\s+(?:live|stay|reside|hide)\b|^\W*¿?d[oó]nde\s+"
    r"(?:vive|viven|reside|residen|se esconde|se esconden)\b",
    re.IGNORECASE,
)
# A place said: "in Caracas", "at La Carlota", or a kind of place after a word of place ("moved to the Spanish
# embassy", "outside the country", "in hiding", "exiled"), not "rebuild the country".
_PLACE_KIND = (
    rf"{_KIND_OF_PLACE}|embass(?:y|ies)|residence|home|house|prison|jail|custody|exile|hiding|hospital|base|airbase|"
    r"palace|compound|country|streets?|overpass|square|plaza|hotel|office|headquarters|barracks|fort|camp|"
    r"embajadas?|residencia|casa|prisi[oó]n|c[aá]rcel|exilio|pa[ií]s|calles?|cuartel|palacio"
)
_PLACE_SAID = re.compile(
    r"\b(?:in|at|inside|outside|near|into|en|dentro de|fuera de|cerca de)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?-i:[A-ZÁÉÍÓÚ])[\w’'-]+"
    r"|\b(?:in|at|inside|outside|out of|into|to|near|from|toward|towards|en|a|al|de|del|hacia|desde)\s+"
    r"(?:(?:the|a|an|his|her|their|its|el|la|los|las|su|sus|un|una)\s+)?"
    r"(?:(?!(?:the|a|an|el|la|los|las|un|una)\b)[\w’'-]+\s+){0,2}?"
    rf"(?:{_PLACE_KIND})\b|\babroad\b|\bexiled\b|\ben el extranjero\b|\bescondid[oa]s?\b",
    re.IGNORECASE,
)


# Where someone went: "where did figuera end up fleeing to after the letter came out?"
_ASKS_WHERE_WENT = re.compile(
    r"^\W*(?:where|d[oó]nde)\s+(?:did|has|have|had)\s+[^?]{1,40}?\s+(?:go|gone|flee|fled|end up|ended up|move|moved|"
    r"travel|travell?ed|escape|escaped|run|head|headed|seek refuge|take refuge|took refuge)\b",
    re.IGNORECASE,
)

# Where someone went is said by a name after "to": "fled to Lithuania".
_GONE_TO = re.compile(r"\b(?:to|into|towards?|for|hacia)\s+(?:the\s+)?(?-i:[A-ZÁÉÍÓÚ])")


def places_the_person(question: str, passage: str) -> bool:
    """False when `question` asks where someone is now, lives or went, and `passage` names no place at all."""
    now = _ASKS_WHERE_NOW.search(question) and _WHEREABOUTS.search(question)
    went = _ASKS_WHERE_WENT.search(question)
    if not (now or went or _ASKS_WHERE_LIVING.search(question)):
        return True
    if went and (_GONE_TO.search(passage) or countries_in(passage)):
        return True  # "fled to Lithuania", "Madrid welcomed Lopez"
    return bool(_PLACE_SAID.search(passage))


# "Where did López go after the Chilean residence?", "where in europe was Shanahan supposed to go": where someone
# named went or was; a passage naming them by no family name places someone else ("the general's wife" of "¿Dónde
# está la esposa del general Figuera?" is asked, not Figuera).
_ASKS_WHERE_SOMEONE = re.compile(
    r"^\W*(?:where|d[oó]nde)\b(?:\s+in\s+[\w\s]{1,30}?)?\s+"
    r"(?:did|does|do|was|were|is|are|has|had|will|would|fue|fueron|est[aá]|est[aá]n)\s+"
    r"(?:(?:president|mr|ms|mrs|gen|general|presidente)\.?\s+)?"
    r"(?P<who>(?-i:[A-ZÁÉÍÓÚ][a-záéíóúñ])[\w’'-]*(?:\s+(?-i:[A-ZÁÉÍÓÚ])[\w’'-]+){0,2})",
    re.IGNORECASE,
)

_OPENS_WITH_THEM = re.compile(r"^\W*(?:he|she|they)\b", re.IGNORECASE)


def places_whom_it_names(question: str, passage: str) -> bool:
    """False when `question` asks where someone it names went or was, and `passage` names them by no family name,
    and neither opens with "he", "she" or "they" nor speaks of them naming no one else."""
    asked = _ASKS_WHERE_SOMEONE.search(question)
    if not asked or countries_in(asked["who"]) or fold(asked["who"].split()[0].lower()) in FUNCTION_WORDS:
        return True
    if holds_any_word(passage, family_names(asked["who"])):
        return True
    # "They later moved to the Spanish embassy" may speak of them; a passage naming someone else, outside what it
    # quotes, places that one.
    if _OPENS_WITH_THEM.match(passage):
        return True  # "He said today… at the defence ministry: '…Juan Guaido…'"
    return bool(THIRD_PERSON.search(passage)) and not unasked(names_in(QUOTED.sub(" ", passage)), question)
