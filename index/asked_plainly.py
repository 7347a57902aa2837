"""A question in the plain shape the checks read: asked about the world, not about the articles ("…, do we know",
"does it say who…"), with its asking word ("maduro's age?" → "what is maduro's age?", "number of people detained…"
→ "how many people detained…") and with the person a context names first in place of "he" ("guaido, which party is
he with" → "which party is guaido with"). The models read the question as typed."""

from __future__ import annotations

import re

from index.outcomes import IRREGULAR_PAST
from index.text import guess_language

# Asking what the articles say rather than what happened. A frame asking for a name or a number keeps asking for it
# ("…, do they name him" → "…, what is his name"; "…, any numbers" → "…, how many").
_WHO_WOULD_KNOW = r"(?:we|they|you|it|anyone|the (?:articles?|reports?|stories|story|news|sources?|papers?))"
_DO_THEY = rf"(?:do|does|did) {_WHO_WOULD_KNOW}"
_TAIL = r"[,;:.?!–—-]+\s*"
_NAME_TAIL = re.compile(
    rf"{_TAIL}(?:{_DO_THEY} (?:name|identify) (?P<whom>him|her|them)|"
    r"(?:is|was|were) (?P<who>he|she|they) (?:ever )?(?:named|identified)|(?P<bare>name|his name|her name))\W*$",
    re.IGNORECASE,
)
_NUMBER_TAIL = re.compile(
    rf"{_TAIL}(?:{_DO_THEY} (?:give|have|say|report|mention) (?:a |the |any )?"
    r"(?:number|figure|count|total)s?|any (?:numbers?|figures?|counts?|totals?))\W*$",
    re.IGNORECASE,
)
_PLAIN_TAIL = re.compile(
    rf"{_TAIL}(?:{_DO_THEY} (?:know|say|mention|explain|report|tell us)(?: (?:it|that|this|so|"
    r"anything|why))?|(?:is|was) (?:it|that|this) (?:known|said|reported|mentioned|given)(?: anywhere)?|"
    r"any (?:idea|info|word|details?)|anyone know)\W*$",
    re.IGNORECASE,
)
_FRAME_OPENING = re.compile(
    rf"^(\W*)(?:{_DO_THEY} (?:know|say|mention|tell us|report|explain) |"
    r"(?:is|was) it (?:known|said|reported) )"
    r"(?=(?:who|whom|whose|what|when|where|why|which|how)\b|(?:the )?(?:total |exact |overall )?number of\b)",
    re.IGNORECASE,
)
_IDENTIFIED = re.compile(
    rf"^(\W*)(?:{_DO_THEY} (?:identify|name|(?:give|know|say|mention|report|have) the (?:name|identity) of)|"
    r"what(?:['’]s| is| was) the identity of) ",
    re.IGNORECASE,
)
# "is the identity of the soldier… given anywhere": whether a name is told, asked as the name.
_IS_THE_NAME_TOLD = re.compile(
    r"^(\W*)(?:is|was|are|were) the (?:identity|identities|names?) of (?P<whose>.+?) (?:given|known|revealed|reported|"
    r"mentioned|said|released|made public|public)(?: anywhere| yet| at all| in the articles)?\W*$",
    re.IGNORECASE,
)
# A name asked with "called" or "it" is asked as "what is the name of…", which every check reads: "what was the shot
# photojournalist called", "guaido stood on an overpass, what's the highway called", "there's a medical center near…,
# whats it called"; not "what is the country officially called" nor "…called before".
_CALLED_LAST = re.compile(
    r"^(\W*)what(?P<be>['’]?s| is| was) (?P<thing>(?:the|that|this|his|her|their|[\w-]+['’]s) (?:[\w'’-]+ ){0,11}?"
    r"(?!(?:also|now|today|still|then|there|here|usually|commonly|officially|formally|properly|locally|actually)\b)"
    r"[\w'’-]+) (?:called|named)\W*$",
    re.IGNORECASE,
)
_CALLED_AFTER = re.compile(
    rf"{_TAIL}(?:so |and )?what(?P<be>['’]?s| is| was) "
    r"(?P<thing>(?:the|that|this) [a-z'’-]+(?: [a-z'’-]+)?) called\W*$",
    re.IGNORECASE,
)
_TOLD_FIRST = re.compile(
    r"^(\W*)(?:the|that|this|there(?:['’]s| is| was) an?) (?P<thing>[\w'’-]+(?: [\w'’-]+)?"
    r"(?= (?:near|in|at|that|which|who|where|on|of|from|with|by|outside|under|over|beside|behind)\b)[^?]*?)"
    r"\s*[,.;:?!]+\s*(?:so\s+|and\s+)?what(?P<be>['’]?s| is| was) (?:it|its name|the name)(?: called)?\W*$",
    re.IGNORECASE,
)
# "the photographer in the bulletproof vest…, who was he": someone told first, then asked for, is asked by name.
_SOMEONE_TOLD_FIRST = re.compile(
    r"^\W*(?:the|that|this|(?!(?:what|who|where|when|why|how|that|there|it|here)['’]s)[\w-]+['’]s) ", re.IGNORECASE
)
_WHO_IS_HE = re.compile(rf"{_TAIL}who(?P<be>['’]s| is| was) (?P<who>he|she)\W*$", re.IGNORECASE)
# Something told first, then what came "after that": "lopez moved to the spanish embassy, what happened to him after
# that" → "what happened to him after lopez moved to the spanish embassy".
_AFTER_THAT = re.compile(
    r"^(?P<open>\W*)(?P<told>(?!(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|did|does|do)\b)"
    r"[^,;:?]{12,}?)\s*[,;:.–—-]+\s*(?P<asked>(?:what|where|how|who|when|did|does|was|were)\b[^?]*?)\s+"
    r"(?:after|since) (?:that|this|then)\W*$",
    re.IGNORECASE,
)
# The whole told first: "of the 100 injured how many were soldiers" → "how many of the 100 injured were soldiers".
_OF_THE_WHOLE = re.compile(
    r"^(?P<open>\W*)of (?P<whole>(?:the|those|these|all the) [^,?]{3,80}?)\s*,?\s*"
    r"how (?P<many>many|much) (?P<rest>.+)$",
    re.IGNORECASE,
)
# A reason asked by its noun or by what made it happen is asked as "why", which the checks of reasons read: "what is
# the reason the sebin director's wife was abroad", "what's turkey's reason for supporting maduro", "what reasons do
# mexico and uruguay have for siding with maduro", "what made the 25 troops pick brazil's embassy", "¿cuál es la razón
# por la que Grecia respalda a Maduro?".
_REASON = r"(?:main |real |actual |official |stated |exact )?(?:reasons?|motives?|motivation|rationale)"
_THE_REASON_THAT = re.compile(
    rf"^(\W*)what(?:['’]s| is| was| are| were) the {_REASON} (?:that |why )?(?=(?:the|a|an|[\w-]+['’]s) )",
    re.IGNORECASE,
)
_SOMEONES_REASON_FOR = re.compile(
    rf"^(\W*)what(?:['’]s| is| was| are| were) (?P<who>[\w-]+(?: [\w-]+)?)(?:['’]s|s['’]) {_REASON} for "
    r"(?P<doing>\w+ing\b)",
    re.IGNORECASE,
)
_WHAT_REASONS_DID = re.compile(
    rf"^(\W*)what {_REASON} (?:do|does|did) (?P<who>.+?) (?:have|give|cite) for (?P<doing>\w+ing\b)",
    re.IGNORECASE,
)
_WHAT_MADE = re.compile(
    r"^(\W*)what (?:made|prompted|drove|pushed|convinced|forced|motivated) (?=(?:the|a|an|[\w-]+['’]s) )", re.IGNORECASE
)
_LA_RAZON = re.compile(
    r"^(\W*)(?:cu[aá]l|qu[eé]) (?:es|era|fue) (?:la|el) (?:raz[oó]n|motivo|causa) "
    r"(?:por (?:la|el) (?:que|cual)|por qu[eé]|de que) ",
    re.IGNORECASE,
)
_WHOSE = {"him": "his", "he": "his", "her": "her", "she": "her", "them": "their", "they": "their"}
# Inside the frame the verb comes after its subject: "(does it say) who maduro is married to".
_ASKED_INSIDE = re.compile(
    r"^(\W*(?:who|what|where|when|why)) ((?:[\w'’-]+ ){0,2}?[\w'’-]+) (is|was|are|were)\b", re.IGNORECASE
)

