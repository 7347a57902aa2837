"""Questions asking who of a named outlet did something ("Which CNN reporter said Maduro tried to fly to Cuba?",
"who was cnn's source?", "¿Qué periodista de Fox News…?"): only a report naming that outlet, in its text or as its
own outlet, can tell who of it did so. "Putin's support of Maduro has been compared to the Cuban Missile Crisis",
in a Daily Mail report that never names CNN, does not, whatever name it holds. The whole article is read, as a
report need not repeat its outlet ("Journalist Tucker Carlson continued…" after "…told Fox News"). Only a question
asking which or who ("According to the Daily Mail reporter, who confirmed…?" asks about the letter) is judged.
"""

from __future__ import annotations

import re

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
    r"IBTimes|International Business Times": r"IBTimes|International Business Times",
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
    outlet = asked["before"] or asked["after"]
    named = next(said for phrase, said in _OUTLETS.items() if re.fullmatch(phrase, outlet, re.IGNORECASE))
    return re.compile(rf"\b(?:{named})\b", re.IGNORECASE)
