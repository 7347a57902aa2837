"""Questions asking who of a named outlet did something ("Which CNN reporter said Maduro tried to fly to Cuba?",
"who was cnn's source?", "¿Qué periodista de Fox News…?"): only a report naming that outlet, in its text or as its
own outlet, can tell who of it did so. "Putin's support of Maduro has been compared to the Cuban Missile Crisis",
in a Daily Mail report that never names CNN, does not, whatever name it holds. The whole article is read, as a
report need not repeat its outlet ("Journalist Tucker Carlson continued…" after "…told Fox News"). Only a question
asking which or who ("According to the Daily Mail reporter, who confirmed…?" asks about the letter) is judged.

Which outlet someone worked for ("Which news outlet employed the photographer who was shot?") is told only by a
passage naming an outlet: a known one, a name of media words ("Pan Am Post"), one after its kind ("news site G1"), or
state television.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from index.state import IndexState

# Each outlet as a question may name it → how a report, its outlet or its link names it ("Fox" for Fox News and Fox
# Business, "foxnews" in www.foxnews.com).
_OUTLETS = {
    r"CNN": r"CNN",
    r"MSNBC": r"MSNBC",
    r"Fox(?: News| Business)?": r"Fox|foxnews|foxbusiness",
    r"BBC": r"BBC",
    r"Reuters": r"Reuters",
    r"AP|Associated Press": r"AP|Associated Press|apnews",
    r"AFP": r"AFP",
    r"EFE": r"EFE",
    r"NBC": r"NBC|nbcnews",
    r"CBS": r"CBS|cbsnews",
    r"ABC": r"ABC|abcnews",
    r"CNBC": r"CNBC",
    r"Bloomberg": r"Bloomberg",
    r"Univision": r"Univision",
    r"Telesur": r"Telesur|telesurtv",
    r"VTV": r"VTV",
    r"VPITV": r"VPITV",
    r"NTN24": r"NTN24",
    r"Globovisi[oó]n": r"Globovisi[oó]n",
    r"RFE/RL": r"RFE/RL|rferl",
    r"Al Jazeera": r"Al Jazeera|aljazeera",
    r"Daily Mail": r"Daily Mail|dailymail",
    r"Washington Post": r"Washington Post|washingtonpost",
    r"New York Times": r"New York Times|nytimes",
    r"Wall Street Journal": r"Wall Street Journal|wsj",
    r"Pan Am Post": r"Pan Am Post|panampost",
    r"Hot Air": r"Hot Air|hotair",
    r"Zero ?Hedge": r"Zero ?Hedge",
    r"IB ?Times|International Business Times": r"IB ?Times|International Business Times",
    r"El Nacional": r"El Nacional|elnacional",
    r"El Pa[ií]s": r"El Pa[ií]s|elpais",
    r"Efecto Cocuyo": r"Efecto Cocuyo|efectococuyo",
}
_OUTLET = "|".join(f"(?:{asked})" for asked in _OUTLETS)
_SOMEONE = "|".join(
    [
        r"reporters?|journalists?|photo(?:journalist|grapher)s?|correspondents?|anchors?|hosts?|commentators?",
        r"presenters?|pundits?|sources?|editors?|writers?|bloggers?|columnists?|authors?|contributors?|producers?",
        r"interviewers?|analysts?|periodistas?|reporter[oa]s?|corresponsal(?:es)?|presentador(?:a|es|as)?|fuentes?",
        r"comentaristas?|columnistas?|redactor(?:a|es|as)?|enviad[oa]s?|conductor(?:a|es|as)?|fot[oó]graf[oa]s?",
    ]
)
# Which, what, who is (the)…, the name of the…; a Spanish question word only where the question opens ("¿Qué
# periodista…?", not "¿Dijo Maduro que la fuente…?").
_WHICH = (
    r"(?:\b(?:which|what)\s+|\bwho(?:['’]s|\s+(?:is|was|were|are))\s+(?:the\s+)?|\bname\s+of\s+(?:the\s+)?|"
    r"^\W*(?:qu[eé]|cu[aá]l(?:es)?)\s+(?:(?:es|fue|era)\s+)?(?:(?:el|la|los|las)\s+)?|"
    r"^\W*qui[eé]n(?:es)?\s+(?:es|fue|era|son|fueron)\s+(?:el\s+|la\s+|los\s+|las\s+)?)"
)
# "which CNN reporter", "who was cnn's source", "which host on Fox News", "qué periodista de Fox News".
_ASKED = re.compile(
    rf"{_WHICH}(?:the\s+)?(?P<before>{_OUTLET})(?:['’]s)?\s+(?:\w+\s+)?(?:{_SOMEONE})\b|"
    rf"{_WHICH}(?:\w+\s+)?(?:{_SOMEONE})\s+(?:of|at|from|for|with|on|de|del|de la)\s+(?:the\s+)?(?P<after>{_OUTLET})\b",
    re.IGNORECASE,
)


def asked_outlet(question: str) -> re.Pattern[str] | None:
    """How a report names the outlet whose reporter, host or source `question` asks which or who is, if it asks."""
    asked = _ASKED.search(question)
    if not asked:
        return None
    return outlet_named(asked["before"] or asked["after"])


def outlet_named(name: str) -> re.Pattern[str] | None:
    """How a report names the known outlet `name` is ("IBTimes": "International Business Times"), if it is one."""
    said = next((said for phrase, said in _OUTLETS.items() if re.fullmatch(phrase, name.strip(), re.IGNORECASE)), None)
    return re.compile(rf"\b(?:{said})\b", re.IGNORECASE) if said else None


# "Which news outlet did the photographer work for?", "¿Para qué medio trabajaba…?": the answer is an outlet's name.
_ASKS_WHICH_OUTLET = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:(?:news|media)\s+)?outlets?\b|"
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:newspaper|paper|broadcaster|publication|magazine|website|tv station|"
    r"tv channel|tv network|news agency|news site|news network|news channel|news station|news organi[sz]ation|"
    r"media organi[sz]ation|news company)s?\b|"
    r"\b(?:qu[eé]|cu[aá]l)\s+(?:medio|peri[oó]dico|diario|canal|cadena|emisora|televisora|revista|"
    r"agencia de noticias)\b",
    re.IGNORECASE,
)
_MEDIA_WORDS = (
    r"News|TV|Radio|Post|Times|Press|Herald|Tribune|Journal|Television|Channel|Network|Gazette|Telegraph|Guardian|"
    r"Independent|Mail|Express|Mirror|Observer|Reporter|Daily|Noticias|Televisi[oó]n|Diario|Prensa"
)
# An outlet by name: a known one, a name of media words ("Pan Am Post", "Sky News"), a name after the kind of outlet
# ("news site G1", "broadcaster Telesur"), or state television.
_NAMES_AN_OUTLET = re.compile(
    rf"\b(?:{'|'.join(_OUTLETS.values())})\b|"
    rf"(?-i:\b[A-Z][\w&.-]*\s+(?:{_MEDIA_WORDS})\b)|"
    r"\b(?:news (?:site|agency|channel|network|outlet|website|portal)|newspaper|broadcaster|channel|network|station|"
    r"agency|magazine|outlet|diario|peri[oó]dico|canal|cadena|emisora|agencia)\s+(?-i:[A-Z][\w&.-]*)|"
    r"\bstate(?:-run| run)? (?:tv|television|media|broadcaster|news agency)\b",
    re.IGNORECASE,
)


# Only whom an unnamed person worked for: "On which TV channel did the lawmaker suggest…?" is answered beside its best
# passage ("Republican congressman Mario Diaz-Balart claimed…", naming none), and "Which TV station does the injured
# journalist Jaimes report for?" beside "TV journalist Gregory Jaimes…": setting those aside made the reader's doubt
# about the answering passage decline them. "¿Qué medio emplearon…?" asks for a means.
_WORKED_FOR = re.compile(
    r"\b(?:work(?:s|ed|ing)? (?:for|at)|employ(?:s|ed)? (?:the|that|this|a)\b|on (?:the|its|their) staff|"
    r"wr(?:ite|ote|ites|iting) for|report(?:s|ed|ing)? for|shoot(?:s|ing)? for|shot for|"
    r"trabaja(?:ba|n|ban)? (?:para|en)|para qu[eé] (?:medio|peri[oó]dico|diario|canal|cadena|agencia))\b",
    re.IGNORECASE,
)
# Capitalised words that name no person whose outlet is asked.
_NOT_NAMES = frozenset({"tv", "i", "venezuela", "venezuelan", "caracas", "national", "guard", "news", "us"})


def names_an_outlet(question: str, passage: str) -> bool:
    """False when `question` asks which news outlet someone worked for, and `passage` names none."""
    asked = _ASKS_WHICH_OUTLET.search(question) and _WORKED_FOR.search(question) and not _names_someone(question)
    return not asked or bool(outlets_named(passage))


def outlets_named(text: str) -> list[str]:
    """The news outlets `text` names ("Pan Am Post", "news site G1")."""
    return [found.group() for found in _NAMES_AN_OUTLET.finditer(text)]


def _names_someone(question: str) -> bool:
    """Whether the question names the person whose outlet it asks ("Jaimes"), a capitalised word not opening it."""
    return any(word[:1].isupper() for word in re.findall(r"[\w’'-]+", question)[1:] if word.lower() not in _NOT_NAMES)


def articles_of_the_named_outlet(question: str, by_outlet: Mapping[str, frozenset[int]]) -> frozenset[int]:
    """The articles of the outlets `question` names ("per the daily mail", "the zerohedge piece", "according to
    ibtimes"), among `by_outlet` (each outlet's articles, by its name as the articles give it)."""
    named = frozenset()
    for outlet, pattern in _outlet_patterns(tuple(sorted(by_outlet))):
        if pattern.search(question):
            named |= by_outlet[outlet]
    return named


@lru_cache(maxsize=8)  # one tuple of outlets per index generation
def _outlet_patterns(outlets: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """How a question may name each outlet: as the articles give it, written without its spaces ("hotair"), or by
    a known other name ("IBTimes" for the International Business Times)."""
    patterns = []
    for outlet in outlets:
        if len(outlet) < 3:
            continue
        ways = [re.escape(outlet), re.escape(outlet.replace(" ", ""))]
        ways += [phrase for phrase, said in _OUTLETS.items() if re.fullmatch(rf"(?:{said})", outlet, re.IGNORECASE)]
        patterns.append((outlet, re.compile(rf"\b(?:{'|'.join(ways)})\b", re.IGNORECASE)))
    return tuple(patterns)


def of_the_named_outlet(question: str, rows: np.ndarray, state: IndexState) -> np.ndarray:
    """1.0 for each of `rows` found in an article of an outlet `question` names, else 0.0 (all 0.0 when it names
    none, or when every article is of the outlets it names)."""
    named = articles_of_the_named_outlet(question, state.articles_by_outlet)
    if not named or len(named) == len(state.articles):
        return np.zeros(len(rows), dtype=np.float32)
    return np.array([bool(named.intersection(state.occurrences_of(int(row))[:, 1].tolist())) for row in rows], "f4")
