"""People's names in running text, found without a tagger: a title followed by a capitalised word ("Mr Lopez",
"General Figuera"; in a headline, not when another capitalised word follows: "Leader Calls For Calm") or two
capitalised words that are neither institutions nor places ("Sergei Lavrov", not "National Assembly" or "Costa
Rica")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from index.countries import countries_in, country_words
from index.text import fold, without_possessive, word_set, words

TITLES = word_set(
    """mr mrs ms dr gen general president minister colonel col major lt lieutenant sen senator rep congressman
    congresswoman judge governor mayor ambassador chief director commander admiral captain capt sergeant sgt corporal
    cpl officer bishop pope leader
    king queen prince sheikh secretary prosecutor adviser advisor spokesman spokeswoman sr sra señor señora
    presidente ministro coronel"""
)
# Capitalised words that make a run an institution, a place or a sentence opener rather than a person.
FUNCTION_WORDS = word_set(
    """the a an he she it they we i his her their its this that these those but and or in on at of for if when
    while after before as however meanwhile later earlier also there here some many most what who where why how
    our my your monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december"""
)
_NOT_NAMES = FUNCTION_WORDS | word_set(
    """national assembly court supreme guard police army forces force party ministry council embassy bank union
    house palace base fort airport street square plaza university church republic state states nations kingdom
    government congress parliament senate department office agency service services press news times post
    journal radio twitter facebook instagram youtube security bolivarian armed air navy military intelligence
    international human rights watch foundation company oil fund monetary world amnesty media network north
    south east west central latin opposition revolutionary socialist democratic popular organization
    organisation committee commission federal city province region island islands river mount lake valley
    avenue highway bridge station tower hospital prison school institute centre center group movement front
    alliance coalition mr mrs ms la el los las san santa foreign external affairs defence defense interior
    finance justice health economy home"""
)
# Capitalised words after which a run of names may go on, or a new sentence begins: "Aung San Suu Kyi".
_NOT_ENDING_A_NAME = FUNCTION_WORDS | word_set("la el los las san santa mr mrs ms")
_TITLE_PARTS = word_set("vice ex deputy acting former interim in of at")  # "Commander-in-Chief"
_CONNECTORS = word_set("de del da dos das von van bin al la")
# A word that may be part of a name: letters first, then letters, digits, apostrophes or hyphens ("Diaz-Balart").
TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
# A capitalised word and a run of them, for patterns compiled with or without IGNORECASE ("Sergei Lavrov").
CAPITALISED_WORD = r"(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]+"
CAPITALISED_RUN = rf"{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})*"
# "el-Tohamy", "al-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name is part of the name.
_JOINED_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|bin|ben|abu|ibn|da|de|di|du|van|von)-[^\W\d_]", re.IGNORECASE)
# A name never runs across a full stop, a comma or a dash; "Mr." and "U.S." are not full stops.
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\[\]\"“”–—]|\s-\s")
# A quote opening a clause starts a sentence of its own, whatever comes before it ("he said, 'Nobody…").
_QUOTE_MARKS = ("'", "‘", "’", "`")
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sen|Rep|Capt|Sr|Sra|St)\.|\b(?:[A-Z]\.){2,}|\b[A-Z]\.(?=\s+[A-Z][a-z])"
)


def names_in(passage: str) -> list[str]:
    """The spans of `passage` that look like people's names."""
    text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), passage)
    return [name for clause in _CLAUSE_BREAK.split(text) for name in _names_in_clause(clause)]


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def people_named(question: str) -> frozenset[str]:
    """The family names of the people `question` names, countries aside: in full ("Leopoldo Lopez"), or by one
    capitalised word that is no country, no word in capitals and no common word ("When did Chavez…?")."""
    alone = [
        name
        for name in proper_names_in(question)
        if " " not in name and not name.isupper() and without_possessive(fold(name.lower())) not in FUNCTION_WORDS
    ]
    named = [name for name in [*names_in(question), *alone] if not countries_in(name)]
    return frozenset().union(*(family_names(name) for name in named))


