"""The body whose head a question asks about ("who is the head of the supreme court?", "who commands the National
Guard?", "the supreme court chief"): a passage answers only if it names that body, and names someone as its head,
not as the head of something else ("the head of the secret police", "Guard members who joined opposition leader
Guaido"). Likewise someone's post in a body named in full ("What position does Cabello hold in the National
Constituent Assembly?") needs that body named."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.countries import countries_in, country_words
from index.reader.gloss import reader_text
from index.text import fold, lexical_terms, without_possessive, word_set

# Those who run a company, a role of their own in holder_questions.py as well.
COMPANY_HEADS = (
    r"chief executive(?: officer)?|ceo|chief operating officer|coo|(?:managing|executive) director|chairwoman|"
    r"chairperson"
)
# "The head of the supreme court" is not answered by "the head of the secret police": the body must be named.
# The body ends where the question goes on about time, sources or anything else ("…of Venezuela right now",
# "according to", "…of the army loyal to Maduro").
_BODY_ENDS = (
    r"(?=\s*(?:[?.!,¿]|$|\b(?:now|right now|today|currently|at the moment|at the time|as of|this year|who|that|"
    r"when|where|which|whose|during|after|before|since|until|according|recogni[sz]ed|backed|loyal|by|in|on|at|to|"
    r"for|with|from|under|over|about|against|seg[uú]n|ahora|actualmente|hoy|en|desde|durante|que|quien|donde|"
    r"para|con|por|sobre|contra|leal)\b))"
)
_HEAD_OF_BODY = re.compile(
    rf"\b(?P<head>{COMPANY_HEADS}|head|chief|leader|director|boss|commanding officer|commander|chairman|president|"
    r"jef[ea]|directora?|l[ií]der|comandante|president[ea])\s+(?:of|at|de|del)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?"
    r"(?P<body>.+?)" + _BODY_ENDS,
    re.IGNORECASE,
)
# "Who commands the National Guard?" asks what "who is the commander of the National Guard?" asks.
_HEADS_THE_BODY = re.compile(
    r"\b(?P<head>runs|leads|heads|commands|directs|chairs|is in charge of|dirige|encabeza|lidera|comanda|preside|"
    r"est[aá] al frente de(?:l)?)\s+(?:(?:now|currently|actually|actualmente|ahora|hoy)\s+)?"
    r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?P<body>.+?)" + _BODY_ENDS,
    re.IGNORECASE,
)
# "The supreme court chief", "some chavista constituent committee president": a body of two words or more named before
# its head ("the military commander" and "the intelligence chief" describe the post more than they name a body).
_BODY_BEFORE_HEAD = re.compile(
    r"\b(?:the|a|an|some|its|their|(?!(?:who|what|that|it|there|here|where|how|when)['’]s)[\w-]+['’]s)\s+"
    r"(?:(?:new|current|top|acting|interim|then|former|senior|main)\s+)?"
    r"(?P<body>(?!(?:new|current|top|acting|interim|then|former|senior|main)\b)(?:[\w'’-]+\s+){2,4}?)"
    r"(?P<head>chief|head|boss|commander|director|leader|president)\b",
    re.IGNORECASE,
)
# Heads of these are roles of their own ("head of state", "chief of staff", "president of the republic", "de
# facto") or a country's ("of the country").
_NOT_BODIES = frozenset(
    lexical_terms(
        "state government staff country nation republic facto transition interim estado gobierno país nación "
        "república transición interino encargado"
    )
)
# A one-word body this short typed in lower case may be an acronym ("the tsj", "sebin"), which a passage may call by
# its name instead; so may a word in capitals ("the committee" for the CNSP). One capitalised is a name ("Provea").
_SHORT_BODY = 6


# A body within a body: "the constituent assembly's defence committee" is not the defence ministry, so a passage
# must name the committee itself, not only a word of what it belongs to.
_PART_OF_A_BODY = frozenset(lexical_terms("committee subcommittee commission panel caucus comisión comité"))


def names_the_body(body: frozenset[str], passage: str) -> bool:
    """Whether the passage names the asked body (a word of it, countries aside, and the committee or commission
    itself when one is asked), if there is one."""
    terms = set(lexical_terms(passage))
    return not body or bool(body & terms) and (body & _PART_OF_A_BODY) <= terms


@lru_cache(maxsize=256)
def asked_body(question: str, holder_end: Callable[[str], int | None]) -> frozenset[str]:
    """The search terms of the body whose head `question` asks for ("supreme court"), any one of which a passage
    must hold; empty when there is none to check. `holder_end` tells where the asked role ends in a text."""
    wanted: set[str] = set()
    for text in {question, reader_text(question)}:  # a Spanish question's own words or its gloss's
        end = holder_end(text)
        # Only the head asked for: not "the lawyer of the leader of the opposition".
        heads = (*_HEAD_OF_BODY.finditer(text), *_HEADS_THE_BODY.finditer(text), *_BODY_BEFORE_HEAD.finditer(text))
        match = next((m for m in heads if end is not None and m.end("head") == end), None)
        if match is None:
            continue
        words = re.findall(r"[^\W\d_]+(?:['’]s)?", match.group("body"))
        countries = country_words([without_possessive(word) for word in words])
        if _of_a_country(words, countries):
            return frozenset()  # "the president of Venezuela": a country's head, checked elsewhere
        kept = [word for word, country in zip(words, countries, strict=True) if country is None and not word.isupper()]
        terms = {term for term in lexical_terms(" ".join(kept)) if term not in _NOT_BODIES}
        longest = max(kept, key=len, default="")
        if not terms or (len(terms) == 1 and len(longest) <= _SHORT_BODY and longest.islower()):
            return frozenset()
        wanted |= terms
    return frozenset(wanted)


# The body's words next to the role, punctuation aside: "SEBIN chief", "The National Assembly, led by X", "the head
# of Venezuela's feared SEBIN", "head of the legislature, the National Assembly"; no clause between.
_WORDS_BESIDE_ROLE = 3, 8
_NOT_OF_THE_BODY = word_set("who that which whose where when but said says told was were is are has have had")
_BE = word_set("is was are were been be being")


def of_the_body(mention: re.Match[str], passage: str, body: frozenset[str]) -> bool:
    """Whether a word of the asked body stands next to this mention of the role, with no clause between."""
    before_count, after_count = _WORDS_BESIDE_ROLE
    before = re.findall(r"[\w'’-]+", passage[max(0, mention.start() - 60) : mention.start()])[-before_count:]
    after = re.findall(r"[\w'’-]+", passage[mention.end() : mention.end() + 90])[:after_count]
    passive = passage[mention.end() : mention.end() + 4] == " by "  # "the presidential guard is commanded by X"
    if body & set(lexical_terms(mention.group())):
        return True  # "defence chief" names the defence it heads
    for words in (before[::-1], after):
        for word in words:
            folded = fold(word.lower()).strip("'’")
            if passive and folded in _BE:
                continue
            if folded in _NOT_OF_THE_BODY:
                break
            if body & set(lexical_terms(word)):
                return True
    return False


def _of_a_country(words: list[str], countries: list[str | None]) -> bool:
    """Whether a body's words name a country itself ("Venezuela", "Venezuela for the opposition"), not a body
    that a country's name, possessive or adjective qualifies ("Venezuela's supreme court", "the French army")."""
    if not countries or countries[0] is None or words[0].endswith(("'s", "’s")):
        return False
    following = next((word for word, country in zip(words, countries, strict=True) if country is None), "")
    return not lexical_terms(following)


