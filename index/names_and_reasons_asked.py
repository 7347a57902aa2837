"""A name or a reason asked in other words, written as the checks read it: a name asked with "called", "it", "who
was he" or "who were they" as "what is the name of…" ("what was the shot photojournalist called", "there's a medical
center near…, whats it called", "the photog in the bulletproof vest…, who was he", "…flanked by 3 top military guys,
who were they"), and a reason asked by its noun or by what made it happen as "why…" ("what's turkey's reason for
supporting maduro", "what made the 25 troops pick brazil's embassy"). Part of the plain-shape reading
(`asked_plainly`); the models read the question as typed."""

from __future__ import annotations

import re

from index.person_nouns import one_person, several_people

# Where a question's last clause begins ("…, who was he"), and whose a pronoun's owner is; `asked_plainly` uses both.
CLAUSE_BREAK = r"[,;:.?!–—-]+\s*"
OWNER_OF = {"him": "his", "he": "his", "her": "her", "she": "her", "them": "their", "they": "their"}
# Someone asked after by a pronoun or its owner's form ("guaido, which party is he with").
PRONOUN = re.compile(rf"\b(?:{'|'.join(sorted({*OWNER_OF, *OWNER_OF.values()}))})\b", re.IGNORECASE)

# Not "what is the country officially called", "…called before" (another name), nor "called" as a verb after a
# form of "be" ("what was the date the election was called").
_NOT_A_NAME_BEFORE_CALLED = (
    r"(?!(?:also|now|today|still|then|there|here|usually|commonly|officially|formally|properly|locally|actually|"
    r"is|was|were|are|been|be|being)\b)"
)
_CALLED_LAST = re.compile(
    r"^(\W*)what(?P<be>['’]?s| is| was) (?P<thing>(?:the|that|this|his|her|their|[\w-]+['’]s) (?:[\w'’-]+ ){0,11}?"
    rf"{_NOT_A_NAME_BEFORE_CALLED}[\w'’-]+) (?:called|named)\W*$",
    re.IGNORECASE,
)
# Its clause after "called", for a place or an outlet known by a name of its own: "what was the medical centre called
# where doctors treated the 50 injured?" (not "what was the city called where…", which a passage naming La Victoria
# answers without the word).
_CALLED_BEFORE_ITS_CLAUSE = re.compile(
    r"^(\W*)what(?P<be>['’]?s| is| was) (?P<thing>(?:the|that|this|his|her|their|[\w-]+['’]s) (?:[\w'’-]+ ){0,3}?"
    r"(?:hospital|clinic|medical cent(?:re|er)|medical facility|prison|jail|airport|airfield|air ?base|university|"
    r"stadium|show|programme|program|station|channel|network|newspaper)) (?:called|named) "
    r"(?P<clause>(?:where|that|which|who|whom|in|at|near)\b[^?]*)",
    re.IGNORECASE,
)
_CALLED_AFTER = re.compile(
    rf"{CLAUSE_BREAK}(?:so |and )?what(?P<be>['’]?s| is| was) "
    r"(?P<thing>(?:the|that|this) [a-z'’-]+(?: [a-z'’-]+)?) called\W*$",
    re.IGNORECASE,
)
# "there's a…", "there was another…": a thing or someone told first.
_THERE_IS = r"there(?:['’]s| is| was) "
# A thing told first, its name asked after; a bare "…, what is it" asks the thing itself ("the death toll in caracas,
# what is it"), not a name.
_TOLD_FIRST = re.compile(
    rf"^(\W*)(?:the|that|this|{_THERE_IS}an?) (?P<thing>[\w'’-]+(?: [\w'’-]+)?"
    r"(?= (?:near|in|at|that|which|who|where|on|of|from|with|by|outside|under|over|beside|behind|\w+ing)\b)[^?]*?)"
    r"\s*[,.;:?!]+\s*(?:so\s+|and\s+)?what(?P<be>['’]?s| is| was) (?:it (?:actually )?called|its name|the name)\W*$",
    re.IGNORECASE,
)
# Someone told first, by a determiner or an owner ("the us official…", "lopez's lawyer…"; not "what's…").
# A report telling of them may come first: "hot air mentions lopez's lawyer, who is that".
_TOLD_OPENER = (
    r"^\W*(?:(?:[\w-]+ ){1,3}(?:mentions|mentioned|refers to|referred to|talks about|talked about) )?"
    r"(?:the|that|this|(?!(?:what|who|where|when|why|how|that|there|it|here)['’]s)[\w-]+['’]s) "
)
_SOMEONE_TOLD_FIRST = re.compile(_TOLD_OPENER, re.IGNORECASE)
_WHO_IS_HE = re.compile(rf"{CLAUSE_BREAK}who(?P<be>['’]s| is| was) (?P<who>he|she|it|that)\W*$", re.IGNORECASE)
# "the us official who said figuera's letter was real, who was it", "lopez's lawyer, who is that": "it" or "that" is
# a person told first.
_PERSON_NOUN = f"(?:{one_person()})"
# "There was another politician holed up…, who was it": someone told first after "there was" too.
_THERE_WAS = f"(?:{_THERE_IS})?"
# Someone told first without a determiner, by a noun for a person in its first three words: "young soldier quoted
# saying it's now or never — who is he?"; not someone named ("Journalist Gregory Jaimes — who is he?" asks who he is).
_SOMEONE_BARE_FIRST = re.compile(
    rf"^\W*{_THERE_WAS}(?!(?:who|whom|whose|what|when|where|why|which|how|saw|heard|read)\b)(?:[\w'’-]+ ){{0,2}}?"
    rf"{_PERSON_NOUN}"
    r"\b(?!['’]s)",
    re.IGNORECASE,
)
# "Another reporter got hurt…, who was it": someone else told of by a noun alone, not a doer left unnamed ("photographer
# got shot by someone, who was it" asks the shooter) nor one told bare ("official says…, who was it"), whom a
# description may answer.
_SOMEONE_ELSE = re.compile(
    rf"^\W*{_THERE_WAS}(?:another|an?|one|some)\b(?![^,;:?]*\b(?:someone|somebody|by)\b)", re.IGNORECASE
)
# The noun a person, not an adjective: "the us official who said…", not "the official death toll".
_A_PERSON_TOLD = re.compile(
    rf"{_TOLD_OPENER}(?:[\w'’-]+ ){{0,3}}?{_PERSON_NOUN}\b"
    r"(?=\s+(?:who|whom|that|which|in|at|from|with|on|near|behind|of)\b|\s*[,;:.?!–—-])",
    re.IGNORECASE,
)
# "a senior american official authenticated figuera's letter; who was that official" (or "…, which official was
# it"): the person told, asked again by the same noun; "that guy" is whoever the question described ("the republican
# on fox…, who is that guy").
_WHO_WAS_THAT = re.compile(
    rf"{CLAUSE_BREAK}(?:who(?P<be>['’]s| is| was) (?P<that>that|this|the) |which )(?P<noun>{_PERSON_NOUN})"
    r"(?: (?P<again>is|was) (?:it|that|he|she))?\W*$",
    re.IGNORECASE,
)
_ANYONES_OWNER = {"guy": "his", "man": "his", "woman": "her", "person": "their"}
# A counted group told first, then asked for as "they": "maduro was on tv flanked by 3 top military guys, who were
# they"; not "armed men on motorbikes fired…, who were they", which a description may answer ("colectivos").
_WHO_WERE_THEY = re.compile(rf"{CLAUSE_BREAK}who(?P<be>['’]re| are| were) (?:they|those|them)\W*$", re.IGNORECASE)
_COUNTED_PEOPLE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|a dozen)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{several_people()})\b",
    re.IGNORECASE,
)

