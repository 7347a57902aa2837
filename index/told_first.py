"""Questions that tell something first and then ask about it: read by the checks as the question alone when it is
whole in itself ("maduro accused neighbouring colombia - who is colombia's president?" → "who is colombia's
president?"), with the thing told first in place of "that compound" ("fort tiuna — where is that compound
located?" → "where is fort tiuna located?"), without a request opening them ("tell me about simon bolivar, who was
he" → "simon bolivar, who was he"), and asked why first ("Figuera's wife is outside the country, why" → "why
Figuera's wife is outside the country?")."""

from __future__ import annotations

import re

from index.names_and_reasons_asked import PRONOUN
from index.outcomes import IRREGULAR_PAST

# A verb makes words told first a sentence, not the name of a thing.
A_VERB = re.compile(
    rf"\b(?:[a-z]+ed|thinks?|says?|wants?|knows?|believes?|went|thought|began|put|hit|saw|sold|"
    rf"{'|'.join(sorted(IRREGULAR_PAST))})\b",
    re.IGNORECASE,
)
# Verbs A_VERB leaves out: the auxiliaries, and past forms like their present ("the spy chief quit, …").
_OTHER_VERBS = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|did|does|do|will|would|can|could|quit|set|cut|let|hurt|spread)\b", re.I
)
_ASKING = r"(?:who|whom|whose|what|when|where|why|which|how)"
# Words that open a question's own context ("in his letter, …", "according to bolton, …"), not a statement of its own.
_NO_STATEMENT = (
    rf"{_ASKING}|is|are|was|were|did|does|do|in|on|at|by|according|after|before|besides|apart|except|other|per|from|"
    r"during|since|with|for|of|as|once|if|so|and|but|ok|okay|hey|also|btw|then"
)
# A statement told first, then a question about someone's thing by its owner's name ("the guy's name" points back).
_OWNED_ASKED_LAST = re.compile(
    rf"^(?P<open>\W*)(?!(?:{_NO_STATEMENT})\b)[^?]{{12,}}?\s*(?:[,;:.]|\s[–—-])\s*(?:so |and |but )?"
    rf"(?P<asked>(?:who|what)(?:['’]s| is| was| are| were) (?!the\b)(?:[\w’-]+ )?[\w’-]+['’]s [^,;:?]+?)\W*$",
    re.IGNORECASE,
)
# A thing named first in three words at most, no verb among them ("fort tiuna", "guaido's video"), then asked after
# as "that compound" (not "it": "sorry, when was it that…", "remind me, what was it pompeo said…").
_THING_FIRST = re.compile(
    rf"^(?P<open>\W*)(?P<thing>(?!(?:{_NO_STATEMENT}|it|that|this|he|she|they|we|i|you)\b)[^\W\d_][\w'’-]*"
    rf"(?: [\w'’-]+){{0,2}}?)\s*(?:[,:]|\s[–—-])\s*(?P<asked>{_ASKING}\b[^,;:]*)$",
    re.IGNORECASE,
)
# "tell me about simon bolivar, who was he", "what's the story of…, who was he": a request opening what the question
# after it asks of the same thing.
_REQUEST = re.compile(
    r"^(\W*)(?:(?:can you |could you |please |pls )?tell me (?:more )?about|what about|how about|"
    r"what(?:['’]s| is) the (?:story|deal) (?:of|with|behind))\s+"
    rf"(?=[^,?;]+[,;:]\s*{_ASKING}\b)",
    re.IGNORECASE,
)
# "Figuera's wife is outside the country, why": what is told first, asked why.
_WHY_LAST = re.compile(r"^(\W*)([^?,;:]{8,}?)\s*[,;:]\s*(?:but |and |so )?(?:why|how come)\W*$", re.IGNORECASE)
# The thing told first, pointed back to by a word for its kind.
_REFERRED_TO = re.compile(
    r"\b(?:(?:that|this) (?:place|compound|base|city|town|area|building|site|group|agency|organi[sz]ation|party|"
    r"company|outlet|channel|show|program|programme|country|region|state|prison|jail|hospital|clinic|airport|"
    r"university|movement|operation|plan|deal|law|protest|march|rally|video|letter|tweet))\b",
    re.IGNORECASE,
)


def the_question_alone(question: str) -> str:
    """`question` without the statement it tells first when it then asks about someone's thing by the owner's name
    and without pointing back ("…, who is colombia's president?"; not "…, what is its president's name?")."""
    owned = _OWNED_ASKED_LAST.match(question)
    if not owned or PRONOUN.search(owned["asked"]) or re.search(r"\b(?:it|its|that|this)\b", owned["asked"], re.I):
        return question
    return f"{owned['open']}{owned['asked']}?"


def with_the_thing_named(question: str) -> str:
    """`question` with the thing it names first in place of "that compound" after it ("fort tiuna — where is that
    compound located?" → "where is fort tiuna located?"); not when the words told first are a sentence."""
    told = _THING_FIRST.match(question)
    if not told or A_VERB.search(told["thing"]) or _OTHER_VERBS.search(told["thing"]):
        return question
    referred = _REFERRED_TO.search(told["asked"])
    if not referred:
        return question
    asked = told["asked"]
    thing = re.sub(r"^(?:The|A|An|This|That)\b", lambda article: article.group().lower(), told["thing"])
    return f"{told['open']}{asked[: referred.start()]}{thing}{asked[referred.end() :]}"


def without_the_request(question: str) -> str:
    """`question` without a request opening a question about the same thing ("tell me about simon bolivar, who was
    he" → "simon bolivar, who was he"); a request alone ("tell me about the uprising") is left as typed."""
    return _REQUEST.sub(r"\1", question)


def why_asked_first(question: str) -> str:
    """`question` asking "why" after what it tells, asked with "why" first ("Figuera's wife is outside the country,
    why" → "why Figuera's wife is outside the country?")."""
    return _WHY_LAST.sub(r"\1why \2?", question)
