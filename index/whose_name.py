"""Questions asking a person's name by what the person is ("What was the name of the soldier in the blue bandana…?",
"who was the soldier in the blue bandana?", "what's lopez's lawyer's name?", "¿Cómo se llama el fotoperiodista…?"): a
passage speaking of a soldier gives his name only beside that mention, in the same clause and outside what is quoted
("'It's now or never,' said one of the young rebellious soldiers" names nobody, and "Armed soldiers wearing the blue
armbands… indicating their support for Guaido" names someone else); of a man or a woman, words used of anyone, anywhere
in that sentence, unless the mention is indefinite ("Provea said a 24-year-old man was shot" names the reporter, not the
man). A passage never speaking of one may tell of the person in other words ("Local media identified the student as
Tsang Chi-kin" for "the kid who got shot"), so then any name new to the question may be the answer, in a passage saying
something of what the question says of the person ("killed", "La Victoria" of "the guy killed in La Victoria").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from index.chunking import sentence_spans
from index.identity import AGE
from index.moments import TIME_WORDS
from index.names import QUOTED, names_anything_new
from index.outcomes import IRREGULAR_PAST, verb_forms
from index.question import CHAT_OPENING
from index.reader.gloss import reader_text
from index.text import guess_language, lexical_terms, word_set, words

# What a person may be asked as, each with the words a report may use for the same kind of person.
_KINDS_OF_PEOPLE = (
    "soldier soldiers troop troops serviceman servicemen guardsman guardsmen",
    "lawyer lawyers attorney attorneys counsel",
    "judge judges magistrate magistrates",
    "man men guy guys person young youth",
    "woman women lady",
    "journalist journalists reporter reporters correspondent photographer photographers photojournalist "
    "photojournalists cameraman cameramen",
    "officer officers policeman policemen",
    "spokesman spokeswoman spokesperson",
    "protester protesters demonstrator demonstrators",
    "victim victims",
    "driver drivers",
    "boy boys girl girls kid kids child children teenager teenagers teen teens schoolboy schoolgirl student students",
    "doctor doctors physician",
)
_ALSO_CALLED = {word: word_set(kind) for kind in _KINDS_OF_PEOPLE for word in kind.split()}
# Words for anyone ("between both men", meaning Guaido and Maduro): a name anywhere in a sentence using them may be
# the person's.
_ANYONE = word_set("man men guy guys person young youth woman women lady")
# "the name of the (young) soldier…", "lopez's lawyer's name", "¿Cómo se llama el fotoperiodista…?" (its English
# gloss: "how is called the photojournalist…").
_NAME_OF = re.compile(
    r"\b(?:name of|called|named) (?:the|that|this|his|her|a|an) (?P<phrase>(?:[\w'’-]+ ?){1,4})", re.IGNORECASE
)
_OWNERS_NAME = re.compile(r"\b(?P<phrase>[a-z]+)(?:['’]s)? name\b", re.IGNORECASE)
# "the soldier in the blue bandana who said…, what's his name?", "lopez's lawyer, what's his name": the person asked by
# a pronoun, named first.
_NAMED_FIRST = re.compile(
    rf"^\W*{CHAT_OPENING}(?:the|that|this|[\w-]+['’]s) (?P<phrase>(?:[\w'’-]+ ?){{1,4}})", re.IGNORECASE
)
_PRONOUNS = word_set("his her their")
# "who was the soldier in the blue bandana?": a person of a named kind asked for by "who", not "who were the men…"
# (anyone's word, which a report may answer by telling what they were).
_WHO_WAS_THE = re.compile(
    rf"^\W*{CHAT_OPENING}who(?:['’]s| is| was) the (?P<phrase>(?:[\w'’-]+ ?){{1,4}})", re.IGNORECASE
)
_ASKS_IN_SPANISH = re.compile(r"\bc[oó]mo se llama(?:ba)?\b|\bnombre del?\b", re.IGNORECASE)
# The asked person's noun phrase ends before these: "the soldier in the blue bandana", "the kid who got shot".
_PHRASE_ENDS = word_set(
    "in at on of from with who whom that which whose where when near during by for to was were is had has the a an his "
    "her their its this these those"
)
# How far from the mention a name may stand ("Soldier Juan Pérez", "the lawyer, Juan Pérez,", "Juan Pérez, a
# soldier"), and the words opening another clause, whose names are someone else's ("soldiers wearing… for Guaido").
_AFTER, _BEFORE = 45, 40
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:said|says|told|tells|is|are|was|were|had|has|have|been|did|would|will|could|who|which|that|[a-z]+ing)\b"
)

# After the mention, a preposition opens another phrase too: "photojournalist shot by Maduro's National Guard in
# Caracas" names who shot him and where, not him.
_AFTER_ENDS = re.compile(rf"{_ANOTHER_CLAUSE.pattern}|\b(?:by|in|at|from|to|with|near|during|of)\b")


class _Asked(NamedTuple):
    """The kind of person whose name a question asks (the words a report may use for one), what it says of them, and
    the place or body a phrase right after the kind puts them in ("from the constituent assembly defense committee")."""

    kind: frozenset[str]
    described: frozenset[str]
    placed: frozenset[str] = frozenset()


# "(the radio guy) from the constituent assembly defense committee (who said…)": a body the person is from, up to
# the next clause; not a scene ("the soldier at la carlota") nor a side ("the guy from the opposition"), which a
# report may leave out when it names the person.
_PLACED = re.compile(
    r"^\s*from\s+(?P<where>(?:(?!(?:who|whom|that|which|whose|where|when|said|says|was|is|had|has)\b)[\w'’-]+\s*){1,6})",
    re.IGNORECASE,
)
_BODY = word_set(
    "committee assembly council ministry agency party congress court army guard police government embassy office "
    "department commission network newspaper station channel"
)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked(question: str) -> _Asked:
    """The kind of person whose name `question` asks for, and the search terms (with their other verb forms) of what
    it says after naming them ("killed", "victoria" of "the guy killed in La Victoria"); none when it asks no name."""
    spanish = guess_language(question) == "es"
    if spanish and not _ASKS_IN_SPANISH.search(question):
        return _Asked(frozenset(), frozenset())
    text = reader_text(question) if spanish else question
    asked = _NAME_OF.search(text) or (None if spanish else _OWNERS_NAME.search(text) or _WHO_WAS_THE.search(text))
    if asked and asked.re is _OWNERS_NAME and asked["phrase"].lower() in _PRONOUNS:
        asked = _WHO_WAS_THE.search(text) or _NAMED_FIRST.search(text)  # "who was the photographer…, whats his name"
    if not asked:
        return _Asked(frozenset(), frozenset())
    phrase = []
    for word in asked["phrase"].split():
        if word.lower() in _PHRASE_ENDS:
            break
        phrase.append(word.lower())
    # The person is the last word before another noun phrase or clause: "the young soldier", "the man the troops
    # were with", not "the air base protesters tried to storm"; or before a participle ("the guy killed in…"); "the
    # 24 year old" is someone.
    participle = bool(phrase) and (phrase[-1].endswith("ed") or phrase[-1] in IRREGULAR_PAST)
    if participle and ((1 < len(phrase) <= 3 and _someone(phrase[-2])) or phrase[-3:-1] == ["year", "old"]):
        phrase.pop()  # "the guy killed in…", "the 24 year old killed in…"
    if phrase[-2:] == ["year", "old"] or (phrase and phrase[-1].endswith("-year-old")):
        kind = _ANYONE
    else:
        kind = _ALSO_CALLED.get(phrase[-1], frozenset()) if phrase else frozenset()
    if asked.re is _WHO_WAS_THE and kind & _ANYONE:
        return _Asked(frozenset(), frozenset())
    # What is said of the person: after "…'s name", or after the words of the phrase kept ("killed in La Victoria").
    rest = (
        text[asked.end() :]
        if asked.re is _OWNERS_NAME
        else " ".join(text[asked.start("phrase") :].split()[len(phrase) :])
    )
    said = set(lexical_terms(rest)) - TIME_WORDS
    placed = _PLACED.match(rest)
    body = placed and _BODY & set(words(placed["where"].lower()))
    placed_terms = frozenset(lexical_terms(placed["where"])) - TIME_WORDS if body else frozenset()
    return _Asked(kind, frozenset(said.union(*map(verb_forms, said))), placed_terms)


def _someone(word: str) -> bool:
    """Whether `word` is a kind of person ("guy") or an age standing for one ("24-year-old")."""
    return word in _ALSO_CALLED or word.endswith("-year-old")


def names_the_asked_person(question: str, passage: str) -> bool:
    """False when `question` asks the name of a kind of person (a soldier, a lawyer) and `passage` names nothing new to
    the question (a capitalised word outside quotes: "Bolsonaro said…") beside a mention of that kind (anywhere in its
    sentence for a man or a woman spoken of definitely), or, speaking of it nowhere, names nothing new at all or says
    nothing the question says of the person."""
    kind = _asked(question).kind
    if not kind:
        return True
    asked = set(words(question))
    sentences = [passage[start:end] for start, end in sentence_spans(passage)]
    speaking_of_it = [(sentence, mentions) for sentence in sentences if (mentions := _mentions(sentence, kind))]
    if not speaking_of_it:
        return names_anything_new(passage, asked) and _tells_of_the_person(question, passage)
    return any(
        names_anything_new(sentence, asked)
        if kind <= _ANYONE and not all(_indefinite(sentence, mention) for mention in mentions)
        else _named_beside(sentence, mentions, asked)
        for sentence, mentions in speaking_of_it
    )


def unmentioned_beside_unnamed_person(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that never speak of the kind of person whose name `question` asks ("the
    photographer that got shot"), when another of them speaks of one and names nobody beside it ("The photographer
    was seen with blood pouring…"): the articles leave the person unnamed, and a passage about something else does
    not name them. Not for words used of anyone ("the guy"), who may be told of in other words."""
    kind = _asked(question).kind
    if not kind or kind <= _ANYONE:
        return set()
    passages = list(passages)
    speaking = {row for row, text in passages if _mentions(text, kind)}
    if all(names_the_asked_person(question, text) for row, text in passages if row in speaking):
        return set()
    # "The 18-year-old was shot" may tell of "the kid who got shot" in other words.
    return {row for row, text in passages if row not in speaking and not AGE.search(text)}


