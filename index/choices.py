"""Either-or questions ("the 25 troops, were they officers or regular soldiers", "who shot the guy in la victoria,
police or colectivos?", "was it a bullet or a rubber bullet or what"): the answer is one of the alternatives, so a
passage holding neither cannot give it, nor one that never names the person the question names. A trailing "or what",
"or anything", "or not" offers no alternative. Only English "or" is read: a Spanish question's gloss loses where its
alternatives begin.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.names import people_named
from index.text import holds_any_word, term_beginnings

# "…or anything", "…or what", "…or not": no alternative, only a way of asking.
_NO_ALTERNATIVE = re.compile(
    r"\s+or\s+(?:what|what else|anything|anything else|something|something else|smth|sth|stuff|whatever|otherwise|"
    r"not|no|nah|nope|naw|yes|yeah|so|who|whom|where|how|someone else|anyone else|somebody else|anybody else)\W*$",
    re.IGNORECASE,
)
# "…a rubber bullet, a rock, what?": alternatives listed with commas, the question closing on "what".
_LISTED_THEN_WHAT = re.compile(r",\s*(?:or\s+)?what\W*$", re.IGNORECASE)
# The alternatives closing a question: "officers or regular soldiers", "police or colectivos", "…or a tear gas can".
_CHOICE = re.compile(
    r"(?:^|[\s,])(?P<first>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+or\s+(?P<second>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\W*$",
    re.IGNORECASE,
)
# Words opening the question's frame, not an alternative: "were they officers", "was it a bullet".
_FRAME = frozenset("was were is are did do does it they he she them him a an the".split())
# "Real or fake", "legit or a hoax": a passage telling whether something was confirmed or forged answers either.
_GENUINE_OR_NOT = term_beginnings(
    "real genuine authentic authenticity legit legitimate true fake forged forgery false bogus hoax fabricated "
    "confirmed verified"
)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def alternatives(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first letters of the content words of each alternative `question` closes with, or two empty sets."""
    text = _NO_ALTERNATIVE.sub("", question.strip())
    if listed := _LISTED_THEN_WHAT.search(text):
        text = re.sub(r",\s*(?=[^,]*$)", " or ", text[: listed.start()])  # the last two listed are alternatives
    choice = _CHOICE.search(text)
    if not choice:
        return frozenset(), frozenset()
    # Alternatives are alike: the first is as many words long as the second ("by police or guardsmen" offers police).
    second = choice["second"].split()
    first = [word for word in choice["first"].split()[-len(second) :] if word.lower() not in _FRAME]
    # Compared by their first letters: "officers" and "officer", "guardsmen" and the "Guard".
    first_terms, second_terms = term_beginnings(" ".join(first)), term_beginnings(choice["second"])
    if not first_terms or not second_terms:
        return frozenset(), frozenset()
    return frozenset(first_terms), frozenset(second_terms)


def holds_an_alternative(question: str, passage: str) -> bool:
    """False when `question` closes with alternatives ("…officers or regular soldiers") and `passage` holds a word of
    neither."""
    first, second = alternatives(question)
    if not first:
        return True
    offered = first | second
    if offered & _GENUINE_OR_NOT:
        offered |= _GENUINE_OR_NOT
    people = people_named(question)
    if people and not holds_any_word(passage, people):
        return False  # "Jaimes got hurt, was it a bullet or…": rubber bullets that hit others do not answer
    return bool(term_beginnings(passage) & offered)