def unasked(names: Iterable[str], question: str) -> list[str]:
    """The names of `names` whose family names `question` does not type: a question typing "Guaido" names "Juan
    Guaido", one typing "diaz-balart" names "Mario Diaz-Balart", and one naming Juan Pablo Pernalete does not name
    "Juan Gonzalez"."""
    asked = {fold(word.lower()) for word in re.findall(r"\w+", question)}
    return [name for name in names if not family_names(name) & asked]


def family_names(name: str) -> set[str]:
    """The folded words of `name` after its given name, each part of a hyphenated one, without particles ("de la"):
    {"padrino", "lopez"} of "Vladimir Padrino Lopez"; a name of one word is its own."""
    given_and_family = name.split()
    family = given_and_family[1:] or given_and_family
    return {fold(part.lower()) for word in family for part in re.findall(r"\w\w+", word)} - _CONNECTORS


def proper_names_in(passage: str) -> list[str]:
    """Capitalised runs of `passage` that name someone or something ("La Carlota", "Operation Freedom"); a lone
    capitalised word opening a sentence or a quote is not counted, as it may be capitalised only for its place."""
    text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), passage)
    found = []
    for clause, mid_sentence in _clauses(text):
        tokens = TOKEN.findall(clause)
        run: list[str] = []
        for position, word in enumerate([*tokens, ""]):
            key = fold(word.lower())
            # "Who's Maduro's…": a question word with its "'s" is no part of a name.
            if (_capitalised(word) and without_possessive(key) not in FUNCTION_WORDS) or (run and key in _CONNECTORS):
                run.append(word)
            else:
                while run and run[-1].islower():
                    run.pop()
                if len(run) >= 2 or (run and (position - len(run) > 0 or mid_sentence)):
                    found.append(" ".join(run))
                run = []
    return found


def surnames_alone_in(passage: str) -> list[str]:
    """Single capitalised words within a sentence that may be someone named by surname alone ("since Guaido, who
    heads…"), not a country, an institution's word, an acronym ("the head of SEBIN") or a title."""
    alone = [name for name in proper_names_in(passage) if " " not in name and not without_possessive(name).isupper()]
    countries = country_words([without_possessive(name) for name in alone])
    return [
        name
        for name, country in zip(alone, countries, strict=True)
        if not country and not _is_title(fold(name.lower())) and fold(name.lower()).strip("'’") not in _NOT_NAMES
    ]


def ends_in_possessive(passage: str, end: int) -> bool:
    """Whether the name ending at `end` is a possessive ("Maduro's", "Morales'"), naming an owner, not a holder."""
    return (
        passage[:end].endswith(("'s", "’s"))
        or passage[end : end + 2] in ("'s", "’s")
        or (passage[end - 1 : end] == "s" and passage[end : end + 1] in ("'", "’"))
    )


def _clauses(text: str) -> list[tuple[str, bool]]:
    """The clauses of `text`, each with whether it goes on a sentence after a comma or semicolon, where a capital
    is the word's own ("toward the presidential palace, Miraflores"), not the sentence's; a quote opening there
    starts a sentence of its own ("he said, 'Nobody…")."""
    pieces, start, mark = [], 0, ""
    for found in _CLAUSE_BREAK.finditer(text):
        pieces.append((text[start : found.start()], mark))
        start, mark = found.end(), found.group()
    pieces.append((text[start:], mark))
    return [(piece, mark in (",", ";") and not piece.lstrip().startswith(_QUOTE_MARKS)) for piece, mark in pieces]


