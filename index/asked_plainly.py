"""A question in the plain shape the checks read: asked about the world, not about the articles ("…, do we know",
"does it say who…"), with its asking word ("maduro's age?" → "what is maduro's age?", "number of people detained…"
→ "how many people detained…") and its asking words first ("guaido was born where"; "lopez moved…, what happened
after that" → "what happened after lopez moved…"; "of the 100 injured how many…" → "how many of the 100 injured…"),
a name or a reason asked in other words as "what is the name of…" or "why…" (`names_and_reasons_asked`), and with
the person a context names first in place of "he" ("guaido, which party is he with" → "which party is guaido
with"). The models read the question as typed."""

from __future__ import annotations

import re

from index.amounts import ABOUT_MONEY
from index.countries import countries_in
from index.names_and_reasons_asked import CLAUSE_BREAK, OWNER_OF, PRONOUN, name_asked_plainly, reason_asked_plainly
from index.text import guess_language
from index.told_first import A_VERB, the_question_alone, why_asked_first, with_the_thing_named, without_the_request
from index.typos import is_a_known_word

# Asking what the articles say rather than what happened. A frame asking for a name or a number keeps asking for it
# ("…, do they name him" → "…, what is his name"; "…, any numbers" → "…, how many").
_WHO_WOULD_KNOW = r"(?:we|they|you|it|anyone|the (?:articles?|reports?|stories|story|news|sources?|papers?))"
_DO_THEY = rf"(?:do|does|did) {_WHO_WOULD_KNOW}"
_NAME_TAIL = re.compile(
    rf"{CLAUSE_BREAK}(?:{_DO_THEY} (?:name|identify) (?P<whom>him|her|them)|"
    rf"{_DO_THEY} (?:know|have|give|say) (?P<whose>his|her|their) name|"
    r"(?:is|was|were) (?P<who>he|she|they) (?:ever )?(?:named|identified)(?: anywhere| publicly)?|"
    r"(?:has|have) (?P<subject>he|she|they) (?:ever |yet |since |now )?been (?:named|identified)"
    r"(?: yet| anywhere| publicly)?|(?:got|any|have we got) (?:a )?name for (?P<owner>him|her|them)|"
    r"(?P<bare>name|his name|her name))\W*$",
    re.IGNORECASE,
)
_NUMBER_TAIL = re.compile(
    rf"{CLAUSE_BREAK}(?:{_DO_THEY} (?:give|have|say|report|mention) (?:a |the |any )?"
    r"(?:number|figure|count|total)s?|any (?:numbers?|figures?|counts?|totals?))\W*$",
    re.IGNORECASE,
)
# A count asked by "number" alone after what is counted, past a dash or a comma ("Cuban troops at Fort Tiuna —
# number?", "— what number are we talking?"); not "head-number", nor an amount of money ("russian loans to
# venezuela, the exact number?").
_BARE_NUMBER = re.compile(
    r"^(?P<open>\W*)(?P<counted>[^?]+?)(?:\s[–—-]|[,;:–—])\s*(?:(?:the )?(?:exact |rough )?number|"
    r"(?:so )?what numbers? (?:are we talking(?: about)?|are we looking at))\W*$",
    re.IGNORECASE,
)
_PLAIN_TAIL = re.compile(
    rf"{CLAUSE_BREAK}(?:{_DO_THEY} (?:know|say|mention|explain|report|tell us)(?: (?:it|that|this|so|"
    r"anything|why))?|(?:is|was) (?:it|that|this) (?:known|said|reported|mentioned|given)(?: anywhere)?|"
    r"any (?:idea|info|word|details?)|anyone know)\W*$",
    re.IGNORECASE,
)
_FRAME = (
    rf"(?:{_DO_THEY} (?:know|say|mention|tell us|report|explain)|(?:is|was) it (?:known|said|reported)|any idea|"
    r"(?:does )?any(?:one|body) know) "
)
_FRAME_OPENING = re.compile(
    rf"^(\W*){_FRAME}"
    r"(?=(?:who|whom|whose|what|when|where|why|which|how)\b|(?:the )?(?:total |exact |overall )?number of\b)",
    re.IGNORECASE,
)
# The frame in a last clause: "the soldier in the blue bandana…, do we know who he is" → "…, who is he"; only where
# the clause then reads as a question ("…, do they say what he promised" stays as typed).
_FRAMED_LAST = re.compile(rf"\s*{CLAUSE_BREAK}{_FRAME}(?=(?:who|what|where|when|which)\b[^,;:?]*\W*$)", re.IGNORECASE)
_A_QUESTION = re.compile(
    r"^(?:(?:who|what|where|when) (?:is|was|are|were|did|does|do|has|had)\b|which [\w'’-]+(?: (?:is|was) \w+)?\W*$)",
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
# Whether someone has a post, then who holds it: "does the US have a special envoy for venezuela, and if so who?" →
# "who is the US special envoy for venezuela?", "does venezuela have a defence minister? if so who" → "who is the
# defence minister of venezuela?", "does maduro have a chief of staff…" → "who is maduro's chief of staff?".
_IF_SO_WHO = re.compile(
    r"^(?P<open>\W*)(?:does|do|did) (?P<owner>(?:the )?[\w'’.-]+(?: [\w'’.-]+)?) (?:have|has|had) (?:an?|any) "
    r"(?P<post>(?:(?!\b(?:who|that|which)\b)[^,;?]){3,60}?)\s*(?:[,;?]\s*|\s)(?:and )?if so,? who"
    r"(?: is (?:it|he|she)| was (?:it|he|she))?\W*$",
    re.IGNORECASE,
)
# Something told first, then what came "after that": "lopez moved to the spanish embassy, what happened to him after
# that" → "what happened to him after lopez moved to the spanish embassy".
_AFTER_THAT = re.compile(
    r"^(?P<open>\W*)(?P<told>(?!(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|did|does|do|after|"
    r"before|since|during|following|then|later|earlier|once|on|in|at|by)\b)"
    r"[^,;:?]{12,}?)\s*[,;:.–—-]+\s*(?P<asked>(?:what|where|how|who|when|did|does|was|were)\b[^?]*?)\s+"
    r"(?:after|since) (?:that|this|then)\W*$",
    re.IGNORECASE,
)
# The people counted told first, then "how many are there": "russian mercenaries guarding maduro — roughly how many are
# there?" → "roughly how many russian mercenaries guarding maduro are there?".
_HOW_MANY_AFTER = re.compile(
    r"^(?P<open>\W*)(?:(?:the|those|these|all the) )?"
    r"(?P<told>(?!(?:who|what|when|where|why|which|how|is|are|was|were|did|does|do|at|in|on|by|from|near|after|"
    r"before|during|with|for|of|since)\b)[^,;:?–—]{3,60}?)"
    r"\s*[,;:–—-]+\s*(?P<hedge>(?:so |roughly |about |approximately |around |and )*)how many "
    r"(?P<be>are|were) (?:there|they)\W*$",
    re.IGNORECASE,
)
# The whole told first: "of the 100 injured how many were soldiers" → "how many of the 100 injured were soldiers".
_OF_THE_WHOLE = re.compile(
    r"^(?P<open>\W*)of (?P<whole>(?:the|those|these|all the) [^,?]{3,80}?)\s*,?\s*"
    r"how (?P<many>many|much) (?P<rest>.+)$",
    re.IGNORECASE,
)
# Inside the frame the verb comes after its subject: "(does it say) who maduro is married to".
_ASKED_INSIDE = re.compile(
    r"^(\W*(?:who|what|where|when|why)) ((?:[\w'’-]+ ){0,2}?[\w'’-]+) (is|was|are|were)\b", re.IGNORECASE
)

# Its verb last: "(do we know) who the photographer shot by the guard was"; or before a clause saying more of its
# subject, read as that subject's own: "(any idea) who the soldier in the blue bandana was, the one who said…" →
# "who was the soldier in the blue bandana who said…".
_ASKED_LAST = re.compile(r"^(\W*(?:who|what|where|when)) (.+?) (is|was|are|were)\W*$", re.IGNORECASE)
_ASKED_BEFORE_MORE = re.compile(
    r"^(\W*(?:who|what|where|when)) ([^,;]+?) (is|was|are|were)\s*,\s*(?:the (?:one|guy|man|woman|person) )?"
    r"(?P<more>(?:who|that)\b.*)$",
    re.IGNORECASE,
)
# Or before more said of its subject after a comma: "(do we know) who the soldier in the blue bandana was, the 'now or
# never' guy?" → "who was the soldier in the blue bandana, the 'now or never' guy?".
_ASKED_BEFORE_A_COMMA = re.compile(
    r"^(\W*(?:who|what|where|when)) ([^,;]+?) (is|was|are|were)\s*(,[^?]*\?*)$", re.IGNORECASE
)
# The asking words last: "guaido was born where", "diaz-balart is a rep from which state", "guaido is from which party".
_ASKED_IN_PLACE = re.compile(
    r"^(?P<open>\W*)(?P<who>(?!(?:what|who|where|when|which|how)\b)[\w'’-]+(?: [\w'’-]+){0,2}) "
    r"(?P<be>is|was|are|were) (?P<rest>[\w'’ -]+?) (?P<asked>where|when|which [\w'’-]+|what [\w'’-]+)\W*$",
    re.IGNORECASE,
)

# Someone's thing told first, its name asked after: "guaido's political party, whats it called".
_ITS_NAME_AFTER = re.compile(
    r"^(\W*)((?:[\w-]+ ){0,3}[\w-]+(?:['’]s|s['’]) [\w -]{1,40}?)\s*[,:-]+\s*what(?:['’]?s| is| was) (?:it|that)"
    r"(?P<called> called)?\W*$",
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
# Whether someone made a statement, asked as what they said, whatever about: "did beijing put out any statement on the
# uprising" → "what did beijing say?" (its topic left to the models: "…any comment about Figuera's wife?" is answered
# by "the general's wife").
_A_STATEMENT_MADE = re.compile(
    r"^(?P<open>\W*)(?:did|has|have) (?P<who>(?:[\w'’.-]+ ){0,3}?[\w'’.-]+) (?:put out|issued?|released?|made|make|"
    r"give|given|published?) (?:any|a|an) (?:official |public |formal )?(?:statements?|comments?|responses?)\b.*$",
    re.IGNORECASE,
)

# A question asked by its noun alone has no asking word; a verb makes it a sentence asked without its auxiliary
# ("bolsonaro thinks guaido lost?"), not a noun.
_ASKING_WORD = re.compile(
    r"\b(?:who|whom|whose|what|when|where|why|which|how|is|are|was|were|did|does|do|has|have|had|can|could|will|"
    r"would|should|any|anyone|tell|list|name|give|qu[eé]|qui[eé]n|cu[aá]ndo|cu[aá]l|c[oó]mo|d[oó]nde|cu[aá]nt[oa]s?)\b|"
    r"[¿?¡]\s*\w",
    re.IGNORECASE,
)
# "what's the total number of…", "total number of…" and, with no other asking word, "number of…": a count.
_NUMBER_OF = re.compile(
    r"^(\W*)(?P<what>what(?:['’]s| is| was| were) )?(?:the\s+)?"
    r"(?P<qualified>(?:total|exact|estimated|approximate|overall|final)\s+)?number of\b",
    re.IGNORECASE,
)
_THE_THING = re.compile(r"^(\W*)(?=[^\W\d_])(?!how many\b)", re.IGNORECASE)
# A lone capitalised word opening a noun phrase ("Size of Moscow's loans?"), capitalised only for its place: once the
# asking word goes before it, it would read as a name no passage has. Not an owner ("Duque's age?"), a run of
# capitals ("Diosdado Cabello age?") nor a word without "of" ("Obama reaction?"), which may be names.
_LONE_OPENER = re.compile(r"^(\W*)(?P<word>[A-Z][a-z]+) (?=of\b)")


def asked_plainly(question: str) -> str:
    """`question` unframed (a request opening it dropped, "why" asked last moved first), with a name or a reason asked
    plainly, its asking words first, and the person named first in place of "he" or "she"."""
    told = why_asked_first(without_the_request(question))
    plain = name_asked_plainly(reason_asked_plainly(_unframed(the_question_alone(told))))
    return _with_its_asking_word(_with_the_person_named(_asked_first(plain)))


def _unframed(question: str) -> str:
    """`question` without words asking what the articles say ("…, do we know" dropped, "…, do they name him", "…, do
    we know his name" and "…, has he been identified" as "…, what is his name", "does it say who maduro is married
    to" as "who is maduro married to", "do they identify the driver" as "what is the name of the driver")."""
    named = _NAME_TAIL.search(question)
    if named:
        pronoun = named["whom"] or named["who"] or named["subject"] or named["owner"]
        pronoun = pronoun or ("her" if (named["bare"] or "").lower().startswith("her") else "him")
        whose = (named["whose"] or OWNER_OF[pronoun.lower()]).lower()
        asked = "what are their names" if whose == "their" else f"what is {whose} name"
        return f"{question[: named.start()].rstrip()}, {asked}?"
    held = _IF_SO_WHO.match(question)
    if held:
        return _who_holds(held)
    question = _IDENTIFIED.sub(r"\1what is the name of ", _NUMBER_TAIL.sub(", how many?", question))
    count = None if ABOUT_MONEY.search(question) else _BARE_NUMBER.match(question)
    if count:  # what is counted after "how many", where the count checks read it ("how many Cuban troops…")
        opener = re.match(r"[A-Z][a-z]+\b", count["counted"])
        counted = _in_lower_case(opener.group()) + count["counted"][opener.end() :] if opener else count["counted"]
        question = f"{count['open']}how many {counted}?"
    question = _IS_THE_NAME_TOLD.sub(r"\1what is the name of \g<whose>?", question)
    question = _A_STATEMENT_MADE.sub(lambda made: f"{made['open']}what did {made['who']} say?", question)
    framed = _FRAMED_LAST.search(question)
    asked = _verb_first(question[framed.end() :]) if framed else ""
    if _A_QUESTION.match(asked):
        return f"{question[: framed.start()]}, {asked}"
    unframed = _FRAME_OPENING.sub(r"\1", _PLAIN_TAIL.sub("?", question))
    return unframed if unframed == question else _verb_first(unframed)


def _who_holds(held: re.Match[str]) -> str:
    """ "does the US have a special envoy…, and if so who?" asked plainly: "who is the US special envoy…?", "who is the
    defence minister of venezuela?" (a country's post reads as asked, "venezuela's…" not), "who is maduro's…?"."""
    owner, post = held["owner"], held["post"]
    if owner.lower().startswith("the "):
        return f"{held['open']}who is {owner} {post}?"
    if countries_in(owner):
        return f"{held['open']}who is the {post} of {owner}?"
    return f"{held['open']}who is {owner}'s {post}?"


def _verb_first(asked: str) -> str:
    """An asking clause taken out of its frame with its verb before the subject: "who he is" → "who is he"."""
    last = _ASKED_BEFORE_MORE.sub(r"\1 \3 \2 \g<more>", _ASKED_LAST.sub(r"\1 \3 \2", asked))
    last = _ASKED_BEFORE_A_COMMA.sub(r"\1 \3 \2\4", last)
    return _ASKED_INSIDE.sub(r"\1 \3 \2", last)


def _asked_first(question: str) -> str:
    """`question` with its asking words moved to the front ("guaido was born where" → "where was guaido born"; "lopez
    moved…, what happened after that" → "what happened after lopez moved…"; "of the 100 injured how many were…" →
    "how many of the 100 injured were…") and "what is the total number of" or "number of" as "how many"."""
    count = _NUMBER_OF.match(question)
    if count and (count["what"] or count["qualified"] or not _ASKING_WORD.search(question)):
        question = f"{count.group(1)}how many{question[count.end() :]}"
    after = _HOW_MANY_AFTER.match(question)
    if after:
        question = f"{after['open']}{after['hedge']}how many {after['told']} {after['be']} there?"
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
    → "which party is guaido with"), and someone's thing told first asked for ("guaido's party, what is it" →
    "what is guaido's party?", "…, whats it called" → "what is the name of guaido's party?"); not "lopez's lawyer,
    what's his name", which the checks read as it is."""
    thing = _ITS_NAME_AFTER.match(question)
    if thing and not A_VERB.search(thing[2]) and not re.search(r"\b(?:had|has|have|uses?)\b", thing[2]):
        question = f"{thing[1]}what is {'the name of ' if thing['called'] else ''}{thing[2]}?"
    person = _PERSON_FIRST.match(question) or _POST_FIRST.match(question)
    pronoun = PRONOUN.search(person["asked"]) if person else None
    if not person or not pronoun:
        return with_the_thing_named(question)
    owned = pronoun.group().lower() in ("his", "her", "their")
    if owned and person.re is _PERSON_FIRST and re.search(r"['’]s\b", person["name"]):
        return question
    asked = person["asked"]
    named = person["name"] + ("'s" if owned else "")
    return f"{person.group(1)}{asked[: pronoun.start()]}{named}{asked[pronoun.end() :]}"


def _with_its_asking_word(question: str) -> str:
    """An English question asked by its noun alone with the asking word it leaves out ("maduro's age?" → "what is
    maduro's age?"); a count asked so ("number of people detained?") is `_asked_first`'s."""
    if guess_language(question) != "en" or _ASKING_WORD.search(question) or A_VERB.search(question):
        return question
    opener = _LONE_OPENER.match(question)
    if opener:
        question = f"{opener[1]}{_in_lower_case(opener['word'])}{question[opener.end('word') :]}"
    return _THE_THING.sub(r"\1what is ", question)


def _in_lower_case(word: str) -> str:
    """A word opening a question in lower case when it is capitalised only for its place ("Patients", "Size"), not a
    name or a people ("Cuban")."""
    return word.lower() if is_a_known_word(word.lower()) and not countries_in(word) else word
