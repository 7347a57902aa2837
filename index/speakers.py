"""Someone's exact words ("What did Maduro actually say in his May Day rally speech?"): a passage that quotes another
named speaker and not the asked one does not give them ("Juan Guaido issued a rallying cry… in which he urged
people… against Nicolas Maduro"). The asked speaker speaks when named next to a verb of saying ("Maduro told…",
"…,' said Cabello", "according to Maduro's office"); a passage where no one else is named speaking is left to the
reader (a title or a pronoun may stand for him: "the Venezuelan leader said", "He lamented…"). Someone's words may be
asked by a possessive ("What exactly did Trump's tweet say?"); a speaker asked by a possessive ("Maduro's defence
minister") is not checked.

Someone's reply is asked the same way ("what did Colombia say back when Maduro accused them?", "¿qué respondió Cuba
cuando Bolton dijo…?"): the accusation, told by its own speaker, gives no reply.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.attributes import asked_attributes
from index.countries import countries_in, country_words
from index.names import FUNCTION_WORDS, QUOTED, TITLES
from index.text import fold, word_set

_SPEAKER = re.compile(
    r"\b(?:did|does|has|had|will|would)\s+(?:(?:president|mr|ms|mrs|gen|general|dr)\.?\s+)?"
    r"(?P<who>(?-i:[A-Z][\w’-]+)(?:\s+(?-i:[A-Z][\w’-]+)){0,2})\s+(?:\w+ly\s+)?"
    r"(?:say|said|tell|tweet|write|declare|announce|claim)\b",
    re.IGNORECASE,
)
_SAYING = (
    r"said|says|say|saying|told|tells|wrote|writes|tweeted|tweets|declared|announced|stated|warned|claimed|insisted|"
    r"added|adding|argued|accused|urged|vowed|pledged|promised|issued|lamented|demanded|bragged|denounced|replied|"
    r"responded|elaborated|explained|noted|stressed|asked"
)
# The speaker right before the verb ("Pence tweeted", "Guaido, 35, said", "Padrino flatly said") or after a verb
# that takes no object ("said Cabello", "according to a statement by Maduro's office"; not "told Maduro").
_NAMED_BEFORE = re.compile(rf"\b([A-Z][\w’-]+)(?:['’]s)?(?:,[^,.]{{1,30}},)?\s+(?:\w+ly\s+)?(?:{_SAYING})\b")
# Not across a preposition ("he said in a message posted on Twitter"), nor a possessive ("said Pompeo's claim…").
_NAMED_AFTER = re.compile(
    r"\b(?:said|says|added|wrote|tweeted|according to)\s+"
    r"(?:(?!(?:in|on|at|to|for|with|about|from|by|of|that)\b)[\w.’'-]+\s+){0,5}?([A-Z][\w-]+)(?![\w’'-])"
)
# Someone's words asked by a possessive: "What exactly did Trump's tweet say?", "the exact words of Trump's tweet".
_WORDS_OF = re.compile(
    r"\b(?P<who>(?-i:[A-Z])[\w’-]+)['’]s\s+(?:\w+\s+)?"
    r"(?:tweets?|posts?|speech|speeches|remarks|letter|statement|address|"
    r"message|words)\b",
    re.IGNORECASE,
)
_NO_ONE = word_set("he she they it we i you the a an this that these those his her their its in on at but and as")


# Someone's reply: "what did Colombia say back…", "how did Cuba respond…", "¿qué (le) respondió Lavrov a Pompeo…?". A
# country may be written in lower case ("what did colombia say back").
_REPLIER = r"(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)"
_REPLY = (
    re.compile(
        rf"\b(?:did|does|has|had)\s+(?:the\s+)?{_REPLIER}\s+(?:\w+ly\s+)?"
        r"(?:say back|said back|hit back|reply|respond|answer|retort)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:le\s+|les\s+)?(?:respondi[oó]|contest[oó]|replic[oó])\s+(?:el\s+|la\s+)?{_REPLIER}"
        r"(?=\s+(?:a|al|cuando|despu[eé]s|ante|sobre|en|por)\b|\W*$)",
        re.IGNORECASE,
    ),
)


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def _asked_speaker(question: str) -> tuple[frozenset[str], bool]:
    """The folded words naming the speaker whose exact words or reply `question` asks for ("Padrino Lopez" → both),
    and whether it asks for a reply; none when it asks for neither, or for what someone's holder of a post said
    ("did Maduro's defence minister say")."""
    if any(attribute.name == "exact_words" for attribute in asked_attributes(question)):
        # also none when asked by a possessive: "did Maduro's Defense Minister say" names no speaker
        speaker = _SPEAKER.search(question) or _WORDS_OF.search(question)
        return (frozenset(fold(word.lower()) for word in speaker["who"].split()) if speaker else frozenset()), False
    for pattern in _REPLY:
        reply = pattern.search(question)
        if reply and (reply["who"][:1].isupper() or countries_in(reply["who"])):
            return frozenset(fold(word.lower()) for word in reply["who"].split()), True
    return frozenset(), False


def quotes_the_speaker(question: str, passage: str) -> bool:
    """False when `question` asks for a named speaker's exact words and `passage` has someone else named speaking,
    and not that speaker; for a reply, when the one speaking is someone the question names (the accuser): a
    country's reply may come from a spokeswoman the question does not name."""
    asked, reply = _asked_speaker(question)
    if not asked:
        return True
    speakers = _speakers_in(passage, (_NAMED_BEFORE, _NAMED_AFTER))
    if reply:
        speakers = [speaker for speaker in speakers if speaker in _words_of(question)]
    return not speakers or any(speaker in asked for speaker in speakers)


