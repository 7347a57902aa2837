"""What came of a call or a meeting between two named people ("What did Pompeo and Lavrov agree on during their
phone call?", "how did the pompeo lavrov call go?", "did they end up talking?"): when the passages read name the two
together only in what was due to happen ("Pompeo was due to speak with his Russian counterpart, Foreign Minister Sergei
Lavrov, on Wednesday"), the articles tell of the call as ahead, and no passage read says how it went ("Russia's foreign
ministry said Pompeo's claim was fake news" does not). When they are named together as done, or never together (an
interview is told one side a sentence: "Mr Diaz-Balart then replied…"), the reader judges. What one side told the other
is asked the same way ("What did Lavrov tell Pompeo when they spoke?"); a question about the plan itself is not checked
("who was Pompeo due to talk to?").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.chunking import sentence_spans
from index.countries import countries_in
from index.days import FUTURE, asks_about_a_plan
from index.names import CAPITALISED_RUN
from index.names_and_reasons_asked import CLAUSE_BREAK
from index.text import ENGLISH_STOPWORDS, MONTH_NUMBERS, SPANISH_STOPWORDS, WEEKDAY_NUMBERS, fold

# Where what is asked was said: in the exchange ("when they spoke", "during their call", "to each other", "durante su
# llamada", "después de hablar"); such a phrase asks no time of a plan.
_IN_THE_EXCHANGE = (
    r"\b(?:when|as|after) (?:they|the two|both) (?:\w+ly )?(?:spoke|talked|met)\b|\b(?:on|by|over) the phone\b|"
    r"\b(?:during|in|on) (?:their|the|that|this) (?:[\w’-]+ ){0,2}?(?:call|conversation|meeting|talks)\b|"
    r"\b(?:to|with) (?:each other|one another)\b|"
    r"\b(?:durante|en) (?:su|la|esa) (?:[\w’-]+ ){0,2}?(?:llamada|conversaci[oó]n|reuni[oó]n)\b|"
    r"\bdespu[eé]s de hablar\b"
)
# Whether the exchange happened at all, its two sides before it: "did pompeo and lavrov end up talking", "…, did they
# actually speak"; not "did Bolton ever speak about Pompeo and Lavrov".
_AT_LAST = r"end(?:ed)? up|actually|finally"  # "did they (actually) end up talking", "what did they actually agree on"
_HAPPENED = (
    rf"\b(?:and [\w’-]+|they|the two|both) (?:(?:{_AT_LAST}|ever) )+(?:talking|speaking|meeting|talk|speak|meet|talked|"
    r"spoke|met)\b"
)
# The exchange asked about: a call, a meeting, talks, or what its sides agreed on or said to each other.
_EXCHANGE = re.compile(
    r"\b(?:the|their|that|this|a|phone|telephone|[\w’-]+['’]s)\s+(?:[\w’-]+\s+){0,2}?call\b"
    r"(?!\s+(?:on|for|to|them\w*|him\w*|her\w*|it|us|me|you|out|off|up)\b)|"
    r"\b(?:conversation|meeting|talks|discussion|conversaci[oó]n|llamada|reuni[oó]n)\b|"
    r"\bagree(?:d|ing)? (?:on|to)\b|\bacordaron\b|\bhablaron\b|\b(?:spoke|talked|met|speak|talk|meet) (?:with|to)\b|"
    rf"{_IN_THE_EXCHANGE}|{_HAPPENED}",
    re.IGNORECASE,
)
# What came of it: "did… produce", "how did… go", "did anything come of…", "what did they agree on", "¿qué
# acordaron…?", or what one side told the other in it, not what someone said about it ("What did Bolton say about the
# call?").
_OUTCOME = re.compile(
    r"\b(?:agree[ds]?|agreeing|agreement|produce[ds]?|c[oa]me (?:out )?of|go|went|result\w*|outcome|"
    r"acordaron|acuerdo|result[oó]|sali[oó] de)\b|"
    rf"\b(?:tell|told|say|said|dijo|dijeron)\b[^?]*(?:{_IN_THE_EXCHANGE})|{_HAPPENED}",
    re.IGNORECASE,
)
# "Pompeo was supposed to talk to Lavrov, what did they end up agreeing on?" asks what came of the plan; so does the
# plan told first and whether they agreed on anything, or what came of it, asked after ("…was supposed to talk to
# Lavrov — did they agree on anything?", "— what came out of that call?", "What did the two of them agree on in that
# call?"), not what they agreed to talk about or when.
_CAME_OF_THE_PLAN = re.compile(
    rf"\b(?:{_AT_LAST}|in the end|al final|finalmente)\b|"
    rf"{CLAUSE_BREAK}[^,;:.?!–—-]*\b(?:c[oa]me (?:out )?of|outcome|result|what\b[^,;:.?!–—-]*\bagreed? on)\b"
    r"[^,;:.?!–—-]*\W*$|"
    rf"{CLAUSE_BREAK}(?:so\s+)?(?:did|have|has) (?:they|the two|both) (?:ever |actually |finally )?"
    r"(?:agree on anything|agree to anything|reach (?:an?|any) (?:agreement|deal|understanding)|"
    r"come to (?:an?|any) (?:agreement|deal|understanding))\W*$",
    re.IGNORECASE,
)
_CAPITALISED_RUN = re.compile(rf"\b{CAPITALISED_RUN}")
_NOT_NAMES = frozenset({*MONTH_NUMBERS, *WEEKDAY_NUMBERS, *ENGLISH_STOPWORDS, *SPANISH_STOPWORDS})


def without_the_exchange(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that cannot say what came of the call or meeting `question` asks about: all of
    them, when the two people it names appear together only in what was due to happen."""
    passages = list(passages)
    if (
        not _EXCHANGE.search(question)
        or not _OUTCOME.search(question)
        or (
            asks_about_a_plan(re.sub(_IN_THE_EXCHANGE, " ", question, flags=re.IGNORECASE))
            and not _CAME_OF_THE_PLAN.search(question)
        )
    ):
        return set()
    asked = set(re.findall(r"[^\W\d_]{3,}", fold(question.lower()))) - _NOT_NAMES
    told = [sentence for _, text in passages for sentence in _together(asked, text)]
    if not told or not all(FUTURE.search(sentence) for sentence in told):
        return set()  # the exchange is told as done somewhere, or never together: an interview, one side a sentence
    return {row for row, _ in passages}


def _together(asked: set[str], text: str) -> list[str]:
    """The sentences of `text` naming two of the people `asked` names."""
    sentences = [text[start:end] for start, end in sentence_spans(text)]
    return [sentence for sentence in sentences if len(_people(asked, [sentence])) >= 2]


def _people(asked: set[str], texts: Iterable[str]) -> set[frozenset[str]]:
    """The people `texts` name with the question's words: each run of capitalised words ("Sergei Lavrov") is one,
    by the asked words it holds; not a country."""
    found = set()
    for text in texts:
        for run in _CAPITALISED_RUN.finditer(text):
            words = frozenset(fold(word.lower()) for word in re.findall(r"[^\W\d_]+", run.group())) & asked
            if words and not countries_in(run.group()):
                found.add(words)
    return _merged(found)


def _merged(groups: set[frozenset[str]]) -> set[frozenset[str]]:
    """Runs sharing a word are one person ("Sergei Lavrov" and "Lavrov")."""
    merged: list[set[str]] = []
    for group in groups:
        overlapping = [known for known in merged if known & group]
        union = set(group).union(*overlapping)
        merged = [known for known in merged if not known & group] + [union]
    return {frozenset(person) for person in merged}