_REASON = r"(?:main |real |actual |official |stated |exact )?(?:reasons?|motives?|motivation|rationale)"
_THE_REASON_THAT = re.compile(
    rf"^(\W*)what(?:['’]s| is| was| are| were) the {_REASON} (?:that |why )?(?=(?:the|a|an|[\w-]+['’]s) )",
    re.IGNORECASE,
)
_SOMEONES_REASON_FOR = re.compile(
    rf"^(?P<open>\W*)what(?P<be>['’]s| is| was| are| were) (?P<who>[\w-]+(?: [\w-]+)?)(?P<own>['’]s|s['’]) {_REASON} "
    r"for (?P<doing>\w+ing\b)",
    re.IGNORECASE,
)
_WHAT_REASONS_DID = re.compile(
    rf"^(?P<open>\W*)what {_REASON} (?P<do>do|does|did) (?P<who>.+?) (?:have|give|cite) for (?P<doing>\w+ing\b)",
    re.IGNORECASE,
)
# "what made the 25 troops pick…", "what forced the troops to retreat": what made someone act asks why they did.
_WHAT_MADE = re.compile(
    r"^(?P<open>\W*)what (?P<made>made|led|prompted|drove|pushed|convinced|forced|motivated) "
    r"(?P<what>(?:the|a|an|[\w-]+['’]s) \w.*)$",
    re.IGNORECASE,
)
_LA_RAZON = re.compile(
    r"^(\W*)(?:cu[aá]l|qu[eé]) (?:es|era|fue) (?:la|el) (?:raz[oó]n|motivo|causa) "
    r"(?:por (?:la|el) (?:que|cual)|por qu[eé]|de que) ",
    re.IGNORECASE,
)