# Its verb last: "(do we know) who the photographer shot by the guard was".
_ASKED_LAST = re.compile(r"^(\W*(?:who|what|where|when)) (.+?) (is|was|are|were)\W*$", re.IGNORECASE)
# The asking words last: "guaido was born where", "diaz-balart is a rep from which state", "guaido is from which party".
_ASKED_IN_PLACE = re.compile(
    r"^(?P<open>\W*)(?P<who>(?!(?:what|who|where|when|which|how)\b)[\w'’-]+(?: [\w'’-]+){0,2}) "
    r"(?P<be>is|was|are|were) (?P<rest>[\w'’ -]+?) (?P<asked>where|when|which [\w'’-]+|what [\w'’-]+)\W*$",
    re.IGNORECASE,
)

# Someone's thing told first, its name asked after: "guaido's political party, whats it called".
_ITS_NAME_AFTER = re.compile(
    r"^(\W*)((?:[\w-]+ ){0,3}[\w-]+(?:['’]s|s['’]) [\w -]{1,40}?)\s*[,:-]+\s*what(?:['’]?s| is| was) (?:it|that)"
    r"(?: called)?\W*$",
    re.IGNORECASE,
)
# Someone named first, then asked about as "he" or "she": "guaido, which party is he with", "maduro, how old is he";
# not a time or a condition told first ("later on tuesday, where did lopez and his family…").
_PERSON_FIRST = re.compile(
    r"^(\W*)(?P<name>(?!(?:the|a|an|this|that|these|those|if|after|before|later|earlier|according|when|once|since|"
    r"then|on|in|at|by)\b)[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)\s*,\s*"
    r"(?P<asked>(?:who|what|which|where|when|how|why)\b.*)$",
    re.IGNORECASE,
)
# Someone's post or government told first: "mexico's president lopez obrador, what did he say", "beijing's foreign
# ministry, what was their response".
_POST_FIRST = re.compile(
    r"^(\W*)(?P<name>[\w'’-]+['’]s (?:foreign ministry|government|foreign minister|president|prime minister|leader|"
    r"embassy|officials|authorities|administration)(?: [\w'’-]+){0,2})\s*,\s*"
    r"(?P<asked>(?:what|how|why|when|where)\b.*)$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|they|them|their)\b", re.IGNORECASE)

