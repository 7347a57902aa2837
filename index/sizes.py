"""How big a force is ("How many soldiers does Venezuela's army have?", "how many Russian soldiers are in
Venezuela?", "¿Cuántos soldados tiene el ejército?"): a passage gives a size only by saying one ("an army of
95,000", "has some 2,000 troops", "a 300-strong contingent", "in total"), not by counting soldiers who did something
("At least 25 Venezuelan troops have applied for asylum").
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.countries import country_words

_FORCES = (
    r"troops|soldiers|servicemen|personnel|fighters|militiamen|mercenaries|police officers|officers|sailors|"
    r"tanks|warships|aircraft|jets|planes|agents|spies|operatives|employees|staff|soldados|tropas|efectivos|"
    r"militares|milicianos|mercenarios|tanques|aviones|agentes|esp[ií]as|empleados"
)
_HAS = re.compile(
    rf"\bhow many (?:\w+ ){{0,2}}(?:{_FORCES})\b(?:\s+or\s+\w+)?\s+(?:does|do)\b[^?]{{0,40}}\bhave\b(?!\s+\w+ed\b)"
    rf"|\bhow many (?:\w+ ){{0,2}}(?:{_FORCES})\b[^?]{{0,40}}\bin total\b"
    rf"|\bcu[aá]nt[oa]s (?:\w+ ){{0,2}}(?:{_FORCES})\s+(?:tiene|tienen|ten[ií]a|suma|cuenta)\b",
    re.IGNORECASE,
)
# "How many Russian soldiers are in Venezuela?", "¿cuántos soldados cubanos hay en Venezuela?": a force in a country.
_IN_A_COUNTRY = re.compile(
    rf"\bhow many (?:\w+ ){{0,2}}(?:{_FORCES})\b(?:\s+or\s+\w+)?\s+(?:are|is)\s+(?:there\s+)?(?:currently\s+|now\s+)?"
    r"(?:in|inside|stationed in|based in)\s+(?P<place>[\w\s'’]+?)(?:\s+(?:exactly|now|today|right now|currently))?\W*$"
    rf"|\bcu[aá]nt[oa]s (?:\w+ ){{0,2}}(?:{_FORCES})\b[^?]{{0,20}}\bhay en\s+(?P<lugar>[\w\s]+?)\W*$",
    re.IGNORECASE,
)
# "About", "some", "unos": a size is often rounded.
_ABOUT = r"(?:about |some |around |nearly |more than |over |roughly |an estimated |unos |unas |cerca de |m[aá]s de )?"
_SIZE_SAID = re.compile(
    r"\b(?:\d[\d,.]*|hundreds|thousands)[\s-]+strong\b|\bin total\b|\btotal(?:s|ling|ing)? (?:of )?(?:about |some )?\d"
    rf"|\bnumber(?:s|ing)? {_ABOUT}\d"
    rf"|\b(?:army|force|military|contingent|garrison|militia|arsenal|fleet) of {_ABOUT}\d"
    r"|\b(?:has|have|had|boasts?|comprises?|fields?|keeps?|maintains?|stations?|there (?:are|were)|tiene|cuenta con|"
    rf"hay) {_ABOUT}\d"
    r"|\bde (?:unos |cerca de |m[aá]s de )?\d[\d.,]* (?:efectivos|soldados|hombres)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def asks_a_size(question: str) -> bool:
    """Whether `question` asks how big a force is, rather than how many did something."""
    if _HAS.search(question):
        return True
    asked = _IN_A_COUNTRY.search(question)
    place = re.findall(r"[\w’']+", (asked["place"] or asked["lugar"] or "") if asked else "")
    place = [word for word in place if word.lower() not in ("the", "el", "la")]
    return bool(place) and all(country is not None for country in country_words(place))  # not "Brazil's embassy"


def says_the_size(question: str, passage: str) -> bool:
    """False when `question` asks how big a force is and `passage` states no size."""
    return not asks_a_size(question) or _SIZE_SAID.search(passage) is not None
