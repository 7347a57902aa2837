"""How someone reacted or replied to something ("how did Guaido react to Figuera's letter?", "¿Qué le respondió CNN a
Rubio por lo de llamarlo golpe?", "what was the UN's reaction to…"): a passage tells it only if it names the one
reacting, by a word of their name, their acronym ("UN") or their country ("the Colombian foreign minister
replied…" for Colombia). A person, unlike a country, an outlet or a body, speaks of many things: their reaction also
needs something of what they reacted to, so "Guaido issued a rallying cry for his 'uprising'" is no reaction to the
letter. A person also reacts by speaking or acting, named
beside the verb or unnamed ("he said") with no one else named doing so: "25 troops who had been with Mr Guaido fled"
is no reaction of Guaido's. A reaction to what someone named said or did ("…when Diaz-Balart said the missiles were
already there") needs that someone named, or two words of what they said ("missiles", "already"): Carlson asking
"Are you saying the Russians will put nuclear missiles in Venezuela?" came before it. A reaction asked of no one named
("how did people respond?") is not checked.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from index.countries import countries_in, words_besides_countries
from index.moments import TIME_WORDS
from index.names import CAPITALISED_WORD
from index.person_said import SPEAKING_GROUPS, speaks
from index.reader.gloss import reader_text
from index.text import guess_language, lexical_terms, word_set, words

_ASKED = (
    re.compile(
        r"\bhow (?:did|does|has|have|do|would) (?:the )?(?P<who>[^?]{1,60}?) "
        r"(?:react|respond|reply|answer)(?:ed)? (?:to|when|after) (?P<what>[^?]+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bwhat did (?:the )?(?P<who>[^?]{1,60}?) (?:say|tweet|write|answer) "
        r"(?:in (?:response|reply|answer) to|back (?:to|when|after)|after) (?P<what>[^?]+)",
        re.IGNORECASE,
    ),
    # "did maduro say anything back to bolsonaro about the 'crack' comment"
    re.compile(
        r"\b(?:did|has|had) (?:the )?(?P<who>[^?]{1,60}?) (?:say|said|tweet|write|reply|respond|hit) "
        r"(?:anything |something )?back (?:to|at|when|after) (?P<what>[^?]+)",
        re.IGNORECASE,
    ),
    # "what was the UN secretary general's reaction to the coup attempt"
    re.compile(
        r"\bwhat (?:was|is|were) (?:the )?(?P<who>[^?]{1,60}?)['’]s? (?:reaction|response|reply|answer) "
        r"(?:to|when|after) (?P<what>[^?]+)",
        re.IGNORECASE,
    ),
    # "after diaz-balart said the missiles were already there, what did tucker carlson say back": the event told first
    re.compile(
        r"^\W*(?:after|when|once)\s+(?P<what>[^,?]{3,120}),\s*(?:so\s+)?(?:what|how) did (?:the )?(?P<who>[^?]{1,60}?) "
        r"(?:say|respond|react|reply|answer)(?: back| next| to (?:that|it|this))?\W*$",
        re.IGNORECASE,
    ),
    # "maduro blamed colombia, how did duque respond": the event told first with no word before it
    re.compile(
        r"^\W*(?P<what>(?!(?:after|when|once|if|so|and|but)\b)[^,?]{3,120}),\s*(?:so\s+)?(?:what|how) did (?:the )?"
        r"(?P<who>[^?,]{1,60}?) (?:respond|react|reply|answer)(?: back| to (?:that|it|this))?\W*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bqu[eé] (?:le |les )?(?:respondi[oó]|contest[oó]|replic[oó]) (?:el |la )?(?P<who>[^?]{1,40}?) "
        r"(?:a|al) (?P<what>[^?]+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bc[oó]mo (?:reaccion[oó]|respondi[oó]) (?:el |la )?(?P<who>[^?]{1,40}?) "
        r"(?:a|al|ante|cuando) (?P<what>[^?]+)",
        re.IGNORECASE,
    ),
)
# Words for a body rather than its name: "Colombia's government" is named by Colombia.
_BODIES = word_set(
    "government officials official ministry office administration spokesman spokeswoman spokesperson foreign "
    "minister president army military party network channel kremlin pentagon"
)
# Reactions asked of no one in particular, or of a group spoken of by what its people are ("how did the rebels react").
_ANYONE = word_set("people everyone everybody anyone folks venezuelans they others world") | (SPEAKING_GROUPS - _BODIES)


class _Reaction(NamedTuple):
    """Who reacted (the words and countries naming them, and whether they are a person) and the search terms and
    countries of what they reacted to."""

    name: str
    acronyms: frozenset[str]
    who: frozenset[str]
    who_countries: frozenset[str]
    a_person: bool
    what: frozenset[str]
    what_countries: frozenset[str]
    what_by: frozenset[str]
    what_said: frozenset[str]


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_reaction(question: str) -> _Reaction | None:
    """Who `question` asks the reaction of, and to what; none when it asks no reaction, or one of no one named."""
    asked = next((found for pattern in _ASKED if (found := pattern.search(question))), None)
    if asked is None or set(asked["who"].lower().split()) & _ANYONE:
        return None
    spanish = guess_language(question) == "es"
    who, what = (reader_text(asked[part]) if spanish else asked[part] for part in ("who", "what"))
    words = set(who.lower().split())
    # An outlet is written in capitals ("CNN"); a country or a body is named by its country or its kind.
    a_person = not (countries_in(who) or words & _BODIES or re.search(r"\b[A-Z]{2,}\b", asked["who"]))
    return _Reaction(
        who,
        frozenset(re.findall(r"\b[A-Z]{2,}\b", asked["who"])),
        frozenset(lexical_terms(who)) - set(lexical_terms(" ".join(_BODIES))),
        frozenset(countries_in(who)),
        a_person,
        frozenset(lexical_terms(what)) - TIME_WORDS,
        frozenset(countries_in(what)),
        *_whose_words(what),
    )


# Words of saying, which tell nothing of what was said.
_SAYING = frozenset(lexical_terms("said say says saying told tell claimed claim suggested asked"))


def _whose_words(what: str) -> tuple[frozenset[str], frozenset[str]]:
    """The search terms of the people `what` names (its capitalised words, not countries nor acronyms), and of the
    rest of it, countries, times and words of saying aside."""
    named = [word for word in re.findall(rf"\b{CAPITALISED_WORD}", what) if not word.isupper()]
    people = frozenset(lexical_terms(" ".join(word for word in named if not countries_in(word))))
    plain = words_besides_countries(words(what))
    return people, frozenset(lexical_terms(" ".join(plain))) - people - _SAYING - TIME_WORDS


def tells_the_reaction(question: str, passage: str) -> bool:
    """False when `question` asks how someone reacted to something and `passage` does not name the one reacting, or,
    for a person, names nothing of what they reacted to or has them neither speak nor act."""
    asked = _asked_reaction(question)
    if asked is None:
        return True
    terms, countries = set(lexical_terms(passage)), countries_in(passage)
    if asked.acronyms and not any(re.search(rf"\b{acronym}\b", passage) for acronym in asked.acronyms):
        return False  # "the UN secretary general" is not "Secretary of State Mike Pompeo"
    if (asked.who or asked.who_countries) and not (asked.who & terms or asked.who_countries & countries):
        return False
    if not asked.a_person:
        return True
    about = asked.what or asked.what_countries
    if about and not (asked.what & terms or asked.what_countries & countries):
        return False
    if asked.what_by and not asked.what_by & terms and len(asked.what_said & terms) < min(2, len(asked.what_said)):
        return False  # what someone else said or did, told neither by them nor by its words
    return speaks(asked.name, passage)
