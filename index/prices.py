"""The price, cost or value of a thing ("What is the price of gasoline in Venezuela?", "¿Cuál es el precio de la
gasolina?"): a passage gives it only if it names that thing, every word of it, and not when it only has a sum of
money for something else ("the billions of dollars that the Kremlin has pumped into Venezuela's drilling industry").
Asked as "how much does a tank of gas cost?", only a measure's thing ("gas") is read, as a thing asked in other words
may be called otherwise in the article; "how much did each…" needs the price of one, and "how much did Venezuela pay
for the fighter jets" a sum said of them, not of a list they are one item of ("$11billion worth of tanks, missile
defence systems, fighter jets and other small arms"). Whether the passage has a sum at all is the attribute table's
`price` row.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.countries import country_words, words_besides_countries
from index.reader.gloss import reader_text
from index.text import lexical_terms, words

# "The price of a barrel of Venezuelan oil": the thing ends where the question goes on ("…in Venezuela", "…now").
_GOES_ON = (
    r"in|at|for|on|to|from|during|since|after|before|under|now|today|right|these|this|that|per|when|who|which|"
    r"compared|versus|vs|back"
)
_PRICE_OF = re.compile(
    r"\b(?:price|prices|cost|costs|value|worth|fare)\s+of\s+(?:(?:a|an|the|one|each)\s+)?"
    rf"(?P<thing>[\w'’-]+(?:\s+(?!(?:{_GOES_ON})\b)[\w'’-]+){{0,4}}?)(?=\s*(?:[?,.!]|$|\b(?:{_GOES_ON})\b))",
    re.IGNORECASE,
)
# "How much does a tank of gas cost?", "how much did each of the jets cost?": in other words than "the price of", only
# a measure of a thing or one of many is read, as a thing may be called otherwise ("car gas" for "LPG", "the Russian
# armour" for "T-72 tanks").
_HOW_MUCH = re.compile(
    r"\bhow much (?:does|did|do|is|was|are|were|would|will) (?:(?:a|an|the|one|each)\s+(?:of the\s+)?)?"
    r"(?P<thing>[\w'’-]+(?:\s+[\w'’-]+){0,8}?)\s+(?:cost|costs|sell for|go for|fetch)\b",
    re.IGNORECASE,
)
_MEASURE = (
    r"tank|tankful|litre|liter|gallon|barrel|kilo|kilogram|pound|bag|bottle|box|carton|loaf|dozen|cup|can|packet|pack|"
    r"sack|ton|tonne"
)
_MEASURE_OF = re.compile(rf"^(?:{_MEASURE})s? of (?P<thing>.+)$", re.IGNORECASE)
# The price of one ("each", "apiece"), not what many cost together ("$11billion worth of tanks… fighter jets").
_ONE_OF_MANY = re.compile(r"\beach\b|\bapiece\b|\bper (?:unit|piece|plane|jet|tank)\b", re.IGNORECASE)


# A verb after the thing starts a clause about it.
_VERB = re.compile(r"\w+ed|bought|sold|sent|paid|spent|made|got|gave|took|had|has|have|is|was|were|are|will|would")


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def priced_thing(question: str) -> frozenset[str]:
    """The search terms of the thing whose price, cost or value `question` asks ("gasolin"), countries aside; a
    Spanish question is read in its English gloss, as the articles' words are English."""
    gloss = reader_text(question)
    asked = _PRICE_OF.search(gloss) or _HOW_MUCH.search(gloss)
    if asked and asked.re is _HOW_MUCH:
        asked = _MEASURE_OF.match(asked["thing"])
    if not asked:
        return frozenset()
    thing = words(asked["thing"])
    kept: list[str] = []
    for word, country in zip(thing, country_words(thing), strict=True):
        after_a_noun = kept and kept[-1] not in ("of", "the")  # "a barrel of Venezuelan oil" goes on
        if after_a_noun and (country is not None or _VERB.fullmatch(word)):
            break  # "the weapons Venezuela bought from Russia": the thing is the weapons
        if country is None:
            kept.append(word)
    return frozenset(lexical_terms(" ".join(kept)))


def names_the_priced_thing(question: str, passage: str) -> bool:
    """False when `question` asks the price, cost or value of a thing and `passage` does not name every word of it,
    or names it only as one item of a list, or asks what one of many cost and `passage` says no price of one."""
    if _HOW_MUCH.search(question) and _ONE_OF_MANY.search(question) and not _ONE_OF_MANY.search(passage):
        return False
    thing = priced_thing(question)
    if thing and not thing <= set(lexical_terms(passage)):
        return False
    item = _bought_item(question)
    return not item or not _only_within_a_list(item, passage)


# "How much did Venezuela pay for the fighter jets?", "how much did the fighter jets alone cost?": what was bought.
_PAID_FOR = re.compile(
    r"\bhow much (?:money )?(?:did|does|do|has|have|had|was|were) .{1,40}? (?:pay|paid|spend|spent|invest|shell out)"
    r"\w* (?:for|on|in) (?:the |those |these |its |their |all )?(?P<thing>[\w'’ -]+)",
    re.IGNORECASE,
)
# Words saying the thing is asked by itself, which end it ("the fighter jets alone").
_BY_ITSELF = r"alone|specifically|exactly|only|just|by themselves|by itself|separately|in particular|like"


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _bought_item(question: str) -> frozenset[str]:
    """The search terms of the thing `question` asks what was paid for or what it cost ("fighter jet"), countries
    aside, or none."""
    gloss = reader_text(question)
    asked = _PAID_FOR.search(gloss) or _HOW_MUCH.search(gloss)
    if not asked or re.search(r"\w,\s*\w", asked["thing"]) or re.match(r",\s*\w", gloss[asked.end() :]):
        return frozenset()  # "how much did they spend on tanks, jets and missiles" asks the list's sum
    thing = re.split(rf"\b(?:{_GOES_ON}|{_BY_ITSELF}|between|cost|costs)\b", asked["thing"], flags=re.IGNORECASE)[0]
    return frozenset(lexical_terms(" ".join(words_besides_countries(words(thing)))))


# A list of three or more short items: "tanks, missile defence systems, fighter jets and other small arms".
_LIST = re.compile(
    r"(?:[\w'’-]+(?: [\w'’-]+){0,3}, ){2,}(?:[\w'’-]+(?: [\w'’-]+){0,3},? )?(?:and|or) [\w'’-]+(?: [\w'’-]+){0,3}"
)
_ITEM_BREAK = re.compile(r",\s*|\s+(?:and|or)\s+(?:other\s+)?")


# Words for arms of every kind: "Russian arms" is the whole of "tanks, missile defence systems, fighter jets and other
# small arms", not its last item.
_ARMS_OF_EVERY_KIND = frozenset(lexical_terms("arms weapons weaponry armaments military equipment hardware"))


def _only_within_a_list(item: frozenset[str], passage: str) -> bool:
    """Whether `passage` names `item` as one item of a list of three or more and nowhere outside one (a word for
    arms of every kind is never one item)."""
    if item <= _ARMS_OF_EVERY_KIND:
        return False
    lists = list(_LIST.finditer(passage))
    listed = any(item <= set(lexical_terms(part)) for found in lists for part in _ITEM_BREAK.split(found.group()))
    outside = _LIST.sub(" ", passage)
    return listed and not item <= set(lexical_terms(outside))