# "What position does Cabello hold in the National Constituent Assembly?": a post in a named body is told only by a
# passage naming that body, every capitalised word of it ("the National Assembly" is another).
_POSITION_IN = re.compile(
    r"\b(?:what|which) (?:position|post|office|seat|title) (?:does|did|do|is|was|has|had)\b[^?]*?"
    r"\b(?:in|on|at|within) (?:the )?(?P<body>(?-i:[A-Z])[\w’'-]+(?: (?:of |de |del )?(?-i:[A-Z])[\w’'-]+){0,4})",
    re.IGNORECASE,
)
# "what's cabello's position in the constituent assembly", "what role does he have in the defense committee": a body
# typed in lower case, named by two words or more ending in a word for one.
_POSITION_IN_A_BODY_TYPED = re.compile(
    r"\b(?:(?:what|which) (?:position|post|office|seat|title|role|job) (?:does|did|do|is|was|has|had)\b[^?]*?|"
    r"what(?:['’]s| is| was) [\w’'-]+(?: [\w’'-]+)?['’]s? (?:position|post|office|seat|title|role|job) )"
    r"\b(?:in|on|at|within) (?:the )?(?P<body>(?:[a-z’'-]+ ){1,3}(?:assembly|court|council|congress|parliament|senate|"
    r"cabinet|committee|commission|tribunal))\b",
    re.IGNORECASE,
)
# "¿Qué cargo ocupa Diosdado Cabello en la Asamblea Nacional Constituyente?": the body is read in its gloss.
_POSITION_IN_SPANISH = re.compile(
    r"\bqu[eé] (?:cargo|puesto|posici[oó]n|rol) (?:ocupa|ocupaba|ocup[oó]|tiene|ten[ií]a|desempeña|ejerce)\b[^?]*?"
    r"\b(?:en|dentro de) (?:la |el |los |las )?"
    r"(?P<body>(?-i:[A-ZÁÉÍÓÚ])[\w’'-]+(?: (?:de |del )?(?-i:[A-ZÁÉÍÓÚ])[\w’'-]+){0,4})",
    re.IGNORECASE,
)
# "…but isn't he also president of the Constituent Assembly?": whether someone holds a post in a named body.
_HOLDS_POST_IN = re.compile(
    r"\b(?:is|isn['’]t|was|wasn['’]t)\s+(?:he|she|(?-i:[A-Z])[\w’'-]+)\s+(?:also\s+|still\s+)?(?:the\s+)?"
    r"(?:president|head|chief|leader|member|speaker|chairman|chairwoman|vice[- ]president)\s+of\s+(?:the\s+)?"
    r"(?P<body>(?-i:[A-Z])[\w’'-]+(?: (?:of |de |del )?(?-i:[A-Z])[\w’'-]+){1,4})",
    re.IGNORECASE,
)
# Words in many bodies' names: "the National Assembly" is not "the National Constituent Assembly".
_EVERY_BODYS = word_set("national bolivarian general supreme federal popular people's republic state central")
# A body is named by a word for one: not "in Maduro's government", "on Tuesday", "in Venezuela".
_BODY = re.compile(
    r"\b(?:Assembly|Court|Council|Party|Congress|Parliament|Senate|Cabinet|Committee|Commission|Guard|Army|Navy|"
    r"Police|Agency|Service|Bank|Union|Front|Movement|Board|Tribunal|Asamblea|Tribunal|Consejo|Partido|Congreso|"
    r"Guardia|Ej[eé]rcito|Polic[ií]a|Comisi[oó]n|Frente|Movimiento)\b"
)