def _speakers_in(passage: str, patterns: tuple[re.Pattern[str], ...]) -> list[str]:
    """The folded names of the people `patterns` find speaking in `passage`, not "he" or a country."""
    return [
        fold(found.group(1).lower())
        for pattern in patterns
        for found in pattern.finditer(passage)
        if fold(found.group(1).lower()) not in _NO_ONE and not countries_in(found.group(1))
    ]


def _words_of(question: str) -> set[str]:
    """The folded words of `question`."""
    return set(re.findall(r"[\w’-]+", fold(question.lower())))


# What a country's government said or how it replied ("What did the Mexican government say about the uprising?",
# "¿Qué dijo el gobierno de España…?"): a passage gives it only with that country speaking ("Mexico's foreign ministry
# said", "according to Spain"), not one naming the country otherwise ("They later moved to the Spanish embassy"). A
# country asked bare ("What did Brazil say?") speaks through people named without it ("Bolsonaro said"): not checked.
_GOVERNMENT = r"(?:government|foreign ministry|ministry|authorities|officials|embassy|administration)"
_GOBIERNO = r"(?:el gobierno|la canciller[ií]a|el ministerio de (?:asuntos )?exteriores|las autoridades|la embajada)"
_COUNTRY_ASKED = re.compile(
    rf"\b(?:what did|how did) (?:the )?(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+)?)(?:['’]s)?\s+{_GOVERNMENT}\s+"
    r"(?:say|said|think|announce|declare|respond|react|reply)\b|"
    rf"\bqu[eé] (?:le |les )?(?:dijo|declar[oó]|opin[oó]|anunci[oó]|respondi[oó]|contest[oó]) {_GOBIERNO} (?:de |del )"
    r"(?P<quien>[\w’'-]+(?:\s+[\w’'-]+)?)",
    re.IGNORECASE,
)
# What a government does in words besides saying: these, said of a country or of one of its people.
_ACTS = "condemned|confirmed|denied|rejected|welcomed"
_COUNTRY_SAYING = rf"{_SAYING}|{_ACTS}|dijo|declar[oó]|afirm[oó]|respondi[oó]|conden[oó]|rechaz[oó]|confirm[oó]"


