"""What a named institution said ("What did the Lima Group say about the uprising?", "What did the Pope say?",
"¿Qué dijo la ONU?"): a passage gives it only if it names that institution, by its words or its initials ("UN" for
"United Nations", "United Nations" for "UN"). Who spoke in a passage that names it is left to the reader.

A country, a group of people ("the military", "the protesters") or the holder of a post ("the defence minister")
asked this way is checked elsewhere (`speakers`, `person_said`, `holders`), and an institution that speaks through
others' mouths ("the Kremlin", "the Pentagon") is left out: "Kremlin spokesman Dmitry Peskov" names it, but so
might "Russia's foreign ministry" answer what it said.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.acronyms import spells_out
from index.countries import countries_in
from index.names import TITLES
from index.text import fold, word_set

_SAYING = r"(?:say|said|tell|tweet|announce|declare|claim|think|respond|reply|post|write)"
_ASKS = re.compile(
    r"^\W*(?:so\s+)?(?:what|wat)\s+(?:did|does|has|had|do)\s+the\s+"
    r"(?P<who>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,2}?)\s+"
    rf"(?:(?-i:[a-z]+ly)\s+|also\s+|(?:have|has|had)\s+to\s+)?{_SAYING}\b"
    r"|\bqu[eé]\s+(?:dijo|declar[oó]|opin[oó]|respondi[oó]|anunci[oó]|afirm[oó])\s+(?:el|la|los|las)\s+"
    r"(?P<quien>(?-i:[A-ZÁÉÍÓÚÑ])[\w.'’&-]*(?:\s+(?:de\s+(?:la\s+|los\s+)?)?(?-i:[A-ZÁÉÍÓÚÑ])[\w.'’&-]*){0,3}|"
    r"papa|vaticano|onu|oea|ue|otan|fmi)\b",
    re.IGNORECASE,
)
# Institutions typed in lower case as often as not, by name or by initials.
_ACRONYMS = word_set("un onu eu ue oas oea nato otan imf fmi icc cpi unhcr acnur")
_KNOWN = word_set("pope papa vatican vaticano lima") | _ACRONYMS
# A Spanish question's institution as an English article names it.
_IN_ENGLISH = {
    "papa": "pope",
    "vaticano": "vatican",
    "onu": "un",
    "oea": "oas",
    "ue": "eu",
    "otan": "nato",
    "fmi": "imf",
}
# Words of many institutions' names, which do not tell one from another.
_GENERIC = word_set(
    "group grupo council consejo union unión organization organisation organización committee comité commission "
    "comisión court corte tribunal church iglesia bank banco of de del the la el and y for para"
)
# People, bodies of a country and posts: asked this way, not an institution's name.
_NOT_INSTITUTIONS = (TITLES - word_set("pope")) | word_set(
    """government gobierno military army opposition protesters protestors demonstrators officials leaders people
    supporters authorities analysts experts critics lawmakers witnesses generals ministers diplomats troops soldiers
    kremlin pentagon white house whitehouse regime administration ministry embassy police guard press media crowd
    man woman guy letter spy head chief boss spokesman spokeswoman spokesperson official congressman senator
    minister secretary adviser advisor envoy us u.s. usa"""
)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def asked_institution(question: str) -> tuple[str, ...]:
    """The words of the institution whose words `question` asks for ("Lima", "Group"), or none."""
    asked = _ASKS.search(question)
    if not asked:
        return ()
    who = (asked["who"] or asked["quien"]).split()
    folded = [fold(word.lower()).strip(".'’") for word in who]
    if any(word in _NOT_INSTITUTIONS or word.endswith(("'s", "’s")) for word in folded):
        return ()
    if countries_in(" ".join(who)) and not any(word in _GENERIC for word in folded):
        return ()  # "the UN", "the EU": asked as a country is (`speakers`)
    if not any(word[:1].isupper() or fold(word.lower()) in _KNOWN for word in who):
        return ()  # "the man", "the crowd": no institution's name
    return tuple(_IN_ENGLISH.get(fold(word.lower()), word) for word in who)


def names_the_institution(question: str, passage: str) -> bool:
    """False when `question` asks what a named institution said and `passage` names it neither by its words nor by
    its initials."""
    who = asked_institution(question)
    if not who:
        return True
    if len(who) == 1 and (who[0].isupper() or fold(who[0].lower()) in _ACRONYMS):
        acronym = who[0].upper()  # "the UN": its letters as written, or spelt out ("un" is also Spanish's "a")
        return bool(re.search(rf"\b{re.escape(acronym)}\b", passage)) or spells_out(acronym, passage)
    text = fold(passage).lower()
    distinctive = [fold(word.lower()) for word in who if fold(word.lower()) not in _GENERIC]
    if distinctive and all(re.search(rf"\b{re.escape(word)}\b", text) for word in distinctive):
        return True
    initials = "".join(word[0] for word in who if fold(word.lower()) not in word_set("of de del the la el and y"))
    return len(initials) >= 2 and bool(re.search(rf"\b{re.escape(initials.upper())}\b", passage))  # "UN" written
