"""Questions about someone of a named outlet ("Which CNN reporter said Maduro tried to fly to Cuba?", "who was cnn's
source?", "the MSNBC commentator who said…"): only a passage naming that outlet can tell who of it did so. "Putin's
support of Maduro has been compared to the Cuban Missile Crisis" names no CNN, whatever name it holds. The outlet
may be named in any form ("Fox" for "Fox Business"); a country's or a city's people ("Moscow spokeswoman") are no
outlet, and "on Fox Business" (where something was said) asks about no one of it.
"""

from __future__ import annotations

import re

_OUTLET = (
    r"CNN|MSNBC|Fox(?: News| Business)?|BBC|Reuters|(?-i:AP)|AFP|Associated Press|NBC|CBS|(?-i:ABC)|CNBC|Bloomberg|"
    r"Telesur|VTV|NTN24|Al Jazeera|Daily Mail|Washington Post|New York Times|Wall Street Journal|Pan Am Post|Hot Air|"
    r"ZeroHedge"
)
_SOMEONE = (
    r"reporters?|journalists?|correspondents?|anchors?|hosts?|commentators?|presenters?|pundits?|sources?|editors?|"
    r"producers?|interviewers?|periodistas?|corresponsal(?:es)?|presentador(?:a|es|as)?|fuentes?"
)
# "CNN reporter", "cnn's source", "Fox Business host", "the MSNBC anchor or reporter"; "reporter for CNN",
# "periodista de CNN".
_ASKED = re.compile(
    rf"\b(?P<before>{_OUTLET})(?:['’]s)?\s+(?:\w+\s+){{0,2}}?(?:{_SOMEONE})\b|"
    rf"\b(?:{_SOMEONE})\s+(?:of|at|from|for|with|de)\s+(?:the\s+)?(?P<after>{_OUTLET})\b",
    re.IGNORECASE,
)


def names_the_outlet(question: str, passage: str) -> bool:
    """False when `question` asks about someone of a named outlet and `passage` does not name that outlet."""
    asked = _ASKED.search(question)
    if not asked:
        return True
    outlet = (asked["before"] or asked["after"]).split()[0]
    return bool(re.search(rf"\b{re.escape(outlet)}\b", passage, re.IGNORECASE))
