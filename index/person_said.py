"""What a named person said ("What did Mike Pence say about Russia's role?", "¿Qué dijo Leopoldo López sobre…?"): a
passage gives it only with that person speaking, or with someone unnamed speaking and no one else named doing so,
in an article that names the person.
`speaks` tells the same of a person asked otherwise (their reaction, `reactions.py`); what was said about someone or
something is `said_about.py`'s."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.countries import countries_in
from index.names import FUNCTION_WORDS, QUOTED, TITLES, TOKEN, names_in
from index.speakers import NAMED_AFTER, NAMED_BEFORE, SAYING, speakers_in
from index.text import fold, without_possessive, word_set, words

# What a named person said about something ("What did Mike Pence say about Russia's role?", "what did putin himself
# say abt the uprising?"): a passage gives it only with that person speaking, or with someone unnamed speaking ("he
# tweeted", "a US congressman has claimed", "Venezuela's president told", "the Secretary of State claimed") and no one
# else named doing so. The person speaks when a word of their surname ("Diaz" or "Balart" of "Diaz-Balart"), outside
# what others are quoted saying, stands within fourteen words before a verb of saying with no other name right before
# the verb ("Vladimir Padrino Lopez condemned…", "Mikael Wigell, a researcher…, told RFE/RL"), or right after
# "according to" or a quote's "…,' said": "Mike Pompeo… says" is not Pence, "whether he believed Vladimir Putin would
# invade…, Diaz-Balart said" is not Putin, and "Bolton told Maduro…" or "Guaido said Maduro does not have…" is not
# Maduro. Asked in Spanish too ("¿Qué dijo Leopoldo López sobre…?"). Two people asked together, or someone's tweet or
# minister, are not checked here.
# Words between the name and the verb: "What did Guaido have to say…?", "What did Maduro also say…?"
_FILLER = r"(?:have|has|had|to|also|actually|really|just|ever|then|even|first|exactly|precisely|originally|initially)"
WHAT_DID_SAY = re.compile(
    r"\b(?:what|wat|wht)\s+(?:did|does|has|had)\s+"
    r"(?!(?:the|a|an|his|her|their|its|our|your|that|this|these|those|they|he|she|it|you|we|i|people|anyone|someone|"
    r"everyone|everybody|nobody)\b)"
    # "What did Cuban president Miguel Díaz-Canel say…?": a nationality before the title
    r"(?:(?:(?-i:[A-Z])[\w-]+\s+(?=(?:president|prime minister|foreign minister)\b))?"
    r"(?:president|prime minister|foreign minister|mr|ms|mrs|gen|general|dr|senator|sen)\.?\s+)?"
    rf"(?P<who>[^\W\d_][\w’'-]+(?:\s+(?!{_FILLER}\b)[^\W\d_][\w’'-]+){{0,2}}?)\s+"
    rf"(?:(?:have|has|had)\s+to\s+|{_FILLER}\s+|\w+self\s+|\w+ly\s+)?"
    r"(?:say|said|tell|tweet|write|declare|announce|claim|call|describe|label|brand)\b",
    re.IGNORECASE,
)
# "did putin himself say anything about the uprising?", "has Lavrov commented on it?": whether someone spoke, asked
# of a name typed with its capital.
_DID_SAY_ANYTHING = re.compile(
    r"^\W*(?:did|has|had)\s+(?P<who>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}?)\s+"
    r"(?:\w+self\s+|ever\s+|also\s+|actually\s+|even\s+)?"
    r"(?:say|said|comment|commented|speak|spoken|tweet|tweeted)\s+(?:anything|something|publicly|out|on|about)\b",
    re.IGNORECASE,
)
QUE_DIJO = re.compile(
    r"\bqu[eé]\s+(?:le\s+|les\s+)?(?:dijo|declar[oó]|afirm[oó]|tuite[oó]|escribi[oó]|anunci[oó]|asegur[oó]|opin[oó])\s+"
    r"(?:(?:el|la)\s+)?(?:(?:presidente|ministro|general|senador|secretario)\s+)?"
    r"(?P<who>(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]+(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]+){0,2})",
    re.IGNORECASE,
)
_SPEECH_ACTS = (
    r"called|calling|calls|branded|described|dismissed|condemned|denied|confirmed|rejected|welcomed|praised|"
    r"critici[sz]ed|slammed|hailed|blamed|label+ed|ordered|appealed|proclaimed|acknowledged|admitted|suggested|"
    r"predicted|threatened|claims|argue|argues|argued|arguing|reported|reports|tweeting|urging|insist|insists|warns|"
    r"warning|addressed|continued"
)
_SPEECH = re.compile(
    rf"\b(?:{SAYING}|{_SPEECH_ACTS}|statement|remarks|message|speech|address|letter|tweet|post|interview)\b|"
    r":\s*['‘\"“]",
    re.IGNORECASE,
)
# "according to US Secretary of State Mike Pompeo", "according to a statement by Maduro's office", "…,' said Cabello":
# the words between are a title, a statement or a spokesman.
_ATTRIBUTED_BEFORE = re.compile(
    r"(?:\baccording to|[,'’\"”]\s*(?:said|says|added|wrote|tweeted))\s+"
    r"(?:(?:(?-i:[A-Z])[\w.’'-]*|of|the|an?|by|for|statements?|spokes\w+)\s+){0,6}$"
)
_NAME_RIGHT_BEFORE = re.compile(r"\b((?-i:[A-Z])[\w’'-]+)\s+(?:\w+ly\s+)?$")
_SAME_NAME = re.compile(r"^(?:\s+(?-i:[A-Z])[\w’'-]+)*\s*$")
_UNNAMED_SPEAKS = re.compile(
    rf"\b(?:he|she)\s+(?:has\s+|had\s+)?(?:\w+ly\s+|also\s+|then\s+)?(?:{SAYING}|{_SPEECH_ACTS})\b|"
    rf"\b(?:{SAYING})\s+(?:he|she)\b|"
    # a subject, not the object of a preposition ("wrote a letter to the Venezuelan people saying…")
    r"(?<!\bto )(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bby )(?<!\bat )(?<!\bin )(?<!\bon )(?<!\bfrom )"
    rf"(?-i:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?!(?:to|for|with|by|at|in|on|from|that|who|which|where|when|while|he|she|they|it)\b|of\s+[a-z])"
    r"[\w-]+\s+){0,4}?"
    r"[\w-]+\s+"
    rf"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:{SAYING}|{_SPEECH_ACTS})\b)",
    re.IGNORECASE,
)
# Who speak without being named: "What did officials / witnesses / the SEBIN say?" asks of no one person.
SPEAKING_GROUPS = word_set(
    """officials leaders protesters protestors demonstrators soldiers troops people supporters authorities analysts
    experts critics lawmakers residents witnesses generals ministers diplomats activists journalists reporters
    government military army opposition police guard rebels chavistas media press spokesman spokeswoman
    spokesperson official protester soldier sebin dgcim fanb pdvsa kremlin pentagon
    whitehouse administration regime group groups ministry embassy"""
)
# The name as the object of a preposition ("a close adviser to Bolsonaro", "responding to Pompeo") does not speak.
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|from|for|against|about|of|toward|towards|at|than|into|by)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$",
    re.IGNORECASE,
)
# A first name the question does not give, right before the surname: another person of that surname.
_ANOTHER_FIRST_NAME = re.compile(r"\b((?-i:[A-Z])[\w’'-]+)\s+$")
# Capitalised words that name no one "he" could be: platforms, institutions, places.
_OWN_VOICE = re.compile(
    r"\s+(?:office|spokes\w+|government|administration|camp|aides?|team|statement|tweet|message|speech|address|"
    r"letter|remarks|words|account)\b",
    re.IGNORECASE,
)
_NOT_PEOPLE = word_set("twitter facebook instagram youtube tv cnn fox national assembly guard")
_ANOTHER_NAME_NEXT = re.compile(r"\s+(?-i:[A-Z])[\w’'-]+")
_SPEECH_REACH = 14
# "A compound called Fort Tiuna" names a place; nobody speaks.
_NAMING = re.compile(r"\b(?:a|an|the)\s+[\w-]+\s+called$", re.IGNORECASE)
_WINDOW = 300  # characters looked at around each mention: the check stays linear in a passage's length


def the_person_speaks(question: str, passage: str, article: Callable[[], str] | None = None) -> bool:
    """False when `question` asks what a named person said and `passage` has neither that person speaking nor someone
    unnamed speaking with no one else named doing so. A name asked by one word takes its surname from the passage,
    else from its `article` ("Mr Lopez said…" answers "What did Leopoldo say?" in a story naming Leopoldo Lopez)."""
    asked = _asked_person(question)
    return asked is None or _named_or_unnamed_speaks(*asked, passage, article)


def speaks(name: str, passage: str) -> bool:
    """Whether the person `name` (as a question writes it: "Maduro", "Sergei Lavrov") speaks or acts in `passage`
    ("Lavrov said…", "…,' said Maduro"), or someone unnamed does with no one else named doing so."""
    parts = name_words(name)
    if not parts:
        return True
    surname = frozenset(name_words(name.split()[-1]))
    return _named_or_unnamed_speaks(surname, frozenset(parts) - surname, passage, None)


def _named_or_unnamed_speaks(
    surname: frozenset[str], other_parts: frozenset[str], passage: str, article: Callable[[], str] | None
) -> bool:
    """Whether the person of `surname` and `other_parts` speaks in `passage`, or someone unnamed does and no one else
    named does (see `the_person_speaks`)."""
    if not other_parts:
        surname, other_parts = _completed(surname, passage)
    if not other_parts and article is not None and not _names_a_part(surname, passage):
        # Only a passage without the asked word: "Vladimir Padrino Lopez condemned…" is judged by its own words, not
        # by the article's first Vladimir (Putin).
        surname, other_parts = _completed(surname, article())
    unquoted = QUOTED.sub(lambda quote: '"' + " " * (len(quote.group()) - 1), passage)
    if _speaks(surname, other_parts, unquoted):
        return True
    others = [
        speaker
        for speaker in speakers_in(passage, (NAMED_BEFORE, NAMED_AFTER))
        if speaker not in surname and not not_a_name(speaker)
    ]
    if others or not someone_unnamed_speaks(unquoted, surname | other_parts):
        return False
    # "'Nerves of steel!' he tweeted" is not someone its article never names.
    return article is None or _names_a_part(surname | other_parts, article())


def asked_person_words(question: str) -> frozenset[str]:
    """The folded words of the name of the person whose words `question` asks for (none when it asks no one's)."""
    asked = _asked_person(question)
    return asked[0] | asked[1] if asked else frozenset()


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_person(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The folded parts of the surname, and of the rest of the name, of the person whose words `question` asks for;
    none for a country, a group or title, two people, a possessive or words that are no plain name."""
    asked = WHAT_DID_SAY.search(question) or QUE_DIJO.search(question) or _DID_SAY_ANYTHING.search(question)
    if not asked or countries_in(asked["who"]) or re.search(r"['’]s\b|\b(?:and|or|y)\b", asked["who"], re.I):
        return None  # a country's words are the_country_speaks's; "Trump's tweet" is quotes_the_speaker's
    named = asked["who"].split()
    if set(words(asked["who"])) & (SPEAKING_GROUPS | TITLES):
        return None  # "What did opposition leaders say?" asks for no one by name
    if re.search(r"[A-Z]", question) and any(word[:1].islower() for word in named):
        return None  # "What did Trump ally Bolton say?": not a plain name
    surname = frozenset(name_words(named[-1]))
    others = frozenset(name_words(asked["who"])) - surname
    # "What did Padrino Lopez say about Leopoldo Lopez being freed?": a surname the question gives someone else too
    # does not tell who speaks; the rest of the asked name does.
    elsewhere = question[: asked.start("who")] + " " + question[asked.end("who") :]
    if others and surname & set().union(*(set(name_words(name)) for name in names_in(elsewhere))):
        return others, frozenset()
    return surname, others


@lru_cache(maxsize=64)  # an article is read once for every passage of it judged
def _completed(asked: frozenset[str], passage: str) -> tuple[frozenset[str], frozenset[str]]:
    """The surname and the rest of a name asked by one word ("What did Diosdado say?"): when the passage gives that
    word as a first name ("Diosdado Cabello"), the name after it is the surname. Not inside a title written in
    capitals ("…Opposition Leader Guaido Calls For Coup")."""
    for word in TOKEN.finditer(passage):
        following = _ANOTHER_NAME_NEXT.match(passage, word.end())
        if (
            following
            and set(name_words(word.group())) & asked
            and not not_a_name(following.group().strip())
            and not _NAME_RIGHT_BEFORE.search(passage[max(0, word.start() - _WINDOW) : word.start()])
            and not _ANOTHER_NAME_NEXT.match(passage, following.end())
        ):
            return frozenset(name_words(following.group())), asked
    return asked, frozenset()


def _names_a_part(asked: frozenset[str], passage: str) -> bool:
    """Whether a word of `passage` is, or has as a part, one of the `asked` name's words."""
    return any(set(name_words(word)) & asked for word in TOKEN.findall(passage))


def someone_unnamed_speaks(passage: str, asked_words: frozenset[str]) -> bool:
    """Whether someone unnamed speaks in `passage`: "he" or "she" not after another name in its sentence ("Maduro
    delivered a speech where he demanded…" is Maduro), or a title ("the Secretary of State claimed"), not the asked
    person's relative or aide ("Figuera's wife told…")."""
    for found in _UNNAMED_SPEAKS.finditer(passage):
        owner = re.match(r"([^\W\d_][\w-]*)['’]s\s", found.group())
        if owner and set(name_words(owner.group(1))) & asked_words:
            continue  # "Figuera's wife told reporters" is not Figuera
        if not found.group().lower().startswith(("he ", "she ")) and not re.search(r"\b(?:he|she)$", found.group()):
            return True
        sentence = re.split(r"[.!?]\s", passage[: found.start()])[-1]
        before = [word for word in re.findall(r"(?-i:[A-Z])[\w’'-]+", sentence) if not not_a_name(word)]
        before = [word for word in before if fold(word.lower()) not in _NOT_PEOPLE]
        if not before or set(name_words(before[-1])) & asked_words:
            return True
    return False


def name_words(name: str) -> list[str]:
    """The folded parts of a name: "Diaz-Balart" → diaz, balart."""
    return [part for part in re.split(r"[-\s]+", without_possessive(fold(name.lower()))) if part]


def _speaks(surname: frozenset[str], other_parts: frozenset[str], passage: str) -> bool:
    """Whether a word of `surname` in `passage` stands before a verb of saying, in its sentence and with no other
    name right before the verb, or right after "according to" or a quote's "said". Another part of the asked name
    stands for the person when no other name follows it ("Xi said" for Xi Jinping, not "Mike Pompeo" for Mike
    Pence)."""
    for word in TOKEN.finditer(passage):
        parts = set(name_words(word.group()))
        if not surname & parts and not (other_parts & parts and not _ANOTHER_NAME_NEXT.match(passage, word.end())):
            continue
        before = passage[max(0, word.start() - _WINDOW) : word.start()]
        if _ATTRIBUTED_BEFORE.search(before):
            return True
        first = _ANOTHER_FIRST_NAME.search(before)
        if _OBJECT_BEFORE.search(before) or (
            first
            and other_parts
            and not not_a_name(first.group(1))
            and not {*other_parts, *surname} & set(name_words(first.group(1)))
        ):
            continue  # "a close adviser to Bolsonaro", "Vladimir Padrino Lopez" for Leopoldo Lopez
        if re.search(r"['’]s?$", word.group()) and not _OWN_VOICE.match(passage, word.end()):
            continue  # "Figuera's wife told reporters" is his wife speaking; "Maduro's office said" is his word
        tail = passage[word.end() : word.end() + _WINDOW]
        verb = next((verb for verb in _SPEECH.finditer(tail) if not _NAMING.search(tail, 0, verb.end())), None)
        if verb is None:
            continue
        between = tail[: verb.start()]
        right_before = _NAME_RIGHT_BEFORE.search(between)
        if (
            len(re.findall(r"[\w’'-]+", between)) <= _SPEECH_REACH
            and not re.search(r"[.!?]\s", between)
            and (right_before is None or _SAME_NAME.match(between) or not_a_name(right_before.group(1)))
        ):
            return True
    return False


def not_a_name(word: str) -> bool:
    """A capitalised word that names no one speaking: a day, a title, "TV"."""
    key = fold(word.lower())
    return key in FUNCTION_WORDS or key in TITLES or key in {"tv", "state"}