def _names_in_clause(clause: str) -> list[str]:
    tokens = TOKEN.findall(clause)
    in_a_country = country_words(tokens)  # "Sri Lanka's External Affairs Minister" names no one
    # In a headline most words are capitalised: "Opposition Leader Calls For Calm" names no "Calls", though
    # "…, said Defence Minister Padrino" names Padrino (nothing capitalised follows him).
    headline = len(tokens) >= 4 and sum(_capitalised(word) for word in tokens) >= 0.7 * len(tokens)
    found, run, titled = [], [], False
    for word, country in zip([*tokens, ""], [*in_a_country, None], strict=True):
        key = without_possessive(fold(word.lower())).rstrip("'’")
        capitalised = _capitalised(word) and not (word.isupper() and len(word) > 1)
        if capitalised and key not in _NOT_NAMES and not _is_title(key) and not country:
            run.append(word)
            continue
        if run and key in _CONNECTORS:
            run.append(word)
            continue
        while run and run[-1].islower():
            run.pop()
        if capitalised and key not in _NOT_ENDING_A_NAME and not _is_title(key) and not country:
            run = []  # "The Pan Am Post", "Simon Bolivar University": the run begins an institution's name
        if len(run) >= 2 or (run and titled and not (headline and _capitalised(word))):
            found.append(" ".join(run))
        titled, run = _is_title(key), []
    return found


def _is_title(key: str) -> bool:
    """Whether a folded word is a title, hyphenated ones included ("vice-president", "commander-in-chief"), not a
    double surname ending like one ("Sánchez-Mayor")."""
    return key in TITLES or all(part in TITLES or part in _TITLE_PARTS for part in key.split("-"))


def _capitalised(word: str) -> bool:
    """Whether `word` starts with a capital, or is a particle joined to a capitalised name ("el-Tohamy")."""
    return word[:1].isupper() or bool(_JOINED_PARTICLE.match(word) and word[word.index("-") + 1 :][:1].isupper())


def as_written(name: str) -> str:
    """A pattern finding `name` in the passage, where "S Jaishankar" may be written "S. Jaishankar"."""
    return r"[\s.]+".join(re.escape(word) for word in name.split())


# What a passage quotes someone saying: "…Hugo Chavez," said Cabello names Chavez, not what Cabello spoke on.
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)['‘][^'‘’]{12,}?['’](?!\w)")


# A sentence's first word is a name when it is an acronym, an owner, part of a capitalised run ("Journalist Tucker
# Carlson…"), or the subject of saying or being something.
_READS_AS_A_NAME = re.compile(
    r"(?:[A-Z]{2,}\b|[\w.-]+['’]s\b|[\w.-]+(?:,|\s+[A-Z]|\s+(?:said|says|told|tells|reported|reports|tweeted|"
    r"wrote|confirmed|added|is|was|are|were|has|have|had)\b))"
)
# A sentence ends right before a word: "…to state TV. Colectivos are…".
_SENTENCE_ENDED = re.compile(r"[.!?:;•\n]\W*$")


def names_anything_new(text: str, known: set[str]) -> bool:
    """Whether `text`, outside what it quotes, has a capitalised word whose folded form is not in `known`, a country
    or a function word: within a sentence any ("…criticism of CNN's coverage"), opening one only if it reads as a
    name ("CNN reported…", "Bolsonaro's office…", "Journalist Tucker Carlson…", "Bolsonaro said…", "Guaido, who
    heads…", "Colectivos are…"), not "Armed soldiers…" or "Video emerges…"."""
    said = QUOTED.sub(" ", text)
    found = list(re.finditer(r"[^\W\d_][\w'’.-]*", said))
    countries = country_words([without_possessive(m.group()) for m in found])
    for at, (match, country) in enumerate(zip(found, countries, strict=True)):
        token, key = match.group(), (words(match.group()) or [""])[0]
        if not token[:1].isupper() or country or key in known or key in FUNCTION_WORDS:
            continue
        opening = at == 0 or bool(_SENTENCE_ENDED.search(said[found[at - 1].end() : match.start()]))
        if not opening or _READS_AS_A_NAME.match(said[match.start() :]):
            return True
    return False