# "a 24-year-old man", "another young man": someone not yet named, unless a name stands beside the words.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|one|another|some)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _indefinite(sentence: str, mention: re.Match[str]) -> bool:
    """Whether `mention` of a man or woman in `sentence` is indefinite ("Provea said a 24-year-old man was shot"): a
    name elsewhere in the sentence is then someone else's."""
    return bool(_INDEFINITE_BEFORE.search(sentence[max(0, mention.start() - 40) : mention.start()]))


def _mentions(sentence: str, kind: frozenset[str]) -> list[re.Match[str]]:
    """Where `sentence` speaks of the asked kind of person, in whole words ("man-made suffering" is no man)."""
    return [mention for mention in re.finditer(r"[\w'’-]+", sentence) if mention.group().lower() in kind]


def _named_beside(sentence: str, mentions: list[re.Match[str]], asked: set[str]) -> bool:
    """Whether `sentence` names something new to the question beside one of `mentions` that it does not quote,
    with no other clause between them."""
    quoted = [found.span() for found in QUOTED.finditer(sentence)]
    for mention in mentions:
        if any(start <= mention.start() < end for start, end in quoted):
            continue
        before = sentence[max(0, mention.start() - _BEFORE) : mention.start()]
        before = before[max((found.end() for found in _ANOTHER_CLAUSE.finditer(before)), default=0) :]
        after = sentence[mention.end() : mention.end() + _AFTER]
        after = after[: next((found.start() for found in _AFTER_ENDS.finditer(after)), len(after))]
        if names_anything_new(f"{before}{mention.group()}{after}", asked):
            return True
    return False


def _tells_of_the_person(question: str, passage: str) -> bool:
    """Whether `passage` says something the question says of the person after asking for them ("killed", "La
    Victoria" of "the guy killed in La Victoria"): a caption naming an injured journalist tells of no one killed, and
    a question saying nothing of the person ("lopez's lawyer's name") is told of by no passage never speaking of one.
    Where the question places the person ("the radio guy from the constituent assembly defense committee"), the
    passage must speak of that place."""
    asked = _asked(question)
    terms = set(lexical_terms(passage))
    return bool(asked.described & terms) and (not asked.placed or bool(asked.placed & terms))
