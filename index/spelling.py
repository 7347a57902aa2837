"""British spellings read as American ones for word matching ("defence" finds "defense", "armoured" finds
"armored"), so a question and an article written on either side of the Atlantic share their words."""

from __future__ import annotations

import re

# Whole words whose British and American forms differ by more than a rule below covers.
_WORDS = {
    "defence": "defense",
    "defences": "defenses",
    "offence": "offense",
    "offences": "offenses",
    "licence": "license",
    "pretence": "pretense",
    "centre": "center",
    "centres": "centers",
    "centred": "centered",
    "theatre": "theater",
    "metre": "meter",
    "metres": "meters",
    "kilometre": "kilometer",
    "kilometres": "kilometers",
    "litre": "liter",
    "litres": "liters",
    "programme": "program",
    "programmes": "programs",
    "grey": "gray",
    "plough": "plow",
    "ploughs": "plows",
    "ploughed": "plowed",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "judgement": "judgment",
    "ageing": "aging",
    "analyse": "analyze",
    "analysed": "analyzed",
    "catalogue": "catalog",
    "cheque": "check",
    "tyre": "tire",
    "tyres": "tires",
    "jewellery": "jewelry",
    "travelled": "traveled",
    "travelling": "traveling",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "labelled": "labeled",
    "fuelled": "fueled",
    "fuelling": "fueling",
    "levelled": "leveled",
    "signalled": "signaled",
    "modelling": "modeling",
    "counselling": "counseling",
    "totalled": "totaled",
}
# "colour", "honour", "armoured", "neighbours": -our- words, listed by stem ("four", "hour", "your" are not).
_OUR_STEMS = frozenset(
    "arm behavi col endeav fav flav harb hon hum lab neighb od rum sav splend tum vap vig val ard clam parl rig".split()
)
_OUR = re.compile(rf"^({'|'.join(sorted(_OUR_STEMS))})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|y)?$")
# "organise", "mobilisation", "criticised": -ise verbs, listed by stem ("rise", "promise", "wise" are not).
_ISE_STEMS = frozenset(
    """organ recogn mobil critic apolog author emphas character sympath minim maxim priorit util militar
    destabil stabil national privat legal real final normal polar radical jeopard summar symbol legitim penal
    neutral scrutin standard capital special central decentral modern hospital marginal civil global
    industrial monopol categor colon demoral energ subsid harmon equal visual terror vandal memorial
    democrat liberal econom agon fantas galvan immun mechan optim pressur revolution sanit tantal trivial""".split()
)
_ISE = re.compile(rf"^({'|'.join(sorted(_ISE_STEMS))})is(e|es|ed|ing|er|ers|ation|ations|ational)$")


def american(word: str) -> str:
    """The American spelling of a folded, lower-case `word` ("defence" -> "defense"), else the word itself."""
    if word in _WORDS:
        return _WORDS[word]
    if "our" in word and (match := _OUR.match(word)):
        return f"{match.group(1)}or{match.group(2) or ''}"
    if "is" in word and (match := _ISE.match(word)):
        return f"{match.group(1)}iz{match.group(2)}"
    return word