# A question asked by its noun alone has no asking word; a verb makes it a sentence asked without its auxiliary
# ("bolsonaro thinks guaido lost?"), not a noun.
_ASKING_WORD = re.compile(
    r"\b(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|did|does|do|has|have|had|can|could|will|"
    r"would|should|any|anyone|tell|list|name|give|qu[eé]|qui[eé]n|cu[aá]ndo|cu[aá]l|c[oó]mo|d[oó]nde|cu[aá]nt[oa]s?)\b|"
    r"[¿?¡]\s*\w",
    re.IGNORECASE,
)
_A_VERB = re.compile(
    rf"\b(?:[a-z]+ed|thinks?|says?|wants?|knows?|believes?|went|thought|began|put|hit|saw|sold|"
    rf"{'|'.join(sorted(IRREGULAR_PAST))})\b",
    re.IGNORECASE,
)
_WHAT_NUMBER = re.compile(
    r"^(\W*)what(?:['’]s| is| was| were) the (?:total |exact |estimated |approximate |overall |final )?number of\b",
    re.IGNORECASE,
)
_THE_NUMBER_OF = re.compile(r"^(\W*)(?:the\s+)?(?:total\s+|exact\s+|overall\s+|final\s+)?number of\b", re.IGNORECASE)
_THE_THING = re.compile(r"^(\W*)(?=[^\W\d_])(?!how many\b)", re.IGNORECASE)


def asked_plainly(question: str) -> str:
    """`question` unframed, with its asking word, and with the person named first in place of "he" or "she"."""
    plain = _name_asked_plainly(_reason_asked_plainly(_unframed(question)))
    return _with_its_asking_word(_with_the_person_named(_asked_first(plain)))


def _unframed(question: str) -> str:
    """`question` without words asking what the articles say ("…, do we know" dropped, "…, do they name him" as
    "…, what is his name", "does it say who maduro is married to" as "who is maduro married to", "do they identify
    the driver" as "what is the name of the driver")."""
    named = _NAME_TAIL.search(question)
    if named:
        pronoun = named["whom"] or named["who"] or ("her" if named["bare"].lower().startswith("her") else "him")
        whose = _WHOSE[pronoun.lower()]
        return f"{question[: named.start()]}, what is {whose} name?"
    question = _IDENTIFIED.sub(r"\1what is the name of ", _NUMBER_TAIL.sub(", how many?", question))
    question = _IS_THE_NAME_TOLD.sub(r"\1what is the name of \g<whose>?", question)
    unframed = _FRAME_OPENING.sub(r"\1", _PLAIN_TAIL.sub("?", question))
    if unframed == question:
        return unframed
    return _ASKED_INSIDE.sub(r"\1 \3 \2", _ASKED_LAST.sub(r"\1 \3 \2", unframed))


