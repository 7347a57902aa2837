"""Who somebody is: "who is Simón Bolívar?" is answered only by a passage that names him (so is "where was he
born?").

A question asking who a named person is cannot be answered by a passage that never names that person: "who was
simon bolivar" is not answered by "the Bolivarian National Guard", nor "¿Quién es Leopoldo López?" by a report
that only names his wife. Any one of the asked names will do, as whole words with accents folded ("Guaido" finds
"Guaidó", "Padrino" is enough for "padrino lopez"), since a wrong decline costs more than a wrong reading.
What only looks like a name is left alone: "who was arrested", "who is winning", "who is vp".

Likewise "how old is Martine Moïse?" is answered only by an age that belongs to her: the name nearest an age is
whose age it is, so "Ariel Henry, a 71-year-old surgeon, named premier by Moïse" gives his, not hers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from index.holder_questions import KIN_WORDS
from index.reader.gloss import IRREGULAR_PARTICIPLES, lexicon_words
from index.roles import role_word_families
from index.text import ENGLISH_STOPWORDS, MONTHS_AND_DAYS, SPANISH_STOPWORDS, fold, lexical_terms, word_set

_WHO_IS = re.compile(
    r"^\W*(?:who|qui[eé]n)(?:\s+(?:is|was|'s|es|era|fue)|['’]s)\s+(?P<who>[^?¿!.,;:]+?)\W*$", re.IGNORECASE
)
# "Where was X born?", "¿Dónde nació X?": only a passage naming X can say.
_BORN = re.compile(
    r"^\W*(?:where|when|in what (?:year|city|town|country)|in which (?:year|city|town|country)|what (?:year|city|town))"
    r"\s+(?:was|is)\s+(?P<who>[^\s?¿!,;:][^?¿!,;:]*?)\s+born\b\W*(?:tho|though|again|exactly)?\W*$"
    r"|^\W*(?:d[oó]nde|cu[aá]ndo|en qu[eé] (?:a[nñ]o|ciudad|pa[ií]s|fecha))\s+naci[oó]\s+(?P<es>[^?¿!,;:]+?)\W*$",
    re.IGNORECASE,
)
# "What happened to X after…?", "what became of X", "¿Qué (le) pasó con X…?": X's fate is told only where X is named.
_FATE = re.compile(
    r"^\W*(?:so\s+)?what(?:ever)?(?:['’]s| has| had)? (?:happened to|became of)\s+(?P<who>[^?¿!,;:]+?)"
    r"(?=\s+(?:after|when|since|following|once|in|at|on|during|then|now|later|eventually)\b|\W*$|[?,;:])"
    r"|^\W*qu[eé] (?:le |les )?(?:pas[oó]|ha pasado|sucedi[oó]|ocurri[oó]) (?:con|a)\s+(?P<es>[^?¿!,;:]+?)"
    r"(?=\s+(?:despu[eé]s|tras|cuando|desde|luego|finalmente)\b|\W*$|[?,;:])",
    re.IGNORECASE,
)
_HOW_OLD = re.compile(
    r"^\W*(?:how old (?:is|was|'s)|what age (?:is|was)|what(?:'s| is| was) the age of|qu[eé] edad (?:tiene|ten[ií]a)|"
    r"cu[aá]ntos a[nñ]os (?:tiene|ten[ií]a))\s+(?P<who>[^?¿!,;:]+?)\W*$",
    re.IGNORECASE,
)
# "What is Juan Guaido's age?"
_WHOSE_AGE = re.compile(r"^\W*what(?:['’]s| is| was)\s+(?P<who>[^?¿!,;:]+?)['’]s age\W*$", re.IGNORECASE)
_MOST_WORDS = 4
# Chat words after a name, no part of it: "who is guaido btw" asks who Guaido is, "how old is guaido anyway" nothing
# but his age.
_CHAT_FILLER = word_set(
    "anyway btw lol now today currently actually really exactly tho though again ahora hoy realmente exactamente"
)
# Words that describe rather than name, and everyday titles and kin that the role table does not hold.
_NOT_A_NAME = (
    word_set(
        """
        behind charge there here
        vp ceo boss dictator successor predecessor dad mom uncle aunt friend ally rival enemy winner loser
        guy man woman girl boy kid suspect victim hero hit seen left beaten chosen sworn struck won thrown
        right wrong legitimate responsible guilty innocent legal illegal real true fake alive next first last
        vicepresidente vicepresidenta fiscal amigo sucesor
        responsable culpable inocente legitimo verdadero muerto herido preso
        """
    )
    | _CHAT_FILLER
    | KIN_WORDS
    | IRREGULAR_PARTICIPLES
)
# Particles of a name, no name on their own: "al-Bashir" is checked as "Bashir" ("Al", "Da", "Le" alone too).
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "du", "da", "di", "le"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sr", "sra", "senor", "senora", "don", "dona"})
# In a question typed without capitals, a verb's form is no name: "who was arrested", "who is winning", "¿quién
# fue detenido?" ("guaidó" keeps its accent; "guaido" typed without it after "quién" is not checked).
_VERB_FORM = {"en": re.compile(r"(?:ed|ing)$"), "es": re.compile(r"(?:ad|id)[oa]s?$")}


@lru_cache(maxsize=256)
def person_asked_about(question: str) -> tuple[str, ...]:
    """The folded words of the person `question` asks who is, where or when was born, or what became of ("who is
    Juan Guaidó" -> ("juan", "guaido")), or () when it asks something else (a role, "who is the president of
    Chile"; a description, "who is behind it", "what happened to the photographer")."""
    asked = _WHO_IS.match(question) or _BORN.match(question)
    if asked:
        return _names_asked(question, asked)
    fate = _FATE.match(question)
    # "what happened to defectors", "¿qué pasó con Rusia?": a group or a country, told of without its name; in
    # "Julio Borges" only "Borges" is checked ("julio" is also July)
    return tuple(name for name in _names_asked(question, fate) if not _common_word(name)) if fate else ()


def _names_asked(question: str, asked: re.Match[str]) -> tuple[str, ...]:
    """The folded name words a pattern's `who` (or Spanish `es`) group holds, if they name a person."""
    groups = asked.groupdict()
    typed = _split_hyphens((groups.get("who") or groups.get("es") or "").split())
    while typed and fold(typed[-1]).strip(".") in _CHAT_FILLER:
        typed.pop()  # "who is guaido btw" asks who Guaido is
    return _names_typed(question, typed)


@lru_cache(maxsize=256)
def person_aged(question: str) -> tuple[str, ...]:
    """The folded words of the person whose age `question` asks ("how old is Leopoldo López btw" -> ("leopoldo",
    "lopez")), or () when it asks about a description ("how old is the opposition leader")."""
    return _age_asked(question)[0]


def _age_asked(question: str) -> tuple[tuple[str, ...], list[str]]:
    """The folded name words of the person whose age `question` asks, and the folded words after the name."""
    asked = _HOW_OLD.match(question) or _WHOSE_AGE.match(question)
    if not asked:
        return (), []
    typed = _split_hyphens(asked.group("who").split())
    # "how old was Maduro in 2019", "how old is guaido anyway": the name ends where other words begin
    end = next((i for i, word in enumerate(typed) if _describes(fold(word).rstrip("."))), len(typed))
    return _names_typed(question, typed[:end]), [fold(word).strip(".") for word in typed[end:]]


def _names_typed(question: str, typed: list[str]) -> tuple[str, ...]:
    """The folded `typed` words of `question` (hyphenated names already split) if they name a person, else ()."""
    if not 0 < len(typed) <= _MOST_WORDS:
        return ()
    if _uses_capitals(question):
        if not all(word[0].isupper() for word in typed):
            return ()  # "Who was arrested in Caracas?": where names are capitalised, a lower-case word is no name
    elif any(_verb_form(question).search(word.lower()) for word in typed):
        return ()
    words = [fold(word).rstrip(".") for word in typed]
    words = [word for word in words if word not in _HONORIFICS] if len(words) > 1 else words
    roles = role_word_families()
    if any(_describes(word) or any(term in roles for term in lexical_terms(word)) for word in words):
        return ()
    return tuple(words)


def _common_word(word: str) -> bool:
    """Whether a folded word is an everyday word of news questions, in Spanish or English ("manifestantes",
    "protesters", "rusia"), by the gloss's lexicon, rather than a person's name."""
    lexicon = lexicon_words()
    return word in lexicon or word.removesuffix("s") in lexicon


def _split_hyphens(typed: list[str]) -> list[str]:
    """The typed words with hyphenated names split and their particles dropped ("al-Bashir" -> "Bashir")."""
    return [part for word in typed for part in word.split("-") if part and fold(part) not in _PARTICLES]


def _describes(word: str) -> bool:
    """Whether a folded word is no part of a name: a common word, a description or not a word at all."""
    return word in ENGLISH_STOPWORDS or word in SPANISH_STOPWORDS or word in _NOT_A_NAME or not word.isalpha()


def names_the_person(question: str, passage: str) -> bool:
    """False when `question` asks who a named person is (or where or when they were born) and `passage` names
    none of that person's names."""
    names = person_asked_about(question)
    if not names:
        return True
    found = set(re.findall(r"[^\W\d_]+", fold(passage)))
    # "guaidos" is how "Guaidó's" is often typed
    return any(name in found or name.removesuffix("s") in found for name in names)


def _uses_capitals(question: str) -> bool:
    """Whether the question capitalises some words after its first, not all (in capitals or title case, every
    word is capitalised and none stands out as a name)."""
    later = [word for word in question.split()[1:] if word[:1].isalpha()]
    return any(word[:1].isupper() for word in later) and not all(word[:1].isupper() for word in later)


def _verb_form(question: str) -> re.Pattern[str]:
    """The endings of a verb's forms in the question's language."""
    return _VERB_FORM["es" if question.lstrip("¿¡ ").lower().startswith("qui") else "en"]


# An age as the articles write it: "a 34-year-old captain", "Guaido, 35,", "aged 71", "(64)".
AGE = re.compile(r"\b\d+-year-old\b|\baged? \d+|\b\d+ years? old\b|,\s*\d{2}\s*,|\(\d{2}\)|\b\d+ años\b", re.IGNORECASE)
# Words an age may stand from the name it belongs to: "Guaidó, the telegenic 35-year-old leader" is three.
_AGE_REACH = 6
_WORD = re.compile(r"[^\W\d_]+")


def gives_the_persons_age(question: str, passage: str) -> bool:
    """False when `question` asks how old a named person is and every age in `passage` belongs to someone else:
    the name nearest an age is whose age it is ("Ariel Henry, a 71-year-old neurosurgeon, … named by Moïse")."""
    names = person_aged(question)
    return not names or _owns_an_age(names, passage)


def states_the_persons_age(question: str, passage: str, article: str = "") -> bool:
    """True when `question` asks nothing but how old a named person is and `passage` gives that person's age: such
    a passage answers, whatever the reader makes of it ("How old is Juan Guaido?" and "Guaido, 35, invoked…").
    Not for "how old was Lopez when he was arrested" (an age given elsewhere need not be the one asked), nor when
    the age's owner lacks the asked last name, or when the passage or its `article` leaves out a first name asked
    ("How old is Maria Guaido?") or names another of the family ("Jovenel Moïse" for Martine Moïse)."""
    names, rest = _age_asked(question)
    if not names or any(word not in _CHAT_FILLER for word in rest):
        return False
    around = f"{passage}\n{article}"
    named = {fold(word.group().lower()) for word in _WORD.finditer(around)}
    if not set(names[:-1]) <= named or _another_of_the_name(names, around):
        return False
    return any(names[-1] in owner for owner in _age_owners(passage))


def _owns_an_age(names: tuple[str, ...], passage: str) -> bool:
    """Whether some age in `passage` belongs to the person `names` name (the name nearest the age)."""
    return any(
        any(word in names or word.removesuffix("s") in names for word in owner) for owner in _age_owners(passage)
    )


def _age_owners(passage: str) -> list[list[str]]:
    """For each age in `passage`, the folded words of the name nearest it ([] when no name is near)."""
    words = list(_WORD.finditer(passage))
    owners = []
    for age in AGE.finditer(passage):
        before = [word for word in words if word.end() <= age.start()][-_AGE_REACH:]
        after = [word for word in words if word.start() >= age.end()][:_AGE_REACH]
        owners.append(_nearest_name(list(reversed(before)), after, passage))
    return owners


def _another_of_the_name(names: tuple[str, ...], passage: str) -> bool:
    """Whether `passage` names someone else with the asked person's last name ("Jovenel Moïse" for Martine Moïse);
    a question giving the last name alone ("how old is Padrino") has no first name to tell them apart by."""
    words = list(_WORD.finditer(passage))
    return len(names) > 1 and any(
        fold(word.group()) == names[-1]
        and passage[previous.end() : word.start()] == " "
        and _may_name(previous, passage)
        and fold(previous.group()) not in names
        for previous, word in pairwise(words)
    )


def _nearest_name(before: list[re.Match[str]], after: list[re.Match[str]], passage: str) -> list[str]:
    """The folded words of the name nearest an age, looking both ways (nearer words first): the run of capitalised
    words from the nearest that may be a name ("The 35-year-old Juan Guaido", "Padrino Lopez, 55")."""
    for distance in range(max(len(before), len(after))):
        for side in (before, after):
            if distance < len(side) and _may_name(side[distance], passage):
                return _run(side, distance, passage)
    return []


def _may_name(word: re.Match[str], passage: str) -> bool:
    """Whether a word of the passage may be a name: capitalised, and no title, role, month, acronym or common
    word, nor a possessor ("Maduro's 35-year-old rival" is not Maduro's age)."""
    text, folded = word.group(), fold(word.group())
    if not text[0].isupper() or (len(text) > 1 and text.isupper()) or passage[word.end() :].startswith(("'s", "’s")):
        return False
    roles = role_word_families()
    return not (
        _describes(folded)
        or folded in _HONORIFICS
        or folded in MONTHS_AND_DAYS
        or any(term in roles for term in lexical_terms(folded))
    )


def _run(side: list[re.Match[str]], at: int, passage: str) -> list[str]:
    """The folded capitalised words from `side[at]` on, away from the age, while only spaces or hyphens part them."""
    run = [side[at]]
    for word in side[at + 1 :]:
        first, second = sorted((run[-1], word), key=lambda match: match.start())
        if not word.group()[0].isupper() or passage[first.end() : second.start()].strip(" -"):
            break
        run.append(word)
    return [fold(word.group()) for word in run]
