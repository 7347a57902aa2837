"""A question as the engine takes it: checked once (not empty, not too long) and its content words stemmed."""

from __future__ import annotations

import re

from index.asked_plainly import asked_plainly
from index.errors import QuestionError
from index.results import Question
from index.text import lexical_terms
from index.typos import with_typos_mended

# The one limit on a question, for the bot and the command line alike: longer ones would crowd the passage out
# of what the reader reads with it (192 tokens).
MAX_QUESTION_CHARS = 300


def read_question(text: str) -> Question:
    """The question checked (QuestionError when empty or over `MAX_QUESTION_CHARS`), its slips of the keyboard mended
    ("defense cheif" → "defense chief": the models, too, read what was meant), with its content terms, stemmed once."""
    text = with_typos_mended(validate_question(text))
    return Question(text, lexical_terms(text))


def with_chat_spelt_out(question: str) -> str:
    """`question` with its chat spellings written out ("whats" → "what is", "ppl" → "people"), as the checks and the
    reader read it: the reader gives "Over 70 persons have been injured" 0.02 for "how many ppl got hurt in the
    fighting?" and 0.53 for "people". Retrieval reads the question as typed: written out there, it lost as many
    answers as it found (stop 77)."""
    return _CHAT_WORD.sub(lambda word: _spelt_out(word.group()), question)


def validate_question(question: str) -> str:
    """The question with surrounding space removed; raises QuestionError for empty or overlong ones."""
    question = " ".join((question or "").split())
    if not question:
        raise QuestionError("the question is empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(question)} characters long; the limit is {MAX_QUESTION_CHARS}")
    return question


# Words as people type them in chat: "whens the next election", "wat did cabello say", "wheres fort tiuna", "the
# ally thats been holed up", "the 24 yr old", "how many ppl"; "the 24yo" is read below.
# Chat openers before a question ("so when…", "ok the soldier…", "pero cuándo…"), which the question's checks skip.
CHAT_OPENING = r"(?:(?:so|and|but|ok|okay|also|then|wait|yo|hey|btw|y|pero|entonces|bueno)\W+)*"
# A question opening with "when" or "cuándo", not a "when" clause that another question follows ("when the troops threw
# tear gas at them, what did they do?", "Cuando Tucker le preguntó…, ¿qué contestó…?").
_AUXILIARY = r"(?:did|does|do|was|were|is|are|will|would|has|had|have|can|could)\b"
_NOT_A_CLAUSE = (
    rf"(?!\s+(?!{_AUXILIARY}|exactly\b|precisely\b)[^?]*?\b(?:what|how|who|whom|where|why|which)\s+{_AUXILIARY})"
)
WHEN_OPENING = rf"^\W*{CHAT_OPENING}(?:whens?\b{_NOT_A_CLAUSE}|(?:para\s+|hasta\s+)?cu[aá]ndo\b(?![^?¿]*¿))"

_CHAT_SPELLINGS = {
    "whats": "what is",
    "whens": "when is",
    "wheres": "where is",
    "whos": "who is",
    "hows": "how is",
    "wat": "what",
    "wut": "what",
    "wot": "what",
    "thats": "that is",
    "isnt": "is not",
    "wasnt": "was not",
    "arent": "are not",
    "werent": "were not",
    "didnt": "did not",
    "doesnt": "does not",
    "ppl": "people",
    "photog": "photographer",
    "photogs": "photographers",
    "yr": "year",
    "yrs": "years",
    "govt": "government",
    "b4": "before",
    "prez": "president",
    "pres": "president",
    "thru": "through",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "gonna": "going to",
}
_CHAT_WORD = re.compile(rf"\b(?:{'|'.join(_CHAT_SPELLINGS)})\b", re.IGNORECASE)
# "Did the us send troops?": after "the", "us", "uk", "eu" or "un" can only be the country or the body.
_THE_SHORT_FORM = re.compile(r"\b(the\s+)(us|uk|eu|un|usa)\b(?!['’])", re.IGNORECASE)
# Chat openers dropped, so that checks reading a question from its start read it ("so who's the head…"); not "so
# many", "so-called".
_CHAT_OPENED = re.compile(rf"^(\W*){CHAT_OPENING}(?<=\W)(?=\w)(?!(?:many|much|far|long|few|called)\b)", re.IGNORECASE)
# "What % of the vote…?" asks what "what percentage…" asks.
_PERCENT_ASKED = re.compile(r"\b((?:what|which)\s+)(?:%|percent\b)", re.IGNORECASE)