def _reason_asked_plainly(question: str) -> str:
    """`question` asking a reason by its noun or by what made something happen asked with "why" ("what's turkey's
    reason for supporting maduro" → "why is turkey supporting maduro")."""
    question = _THE_REASON_THAT.sub(r"\1why ", question)
    question = _SOMEONES_REASON_FOR.sub(r"\1why is \g<who> \g<doing>", question)
    question = _WHAT_REASONS_DID.sub(r"\1why is \g<who> \g<doing>", question)
    question = _WHAT_MADE.sub(r"\1why did ", question)
    return _LA_RAZON.sub(r"\1por qué ", question)


def _name_asked_plainly(question: str) -> str:
    """`question` asking a name by "called", "it" or "who was he" asked as "what is the name of…" ("what was the shot
    photojournalist called" → "what is the name of the shot photojournalist?")."""
    called = _CALLED_LAST.match(question)
    if called:
        return f"{called[1]}what {_be(called)} the name of {called['thing']}?"
    told = _TOLD_FIRST.match(question)
    if told:
        return f"{told[1]}what {_be(told)} the name of the {told['thing']}?"
    called = _CALLED_AFTER.search(question)
    if called:
        return f"{question[: called.start()]}, what {_be(called)} the name of {called['thing']}?"
    someone = _WHO_IS_HE.search(question) if _SOMEONE_TOLD_FIRST.match(question) else None
    if someone:
        return f"{question[: someone.start()]}, what {_be(someone)} {_WHOSE[someone['who'].lower()]} name?"
    return question


def _be(asked: re.Match[str]) -> str:
    return "was" if asked["be"].strip().lower() == "was" else "is"


def _asked_first(question: str) -> str:
    """`question` with its asking words moved to the front ("guaido was born where" → "where was guaido born"; "lopez
    moved…, what happened after that" → "what happened after lopez moved…") and "what is the total number of" as "how
    many"."""
    question = _WHAT_NUMBER.sub(r"\1how many", question)
    whole = _OF_THE_WHOLE.match(question)
    if whole:
        question = f"{whole['open']}how {whole['many']} of {whole['whole']} {whole['rest']}"
    after = _AFTER_THAT.match(question)
    if after:
        question = f"{after['open']}{after['asked']} after {after['told']}?"
    asked = _ASKED_IN_PLACE.match(question)
    if not asked:
        return question
    return f"{asked['open']}{asked['asked']} {asked['be']} {asked['who']} {asked['rest']}"


def _with_the_person_named(question: str) -> str:
    """`question` with "he" or "she" written as the person a context names first ("guaido, which party is he with"
    → "which party is guaido with"), and someone's thing told first asked for ("guaido's party, whats it called" →
    "what is guaido's party?"); not "lopez's lawyer, what's his name", which the checks read as it is."""
    thing = _ITS_NAME_AFTER.match(question)
    if thing and not _A_VERB.search(thing[2]) and not re.search(r"\b(?:had|has|have|uses?)\b", thing[2]):
        question = f"{thing[1]}what is {thing[2]}?"
    person = _PERSON_FIRST.match(question) or _POST_FIRST.match(question)
    pronoun = _PRONOUN.search(person["asked"]) if person else None
    if not person or not pronoun:
        return question
    owned = pronoun.group().lower() in ("his", "her", "their")
    if owned and person.re is _PERSON_FIRST and re.search(r"['’]s\b", person["name"]):
        return question
    asked = person["asked"]
    named = person["name"] + ("'s" if owned else "")
    return f"{person.group(1)}{asked[: pronoun.start()]}{named}{asked[pronoun.end() :]}"


def _with_its_asking_word(question: str) -> str:
    """An English question asked by its noun alone with the asking word it leaves out: "number of people detained
    on tuesday?" → "how many people detained on tuesday?", "maduro's age?" → "what is maduro's age?"."""
    if guess_language(question) != "en":
        return question
    counted = _THE_NUMBER_OF.sub(r"\1how many", question)  # opening with "number of", whatever it says after
    if counted != question or _ASKING_WORD.search(question):
        return counted
    return question if _A_VERB.search(question) else _THE_THING.sub(r"\1what is ", question)