def name_asked_plainly(question: str) -> str:
    """`question` asking a name by "called", "it", "that" or "who was he" asked as "what is the name of…" ("what was
    the shot photojournalist called" → "what was the name of the shot photojournalist?")."""
    called = _CALLED_LAST.match(question)
    if called:
        return f"{called[1]}what {_tense_of(called)} the name of {called['thing']}?"
    called = _CALLED_BEFORE_ITS_CLAUSE.match(question)
    if called:
        return f"{called[1]}what {_tense_of(called)} the name of {called['thing']} {called['clause'].rstrip()}?"
    told = _TOLD_FIRST.match(question)
    if told:
        return f"{told[1]}what {_tense_of(told)} the name of the {told['thing']}?"
    called = _CALLED_AFTER.search(question)
    if called:
        return f"{question[: called.start()]}, what {_tense_of(called)} the name of {called['thing']}?"
    someone = _WHO_IS_HE.search(question)
    told_first = bool(_SOMEONE_TOLD_FIRST.match(question))
    bare = bool(someone) and not told_first and _bare_and_unnamed(question[: someone.start()])
    if someone and not (told_first or bare):
        someone = None
    it = someone and someone["who"].lower() in ("it", "that")
    if someone and (not it or (bare and _SOMEONE_ELSE.match(question)) or _A_PERSON_TOLD.match(question)):
        whose = "their" if it else OWNER_OF[someone["who"].lower()]
        return f"{question[: someone.start()].rstrip()}, what {_tense_of(someone)} {whose} name?"
    that = _WHO_WAS_THAT.search(question)
    noun = that["noun"].lower() if that else ""
    tense = _tense_of(that) if that else ""
    if noun in _ANYONES_OWNER:
        return f"{question[: that.start()]}, what {tense} {_ANYONES_OWNER[noun]} name?"
    if that and re.search(rf"\b{noun}\b", question[: that.start()], re.IGNORECASE):
        return f"{question[: that.start()]}, what {tense} the name of {that['that'] or 'that'} {that['noun']}?"
    people = _WHO_WERE_THEY.search(question)
    if people and _COUNTED_PEOPLE.search(question[: people.start()]):
        be = "were" if people["be"].strip().lower() == "were" else "are"
        return f"{question[: people.start()]}, what {be} their names?"
    return question


def _bare_and_unnamed(told: str) -> bool:
    """Whether the words a question tells before asking who someone is tell of them by a noun alone, naming nobody (no
    capital after the first letter)."""
    return bool(_SOMEONE_BARE_FIRST.match(told)) and not re.search(r"(?-i:[A-Z])", told.lstrip()[1:])


def reason_asked_plainly(question: str) -> str:
    """`question` asking a reason by its noun or by what made something happen asked with "why" ("what's turkey's
    reason for supporting maduro" → "why is turkey supporting maduro")."""
    question = _THE_REASON_THAT.sub(r"\1why ", question)
    question = _SOMEONES_REASON_FOR.sub(_why_someone, question)
    question = _WHAT_REASONS_DID.sub(_why_they_did, question)
    question = _WHAT_MADE.sub(_why_they_acted, question)
    return _LA_RAZON.sub(r"\1por qué ", question)


def _why_someone(asked: re.Match[str]) -> str:
    """ "what were the soldiers' reasons for defecting" → "why were the soldiers defecting"."""
    who = asked["who"] + ("s" if asked["own"].startswith("s") else "")
    be = "is" if asked["be"].strip().lower() in ("'s", "’s") else asked["be"].strip()
    return f"{asked['open']}why {be} {who} {asked['doing']}"


def _why_they_did(asked: re.Match[str]) -> str:
    """ "what reasons did the us give for imposing…" → "why was the us imposing…"."""
    be = "was" if asked["do"].lower() == "did" else "is"
    return f"{asked['open']}why {be} {asked['who']} {asked['doing']}"


def _why_they_acted(asked: re.Match[str]) -> str:
    """ "what forced the troops to retreat" → "why did the troops retreat"; "what made them…" has no "to"."""
    what = asked["what"] if asked["made"].lower() == "made" else re.sub(r" to ", " ", asked["what"], count=1)
    return f"{asked['open']}why did {what}"


def _tense_of(asked: re.Match[str]) -> str:
    """The "be" a rewritten question keeps: "was" when it was asked in the past (or with none: "…, which official?"),
    else "is"."""
    be = asked["be"] or asked.groupdict().get("again") or "was"
    return "was" if be.strip().lower() == "was" else "is"