# "whats the chilean ambassadors name", "that persons name": a possessive typed without its apostrophe; not before
# "names", where the owners may be many ("the protesters names").
_NAME_OWNER_IN_CHAT = re.compile(
    r"\b((?:the|that|this|his|her|their)\s+(?:[\w-]+\s+){0,3}?[a-z-]+[^usi\W])s(\s+name)\b", re.IGNORECASE
)

# "what is diaz-balart age": an owner's age asked with the apostrophe left out; not an age of a kind ("the average
# age", "military age"), and not after an "s" ("maduros age"): `truecase` reads that as "Maduro's" when the articles
# name Maduro.
_AGE_OWNER_IN_CHAT = re.compile(
    r"^(\W*what(?:['’]s| is| was) (?!(?:the|a|an|his|her|their|its|my|your|our)\b)(?:[\w-]+ ){0,2}"
    r"(?!(?:voting|average|median|military|legal|school|working|drinking|minimum|mandatory|retirement|conscription|"
    r"marriageable|consent|same)\b)[\w-]*[^\W\d_s])( age\W*)$",
    re.IGNORECASE,
)

# "the 24yo", "a 24 y/o": an age.
_AGE_IN_CHAT = re.compile(r"\b(\d{1,3})\s?(?:yo|y/o|y\.o\.)(?!\w)", re.IGNORECASE)


# "Who exactly was the senior official…?", "where actually is…": the question word stressed asks what it asks plainly.
# Not "when exactly" (a finer date than "last year") nor "what exactly did Trump write" (his very words).
_STRESSED_QUESTION_WORD = re.compile(r"\b(who|where)\s+(?:exactly|actually|precisely|really)\b(?=\s+\w)", re.IGNORECASE)

# "saw a plane was waiting for maduro - which airport was it at?": a hyphen typed between two clauses is the comma the
# told-first shapes read. Not the dashes: read as a comma, "guaido's party — which one is he in?" lost its decline.
_DASH_BETWEEN_CLAUSES = re.compile(r"\s+-+\s+")

# "the clinic/medical centre": alternatives, read as "the clinic or medical centre"; not "y/o" ("24 y/o" is an age).
_SLASHED = re.compile(r"(?<=[^\W\d_]{2})/(?=[^\W\d_]{2})")


def as_the_checks_read(question: str) -> str:
    """`question` with chat openers dropped ("so who's…" → "who's…"), chat spellings written out ("whens" → "when
    is", "ppl" → "people", "what %" → "what percentage", "the us" → "the US", "ambassadors name" → "ambassador's
    name", "diaz-balart age" → "diaz-balart's age"), its slips mended ("wher" → "where": `typos`) and in its plain
    shape (`asked_plainly`: "…, do we know" dropped, "guaido's age?" → "what is guaido's age?"),
    for the checks of what a passage must hold; the models read it as typed, its slips mended (`read_question`)."""
    spelt_out = _DASH_BETWEEN_CLAUSES.sub(", ", _SLASHED.sub(" or ", question))
    spelt_out = with_chat_spelt_out(_CHAT_OPENED.sub(r"\1", spelt_out))
    spelt_out = with_typos_mended(spelt_out)
    spelt_out = _STRESSED_QUESTION_WORD.sub(r"\1", spelt_out)
    spelt_out = asked_plainly(spelt_out)
    spelt_out = _THE_SHORT_FORM.sub(lambda short: short.group(1) + short.group(2).upper(), spelt_out)
    spelt_out = _AGE_IN_CHAT.sub(r"\1 year old", spelt_out)
    spelt_out = _NAME_OWNER_IN_CHAT.sub(r"\1's\2", spelt_out)
    spelt_out = _AGE_OWNER_IN_CHAT.sub(r"\1's\2", spelt_out)
    return _PERCENT_ASKED.sub(r"\1percentage", spelt_out)


def _spelt_out(word: str) -> str:
    plain = _CHAT_SPELLINGS[word.lower()]
    return plain[0].upper() + plain[1:] if word[0].isupper() else plain
