"""Questions asking for the name of someone or something a report leaves unnamed ("which radio show was Bolton
on?" against "Bolton told a radio show today…"): a passage that mentions the asked thing only as "a radio
show", "another political ally" or "a former prime minister", in a sentence naming nobody and no country the
question doesn't, does not give the name.

A mention with "the" or a possessive, or a sentence with a new name ("General Augusto Heleno, … a close adviser to
Bolsonaro", "Leopoldo Lopez, an opposition leader"), may answer, and is left to the reader. Where one passage read
leaves the thing unnamed, a passage that never mentions it does not name it either; a hospital, an airport or a
show is named with its kind; and an outlet, a channel, a network, a company or a bank by a name of its own, which a
passage naming nothing new to the question outside what it quotes does not give ("…said Cabello in a phone call to
state TV", "Venezuela is also a major buyer of Russian weapons" for "which company buys Venezuelan oil?").
English questions, and Spanish ones asking for a place whose name carries its kind ("¿en qué hospital…?"); which
thing a question asks the name of is read in `asked_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from index.asked_names import ALSO_CALLED, NAME_ASKED_AT_THE_END, OFFICIALS, asked_nouns, asking, clause_verb, kind_of
from index.chunking import sentence_around
from index.countries import countries_in, country_words
from index.mentions import mentions_of
from index.moments import TIME_WORDS
from index.names import names_anything_new, names_in, people_named, proper_names_in, unasked
from index.outcomes import verb_forms
from index.outlets import outlets_named
from index.person_nouns import PERSON_NOUNS
from index.regions import is_a_region, words_of_regions_in
from index.text import fold, lexical_terms, without_possessive, word_set, word_stems, words

# Countries asked for by a word for them: a passage naming a country the question does not may name them, whatever
# it leaves unnamed beside.
_COUNTRIES_ASKED = word_set("country countries nation nations government governments")
# Things named without their noun ("in Maracaibo", "Gen. Figuera", "the United States, Canada and Brazil"): a passage
# never using the noun may still name one, even where another leaves one unnamed.
_NAMED_WITHOUT_THE_NOUN = _COUNTRIES_ASKED | word_set(
    "city cities town towns state states place places official officials person "
    "people man men woman women guy guys fellow lady general generals officer officers member members leader leaders"
)
_INDEFINITE = word_set("a an another one some several two three four five certain unnamed unidentified")
_DEFINITE = word_set("the his her its their this that these those")
# A name right after the mention: "spokeswoman Maria Zakharova", "a prison, 'Ramo Verde'", "a show (The Hugh Hewitt
# Show)", "an ally called Pérez".
_NAME_AFTER = re.compile(r"^(?:\s*[,(–—:]\s*|\s+(?:called|named)\s+|\s+)(?:the\s+)?['\"‘“]?[A-ZÁÉÍÓÚÑ]")


# Between an apposition's name and the mention no clause of time, place or speech opens: "Caracas, where another
# political ally has been holed up" names the city, not the ally ("Simonovis, who was a former police chief" and
# "Lopez, Guaido's mentor and another political ally" name theirs).
_OPENS_A_CLAUSE = re.compile(r"\b(?:where|when|while|after|before|because|since|if|said|says)\b", re.IGNORECASE)


def gives_the_name(question: str, passage: str) -> bool:
    """False when `question` asks for the name of something that `passage` mentions only as unnamed ("a radio
    show", "a supermarket"), in sentences naming nobody and no country new to the question, or for a place whose
    name carries its kind ("which hospital…") that `passage` names no place of that kind by name ("the adjacent air
    base" is none), or for an outlet or a channel that `passage` names nothing new to the question for. Countries
    asked for ("which foreign governments…") are named by any country new to the question."""
    nouns = asked_nouns(question)
    if not nouns:
        return True
    own_name = nouns[-1].lower() in _OUTLETS or (
        nouns[-1].lower() in _COMPANIES and not _SPOKEN_OF_BY_ITS_MEN & set(nouns)
    )
    if own_name and not _names_something_new(question, passage):
        return False
    kind = kind_of(nouns)
    if kind and not re.search(_NAMED_WITH_KIND.format(kind=kind), passage, re.IGNORECASE):
        return False
    reading = _reading(question, passage)
    if nouns[-1].lower() in _COUNTRIES_ASKED and countries_in(passage) - countries_in(question):
        return True  # "an 'illegitimate government' with the support of the U.S. and neighboring Colombia"
    return not (reading.mentioned and reading.left_unnamed)


# A place of a kind named with its kind: a capitalised name before the kind ("La Carlota air base") or after it
# ("aeropuerto de Maiquetía", "a military prison, Ramo Verde"), or told by whose it is ("the capital's air base"); not
# "the adjacent air base" nor "The airport".
_NAMED_WITH_KIND = (
    r"(?!(?:the|a|an|this|that|its|his|her|their|our|el|la|los|las|un|una)\b)(?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]+\s+(?:{kind})\b"
    r"|\b(?:{kind})(?:\s*,\s*|\s+(?:of|de|del|called|named)\s+|\s+)(?-i:[A-ZÁÉÍÓÚÑ])|\b\w+['’]s\s+(?:{kind})\b"
    # "Ramo Verde, a military prison", "Ramo Verde, which is a military prison"
    r"|(?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]+,\s+(?:(?:which|that) (?:is|was)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{kind})\b"
)


# An outlet, a channel or a network has a name of its own ("CNN", "VTV"), not only its kind: "said Cabello in a phone
# call to state TV" names no channel, and neither do the names inside what he is quoted saying.
_OUTLETS = word_set(
    "outlet outlets organisation organization channel channels network networks station stations newspaper "
    "newspapers broadcaster broadcasters magazine website publication"
)
_KINDS_OF_MEDIA = word_set("tv radio television online web state")
# So is a company, a bank or an airline ("Rosneft", "PDVSA"): "a major buyer of Russian weapons" names none.
_COMPANIES = word_set(
    "company companies firm firms bank banks airline airlines carrier carriers corporation corporations conglomerate "
    "contractor contractors"
)
# A mercenary company is spoken of by its men ("Wagner mercenaries are guarding Maduro" may name it).
_SPOKEN_OF_BY_ITS_MEN = word_set("mercenary military security")
# Names the question offers to choose from ("…, CNN or MSNBC?", "…, Fox Business?") may be the answer.
_OFFERED = re.compile(r",\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?:or\s+)?(?-i:[A-Z])[\w.'’-]*)*\W*$")


def _names_something_new(question: str, passage: str) -> bool:
    """Whether `passage` names something (outside what it quotes, not a country) that `question` does not."""
    return names_anything_new(passage, set(words(_OFFERED.sub("", question))) | _KINDS_OF_MEDIA)


def unmentioned_beside_unnamed(question: str, passages: Iterable[tuple[int, str]]) -> set[int]:
    """The rows of `passages` (row, text) that never mention the thing whose name `question` asks for, when another
    of them mentions it only as unnamed: the articles leave it unnamed, and a passage about something else does
    not name it ("who's the political ally holed up in the residence?" beside "…where another political ally has
    been holed up"). A word describing the thing is no mention of it: "Guaido's political mentor" is no political
    ally. Not for things named without their noun: a city, a country, an official."""
    nouns = asked_nouns(question)
    if not nouns:
        return set()
    # An official may be named without the word ("Gen. Figuera said…"), but then with what the question says
    # of him: "who is the official who confirmed the letter?" is not answered by a passage without "confirm". Other
    # things named without their noun (a city, a leader, a man) are left to the reader.
    noun = nouns[-1].lower()
    verb = clause_verb(question) if noun in OFFICIALS else frozenset()
    if verb is None or (noun in _NAMED_WITHOUT_THE_NOUN and noun not in OFFICIALS):
        return set()
    passages = list(passages)
    readings = {row: _reading(question, text) for row, text in passages}
    thing_unnamed = any(reading.thing_left_unnamed for reading in readings.values())
    # "Which Russian mercenary group…?" beside "…thought to have mercenaries in the country": only the kind of thing
    # is spoken of, unnamed; a passage speaking of neither the thing nor its kind does not name it either.
    kind_unnamed = any(reading.kind_left_unnamed for reading in readings.values())
    if not (thing_unnamed or kind_unnamed):
        return set()
    # "Which senior U.S. official confirmed…?" is not answered by a Venezuelan who "confirms" something else.
    whose = countries_in(asking(question)["phrase"])
    # An official told of in other words ("acting defence chief Patrick Shanahan has cancelled a planned trip to
    # Europe" for "which pentagon official scrapped a trip to Europe") says most of the rest of the question, its verb
    # aside ("scrapped travel plans because of the crisis": "planned" and "crisis" are most of the rest).
    told_of = tuple(forms for forms in _described_besides_names(question) if not forms & verb) if verb else ()
    named_otherwise = thing_unnamed and noun in _PEOPLE_NAMED_OTHERWISE
    unmentioned = {
        row
        for row, text in passages
        if not (readings[row].thing_mentioned if thing_unnamed else readings[row].mentioned)
        and not (
            (verb & set(word_stems(text)) or _says_most_of(told_of, text)) and (not whose or whose & countries_in(text))
        )
        and not (noun in _OUTLETS and outlets_named(text))  # "CNN reported…" mentions an outlet by its name
        and not (named_otherwise and _named_and_described(question, text))
    }
    # Where the articles leave the thing unnamed, one named elsewhere is another unless the passage says some of what
    # the question says of it: "Trump ally John Bolton told a radio show" names no ally "holed up at the Chilean
    # ambassador's residence".
    described = _described(question) if thing_unnamed else ()
    return unmentioned | {
        row
        for row, text in passages
        if described and not readings[row].thing_left_unnamed and not _says_enough_of(described, text)
    }


# A person asked by what they are may be named without that word ("When asked…, Mario Diaz-Balart said" for "the
# congressman on fox who said russia has nukes in venezuela"), where the passage says enough of what the question says.
# Officials are left out: they need what they did (`clause_verb`), as Figuera's letter shares "letter" with "the
# official who confirmed Figuera's letter".
_PEOPLE_NAMED_OTHERWISE = word_set(" ".join(PERSON_NOUNS)) - OFFICIALS


def _named_and_described(question: str, passage: str) -> bool:
    """Whether `passage` names someone `question` does not and says enough of what it says of the person asked."""
    return bool(unasked(names_in(passage), question)) and _says_enough_of(_described(question), passage)


# "…was saying Russia might put nukes…", "…going on about Russia maybe putting nukes…": how it was said, and how
# likely, describe nothing.
_SAYING_OR_LIKELY = frozenset(
    lexical_terms(
        "say says said saying tell told claim claims claimed claiming talk talked talking going go goes went ranting "
        "might may could would should will can maybe perhaps possibly probably likely"
    )
)

# "…, what is his name?", "…, has her name come out?": the name asked at the end describes nothing.
_NAME_ASKED_LAST = re.compile(rf"[,;:.?!–—-]\s*(?:so\s+)?{NAME_ASKED_AT_THE_END}\W*$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _described(question: str) -> tuple[frozenset[str], ...]:
    """The search terms of what `question` says of the thing whose name it asks, after naming it ("that's been holed
    up at the Chilean ambassador's residence"), words of time, saying and likelihood aside: each term with its other
    forms."""
    said = set(lexical_terms(_NAME_ASKED_LAST.sub("", question[asking(question).end("phrase") :])))
    said -= TIME_WORDS | _SAYING_OR_LIKELY | set(lexical_terms(" ".join(asked_nouns(question))))
    return tuple(frozenset({term, *verb_forms(term)}) for term in sorted(said))  # "sending" for "sent"


def _says_enough_of(described: tuple[frozenset[str], ...], passage: str) -> bool:
    """Whether `passage` holds half of the words describing the thing (at least one): "Trump ally John Bolton… hiding
    out at a compound" shares only "hiding" with "the ally hiding in the Chilean ambassador's residence", while
    "Zuma dispatched…" tells of "the ministers Zuma sent to Harare". A country counts however it is named ("the
    Russians" for "russia")."""
    return _how_many_held(described, passage) >= max(1, len(described) // 2)


@lru_cache(maxsize=1024)
def _described_besides_names(question: str) -> tuple[frozenset[str], ...]:
    """What `question` says of the thing whose name it asks, besides the people it names: an official of another
    story may share "Figuera" and "letter" with "the official who confirmed Figuera's letter", not what he did. The
    checks read names capitalised as the articles write them ("figuera's" → "Figuera's"); places stay ("Europe")."""
    people = {name for name in people_named(question) if not is_a_region(name)}
    named = set(lexical_terms(" ".join(people)))
    return tuple(forms for forms in _described(question) if not forms & named)


def _says_most_of(described: tuple[frozenset[str], ...], passage: str) -> bool:
    """Whether `passage` holds at least two of the words describing the thing, and more than half of them."""
    held = _how_many_held(described, passage)
    return held >= 2 and 2 * held > len(described)


def _how_many_held(described: tuple[frozenset[str], ...], passage: str) -> int:
    """How many of the words describing the thing `passage` holds, in any of their forms; a country or a region counts
    however the passage names it ("the Russians" for "russia", "Europe" for "european")."""
    places = " ".join([*countries_in(passage), words_of_regions_in(passage)])
    terms = set(lexical_terms(passage)) | set(lexical_terms(places))
    return sum(1 for forms in described if forms & terms)


class _Reading(NamedTuple):
    """How a passage speaks of the thing whose name a question asks for."""

    mentioned: bool  # the thing, or a word describing it ("political" for "political ally")
    left_unnamed: bool  # every such mention leaves it unnamed
    thing_mentioned: bool  # the thing itself, in either number, or a place of its kind
    thing_left_unnamed: bool  # the thing itself, only as unnamed
    kind_left_unnamed: bool  # not the thing, only a word describing it, standing bare as a noun


@lru_cache(maxsize=4096)  # gives_the_name and unmentioned_beside_unnamed read the same passages
def _reading(question: str, passage: str) -> _Reading:
    """How `passage` mentions the thing whose name `question` asks for, and whether it leaves it unnamed."""
    nouns = asked_nouns(question)
    also = kind_of(nouns) or ALSO_CALLED.get(nouns[-1].lower())
    thing = [_unnamed(question, passage, m) for m in mentions_of(nouns[-1:], passage, also)]
    kind = mentions_of(nouns[:-1], passage)
    bare = [_bare(question, passage, m) for m in kind]
    describing = [_unnamed(question, passage, m) or alone for m, alone in zip(kind, bare, strict=True)]
    every = thing + describing
    left_unnamed = bool(every) and all(every)
    kind_left_unnamed = not thing and any(bare) and left_unnamed
    return _Reading(bool(every), left_unnamed, bool(thing), bool(thing) and all(thing), kind_left_unnamed)


def _countries_named_in(text: str) -> set[str]:
    """The words of `text` that name a country ("Russia"), as written."""
    words = re.findall(r"[\w'’-]+", text)
    return {word for word, country in zip(words, country_words(words), strict=True) if country and word[:1].isupper()}


def _unnamed(question: str, passage: str, mention: re.Match[str]) -> bool:
    """Whether this mention is indefinite ("a former prime minister") and no name new to the question stands beside
    it: right after ("a military prison, 'Ramo Verde'") or before, as an apposition ("Mikael Wigell, a researcher")."""
    before = re.findall(r"(?:[A-Z]\.)+|[\w'’-]+", passage[max(0, mention.start() - 40) : mention.start()])[-3:]
    lowered = [word.lower() for word in before]
    indefinite = next((i for i in range(len(lowered) - 1, -1, -1) if lowered[i] in _INDEFINITE), None)
    if indefinite is None or any(w in _DEFINITE or w.endswith(("'s", "’s")) for w in lowered[max(indefinite - 1, 0) :]):
        return False  # "the opposition leader", "the two opposition leaders", "a Maduro's…"
    if _NAME_AFTER.match(passage[mention.end() : mention.end() + 40]):
        return False
    sentence_start = sentence_around(passage, mention.start())[0]
    lead = passage[sentence_start : mention.start()]
    asked = fold(question.lower())
    for name in proper_names_in(lead) + sorted(_countries_named_in(lead)):
        between = lead[lead.rfind(name) + len(name) :].lstrip()
        if fold(name.lower()) not in asked and between.startswith(",") and not _OPENS_A_CLAUSE.search(between):
            return False
    return True


# A name right before a word ("Wagner mercenaries") or after it ("mercenaries from Wagner", "a group called X").
_NAME_BESIDE = re.compile(r"^\W*(?:(?:from|of|called|named|known as|like)\s+)?(?:the\s+)?['\"‘“]?([A-ZÁÉÍÓÚÑ][\w'’-]*)")


# What may follow a word standing as a noun ("mercenaries in the country", "mercenaries guarding him"), not as a
# word describing another ("a political crisis").
_AFTER_A_NOUN = re.compile(
    r"^(?:\s*(?:[,.;:!?)\]\"”’'–—-]|$)|\s+(?:in|at|on|of|from|to|for|with|by|who|which|that|and|or|are|is|were|was|"
    r"have|has|had|\w+ing|\w+ed)\b)"
)


def _bare(question: str, passage: str, mention: re.Match[str]) -> bool:
    """Whether a word describing the asked thing stands bare, as a noun with no article, possessive or name new to
    the question beside it ("is thought to have mercenaries in the country"): the kind spoken of, nothing named."""
    if not _AFTER_A_NOUN.match(passage[mention.end() :]):
        return False
    sentence_start = sentence_around(passage, mention.start())[0]
    before = re.findall(r"[\w'’-]+", passage[max(sentence_start, mention.start() - 30) : mention.start()])[-2:]
    if any(word.lower() in _DEFINITE or word.endswith(("'s", "’s")) for word in before):
        return False
    asked = fold(question.lower())
    after = _NAME_BESIDE.match(passage[mention.end() : mention.end() + 40])
    beside = [word for word in before if word[:1].isupper()] + ([after.group(1)] if after else [])
    return all(without_possessive(fold(word.lower())) in asked for word in beside)