def the_country_speaks(question: str, passage: str) -> bool:
    """False when `question` asks what a country's government said and `passage` has neither that country speaking
    (its name, people or capital within seven words before a verb of saying, "Colombian Foreign Minister Carlos Holmes
    Trujillo replied", or right after "said", "according to" or "según") nor someone the question does not name."""
    asked = _COUNTRY_ASKED.search(question)
    countries = countries_in(asked["who"] or asked["quien"]) if asked else set()
    if not countries:
        return True
    if someone_else_speaks(question, passage):
        return True  # "President Maduro said…" may be the Venezuelan government's words
    words = list(re.finditer(r"[\w’'-]+", passage))
    named = country_words([word.group().removesuffix("'s").removesuffix("’s") for word in words])  # "United States"
    for at in range(len(words)):
        if named[at] in countries:
            after = " ".join(w.group() for w in words[at + 1 : at + 8])
            before = " ".join(w.group() for w in words[max(0, at - 6) : at])
            if re.search(rf"\b(?:{_COUNTRY_SAYING})\b", after, re.IGNORECASE) or re.search(
                r"\b(?:according to|said|says|told|added|dijo|seg[uú]n)\b", before, re.IGNORECASE
            ):
                return True
    return False


def someone_else_speaks(question: str, passage: str) -> bool:
    """Whether someone named in `passage`, not in `question` and no country, is speaking ("President Maduro said")."""
    asked = _words_of(question)
    return any(speaker not in asked for speaker in _speakers_in(passage, (_NAMED_BEFORE, _NAMED_AFTER, _NAMED_ACTING)))


# A country's people speak by acts too: "Defence Minister Vladimir Padrino Lopez condemned…", "…, Bolsonaro's office
# confirmed".
_NAMED_ACTING = re.compile(rf"\b([A-Z][\w’-]+)(?:['’]s\s+\w+)?\s+(?:{_ACTS})\b")


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
_WHAT_DID_SAY = re.compile(
    r"\b(?:what|wat|wht)\s+(?:did|does|has|had)\s+"
    r"(?!(?:the|a|an|his|her|their|its|our|your|that|this|these|those|they|he|she|it|you|we|i|people|anyone|someone|"
    r"everyone|everybody|nobody)\b)(?:(?:president|mr|ms|mrs|gen|general|dr|senator|sen)\.?\s+)?"
    r"(?P<who>[^\W\d_][\w’'-]+(?:\s+[^\W\d_][\w’'-]+){0,2}?)\s+(?:\w+self\s+|\w+ly\s+)?"
    r"(?:say|said|tell|tweet|write|declare|announce|claim)\b",
    re.IGNORECASE,
)
_QUE_DIJO = re.compile(
    r"\bqu[eé]\s+(?:le\s+|les\s+)?(?:dijo|declar[oó]|afirm[oó]|tuite[oó]|escribi[oó]|anunci[oó]|asegur[oó]|opin[oó])\s+"
    r"(?:(?:el|la)\s+)?(?:(?:presidente|ministro|general|senador|secretario)\s+)?"
    r"(?P<who>(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]+(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w’'-]+){0,2})",
    re.IGNORECASE,
)
_SPEECH_ACTS = (
    r"called|calling|calls|branded|described|dismissed|condemned|denied|confirmed|rejected|welcomed|praised|"
    r"critici[sz]ed|slammed|hailed|blamed|label+ed|ordered|appealed|proclaimed|acknowledged|admitted|suggested|"
    r"predicted|threatened|claims|argue|argues|argued|arguing|reported|reports|tweeting|urging|insist|insists|warns|"
    r"warning|addressed"
)
_SPEECH = re.compile(
    rf"\b(?:{_SAYING}|{_SPEECH_ACTS}|statement|remarks|message|speech|address|letter|tweet|post|interview)\b|"
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
    rf"\b(?:he|she)\s+(?:has\s+|had\s+)?(?:\w+ly\s+|also\s+|then\s+)?(?:{_SAYING}|{_SPEECH_ACTS})\b|"
    rf"\b(?:{_SAYING})\s+(?:he|she)\b|"
    # a subject, not the object of a preposition ("wrote a letter to the Venezuelan people saying…")
    r"(?<!\bto )(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bby )(?<!\bat )(?<!\bin )(?<!\bon )(?<!\bfrom )"
    rf"(?-i:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:(?!(?:to|for|with|by|at|in|on|from|that|who|which)\b|of\s+[a-z])[\w-]+\s+){{0,4}}?[\w-]+\s+"
    rf"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:{_SAYING}|{_SPEECH_ACTS})\b)",
    re.IGNORECASE,
)
_ANOTHER_NAME_NEXT = re.compile(r"\s+(?-i:[A-Z])[\w’'-]+")
_SPEECH_REACH = 14
_WINDOW = 300  # characters looked at around each mention: the check stays linear in a passage's length