def names_the_body_of_the_post(question: str, passage: str) -> bool:
    """False when `question` asks someone's post in a body named in full ("the National Constituent Assembly", "the
    constituent assembly" typed in lower case), or whether they hold one in a named body ("isn't he also president of
    the Constituent Assembly?"), and `passage`
    names neither its distinctive words ("Constituent") nor an acronym that may stand for it ("SEBIN")."""
    words = _body_asked(question)
    if not words or re.search(r"\b[A-Z]{3,}\b", passage):
        return True
    folded = fold(passage).lower()
    distinctive = [word for word in words if word.lower() not in _EVERY_BODYS and not countries_in(word)]
    return all(fold(word).lower() in folded for word in distinctive)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _body_asked(question: str) -> tuple[str, ...]:
    """The words of the body in which `question` asks someone's post, in English; none when the body is not named in
    full (three words, or two when asked whether someone holds a post in it or typed in lower case): "in the
    Venezuelan Cabinet", "in Congress" are named in many ways."""
    if asked := _POSITION_IN.search(question):
        words, fewest = re.findall(r"(?-i:[A-Z])[^\W\d_]+", asked["body"]), 3
    elif asked := _POSITION_IN_SPANISH.search(question):
        # glossed in lower case, whose words are translated: "…in the National Assembly constituent"
        glossed = reader_text(question[: asked.start("body")] + asked["body"].lower() + question[asked.end("body") :])
        body = re.search(r"\b(?:in|on|at|within) (?:the )?([^?]+?)\W*$", glossed)
        words, fewest = (re.findall(r"[^\W\d_]+", body.group(1)) if body else []), 3
    elif asked := _HOLDS_POST_IN.search(question):
        words, fewest = re.findall(r"(?-i:[A-Z])[^\W\d_]+", asked["body"]), 2
    elif asked := _POSITION_IN_A_BODY_TYPED.search(question):
        return tuple(asked["body"].split())
    else:
        return ()
    return tuple(words) if len(words) >= fewest and _BODY.search(asked["body"]) else ()
