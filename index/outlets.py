"""Questions asking who of a named outlet did something ("Which CNN reporter said Maduro tried to fly to Cuba?",
"who was cnn's source?", "¿Qué periodista de Fox News…?"): only a report naming that outlet, in its text or as its
own outlet, can tell who of it did so. "Putin's support of Maduro has been compared to the Cuban Missile Crisis",
in a Daily Mail report that never names CNN, does not, whatever name it holds. The whole article is read, as a
report need not repeat its outlet ("Journalist Tucker Carlson continued…" after "…told Fox News"). Only a question
asking which or who ("According to the Daily Mail reporter, who confirmed…?" asks about the letter) is judged.
"""

from __future__ import annotations

import re

# Each outlet as a question may name it → how a report names it ("Fox" for Fox News and Fox Business).
_OUTLETS = {
    r"CNN": r"CNN",
    r"MSNBC": r"MSNBC",
    r"Fox(?: News| Business)?": r"Fox",
    r"BBC": r"BBC",
    r"Reuters": r"Reuters",
    r"AP|Associated Press": r"AP|Associated Press",
    r"AFP": r"AFP",
    r"NBC": r"NBC",
    r"CBS": r"CBS",
    r"ABC": r"ABC",
    r"CNBC": r"CNBC",
    r"Bloomberg": r"Bloomberg",
    r"Telesur": r"Telesur",
    r"VTV": r"VTV",
    r"VPITV": r"VPITV",
    r"NTN24": r"NTN24",
    r"RFE/RL": r"RFE/RL",
    r"Al Jazeera": r"Al Jazeera",
    r"(?:the )?Daily Mail": r"Daily Mail",
    r"(?:the )?Washington Post": r"Washington Post",
    r"(?:the )?New York Times": r"New York Times",
    r"(?:the )?Wall Street Journal": r"Wall Street Journal",
    r"(?:the )?Pan Am Post": r"Pan Am Post",
    r"Hot Air": r"Hot Air",
    r"Zero ?Hedge": r"Zero ?Hedge",
    r"IBTimes|International Business Times": r"IBTimes|International Business Times",
}
_OUTLET = "|".join(f"(?:{asked})" for asked in _OUTLETS)
_SOMEONE = (
    r"reporters?|journalists?|photo(?:journalist|grapher)s?|correspondents?|anchors?|hosts?|commentators?|"
    r"presenters?|pundits?|sources?|editors?|writers?|bloggers?|columnists?|authors?|contributors?|producers?|"
    r"interviewers?|analysts?|periodistas?|reporter[oa]s?|corresponsal(?:es)?|presentador(?:a|es|as)?|fuentes?|"
    r"comentaristas?|columnistas?|redactor(?:a|es|as)?|enviad[oa]s?|conductor(?:a|es|as)?|fot[oó]grafo"
)
# Which, what, who is (the)…; qué, cuál, quién fue (la)…
_WHICH = (
    r"(?:\b(?:which|what)\s+|\bwho(?:['’]s|\s+(?:is|was|were|are))\s+(?:the\s+)?|(?<!\w)(?:qu[eé]|cu[aá]l(?:es)?)\s+(?:(?:es|fue|era)\s+)?(?:(?:el|la|los|las)\s+)?|"
    r"(?<!\w)qui[eé]n(?:es)?\s+(?:es|fue|era|son|fueron)\s+(?:el\s+|la\s+|los\s+|las\s+)?)"
)
# "which CNN reporter", "who was cnn's source", "which reporter for the Washington Post", "qué periodista de Fox News".
_ASKED = re.compile(
    rf"{_WHICH}(?P<before>{_OUTLET})(?:['’]s)?\s+(?:\w+\s+)?(?:{_SOMEONE})\b|"
    rf"{_WHICH}(?:\w+\s+)?(?:{_SOMEONE})\s+(?:of|at|from|for|with|de|del|de la)\s+(?:the\s+)?(?P<after>{_OUTLET})\b",
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