def the_person_speaks(question: str, passage: str) -> bool:
    """False when `question` asks what a named person said and `passage` has neither that person speaking nor someone
    unnamed speaking with no one else named doing so."""
    asked = _WHAT_DID_SAY.search(question) or _QUE_DIJO.search(question)
    if not asked or countries_in(asked["who"]) or re.search(r"['’]s\b|\b(?:and|or|y)\b", asked["who"], re.I):
        return True  # a country's words are the_country_speaks's; "Trump's tweet" is quotes_the_speaker's
    surname = set(_name_words(asked["who"].split()[-1]))
    other_parts = set(_name_words(asked["who"])) - surname
    unquoted = QUOTED.sub(lambda quote: '"' + " " * (len(quote.group()) - 1), passage)
    if _speaks(surname, other_parts, unquoted):
        return True
    others = [
        speaker
        for speaker in _speakers_in(passage, (_NAMED_BEFORE, _NAMED_AFTER))
        if speaker not in surname and not _not_a_name(speaker)
    ]
    return not others and bool(_UNNAMED_SPEAKS.search(passage))


def _name_words(name: str) -> list[str]:
    """The folded parts of a name: "Diaz-Balart" → diaz, balart."""
    return [part for part in re.split(r"[-\s]+", fold(name.lower()).removesuffix("'s").removesuffix("’s")) if part]


def _speaks(surname: set[str], other_parts: set[str], passage: str) -> bool:
    """Whether a word of `surname` in `passage` stands before a verb of saying, in its sentence and with no other
    name right before the verb, or right after "according to" or a quote's "said". Another part of the asked name
    stands for the person when no other name follows it ("Xi said" for Xi Jinping, not "Mike Pompeo" for Mike
    Pence)."""
    for word in re.finditer(r"[^\W\d_][\w’'-]*", passage):
        parts = set(_name_words(word.group()))
        if not surname & parts and not (other_parts & parts and not _ANOTHER_NAME_NEXT.match(passage, word.end())):
            continue
        if _ATTRIBUTED_BEFORE.search(passage[max(0, word.start() - _WINDOW) : word.start()]):
            return True
        tail = passage[word.end() : word.end() + _WINDOW]
        verb = _SPEECH.search(tail)
        if verb is None:
            continue
        between = tail[: verb.start()]
        right_before = _NAME_RIGHT_BEFORE.search(between)
        if (
            len(re.findall(r"[\w’'-]+", between)) <= _SPEECH_REACH
            and not re.search(r"[.!?]\s", between)
            and (right_before is None or _SAME_NAME.match(between) or _not_a_name(right_before.group(1)))
        ):
            return True
    return False


def _not_a_name(word: str) -> bool:
    """A capitalised word that names no one speaking: a day, a title, "TV"."""
    key = fold(word.lower())
    return key in FUNCTION_WORDS or key in TITLES or key in {"tv", "state"}
