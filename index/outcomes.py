"""Questions asking whether something eventually happened ("did Brazil end up granting asylum?", "was he ever
caught?"): a passage answers one only if it has that happening's verb, in some form or a near synonym.

News written on the day describes the attempt ("25 troops have applied for asylum"), rarely how it ended, and
such a passage shares every other word of the question. The verb is the one after "ended up", "ever",
"eventually" or "finally" in an English yes/no question, or before "in the end" or "eventually" closing it ("did
they get asylum in the end?"), and only a verb of the table below is looked for: the outcome of "did the protests
ever turn violent?" is told in too many ways ("violent clashes"). The table is general English, not the project's
articles.

Whether an act was "actually" done, or eventually, is not told by its promise, threat or plan, nor by a modal ("he
promised criminal prosecutions", "vowed to arrest", "would be jailed"): every word of the act in such a passage
must stand apart from those.

Likewise whether an act followed an event ("was Figuera arrested after his letter came out?", "¿Arrestaron a Guaidó
después del 30 de abril?"): the passage needs the act's verb or a word also telling it ("sought refuge" for
fleeing), for a few acts reports name plainly; and whether someone survived, a death or a survival ("received
medical treatment" tells neither). When the passage names the person asked about, the verb must be said in a
sentence naming them or speaking of "he" or "they": "did Lopez ever leave the Spanish embassy?" is not answered by
"…They later moved to the Spanish embassy. There were also reports that 25 troops… fled to Brazil's diplomatic
mission."
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.chunking import sentence_spans
from index.names import names_in
from index.promised import only_promised
from index.reader.gloss import reader_text
from index.text import guess_language, word_set, word_stems, words
from index.told_of_whom import told_of

# Openers before an outcome question, within it as at its start ("…, so did they…").
_OPENER = r"(?:so |wait |and |but )?"
_MARKER = r"(?:ever|eventually|finally|end(?:ed)? up)"
_ASKS = (
    r"(?:^|[?.!,;–—]|\s-)\W*{opener}(?:did|was|were|has|have|had)\b[^?.!]{{0,80}}?"
    r"(?P<before>\w+)\s+{marker}(?P<rest>[^?.!]*)"
)
_ASKS_OUTCOME = re.compile(_ASKS.format(opener=_OPENER, marker=_MARKER), re.IGNORECASE)
# "Has Maduro actually charged anyone over the 'serious crimes'?": whether what was said would be done was done. The
# report may tell it in its own words ("did anybody actually get run over?"), but not by the promise itself.
_ASKS_IF_DONE = re.compile(_ASKS.format(opener=_OPENER, marker=r"(?:actually|really)"), re.IGNORECASE)
# The marker after the verb: "did they get asylum in the end?", "…or did he leave Venezuela eventually?".
_ASKS_OUTCOME_LAST = re.compile(
    rf"(?:^|[?.!,;–—]|\s-|\bor\b)\W*{_OPENER}(?:did|was|were|has|have|had)\s+(?P<middle>[^?.!,;]{{1,80}}?)"
    r"\s+(?:in the end|eventually|finally|at last|after all|later(?: on)?)\W*$",
    re.IGNORECASE,
)
# "The most serious threat he had ever faced" is no question about an outcome.
_SUPERLATIVE = re.compile(r"^(?:most|least|only|first|than|\w+est)$", re.IGNORECASE)
# Words between the marker and the verb: "did he ever actually manage to leave?", "did he end up getting freed?"
_SKIPPED = re.compile(
    r"^(?:\w+ly|actually|really|even|ever|eventually|finally|end|ended|up|to|try|tried|manage|managed|attempt|"
    r"attempted|decide|decided|go|went|on)$",
    re.IGNORECASE,
)
_GET = word_set("get got getting gets gotten")
# Verbs whose past forms a stemmer does not join to the present ("caught", "took").
_IRREGULAR = {
    "become": "became",
    "break": "broke broken",
    "bring": "brought",
    "buy": "bought",
    "catch": "caught",
    "choose": "chose chosen",
    "come": "came",
    "drive": "drove driven",
    "fall": "fell fallen",
    "fight": "fought",
    "find": "found",
    "flee": "fled",
    "fly": "flew flown",
    "free": "freed",
    "get": "got gotten",
    "give": "gave given",
    "hide": "hid hidden",
    "hold": "held",
    "keep": "kept",
    "know": "knew known",
    "lead": "led",
    "leave": "left",
    "lose": "lost",
    "make": "made",
    "meet": "met",
    "overthrow": "overthrew overthrown",
    "pay": "paid",
    "run": "ran",
    "say": "said says",
    "seek": "sought",
    "send": "sent",
    "shoot": "shot",
    "speak": "spoke spoken",
    "stand": "stood",
    "swear": "swore sworn",
    "take": "took taken",
    "tell": "told",
    "throw": "threw thrown",
    "win": "won",
    "withdraw": "withdrew withdrawn",
}
# Near synonyms, each group read both ways: "did they get asylum?" is answered by "were granted asylum".
_SYNONYMS = (
    "get receive obtain grant give win award deny refuse reject",  # a refusal tells the outcome too
    "take seize assume takeover",  # "resisted a takeover attempt" tells whether it was taken
    "send deploy dispatch",
    "leave flee depart exit escape",
    "catch arrest detain capture jail imprison lock",
    "charge indict prosecute accuse",
    "release free",
    "resign quit",
    "become name appoint elect swear",
    "extradite deport",
    "return come",
    "recognise recognize",
    "overthrow oust topple remove",
    "die kill",
    "say tell",
    "withdraw leave",
    "reach arrive",
    "follow honor honour fulfil fulfill",  # "did they ever follow through on their pledges?"
)

# The simple past of each irregular verb ("broke", "sent"): what someone did, after a noun ("which reporter broke…").
IRREGULAR_PAST = frozenset(forms.split()[0] for forms in _IRREGULAR.values())


def _forms(verb: str) -> frozenset[str]:
    """The stems of every form of `verb`, its irregular ones included ("speak" → "speak", "spoke", "spoken")."""
    return frozenset(word_stems(" ".join([verb, *_IRREGULAR.get(verb, "").split()])))


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, frozenset[str]]:
    """Each form of a verb of the table, stemmed → the stems of every form of it and of its near synonyms."""
    families: dict[str, set[str]] = {}
    for verb in {*_IRREGULAR, *" ".join(_SYNONYMS).split()}:
        synonyms = [other for group in _SYNONYMS if verb in group.split() for other in group.split()]
        family = _forms(verb).union(*map(_forms, synonyms))
        for form in _forms(verb):
            families.setdefault(form, set()).update(family)
    return {form: frozenset(family) for form, family in families.items()}


@lru_cache(maxsize=1)
def _own_forms() -> dict[str, frozenset[str]]:
    """Each form of an irregular verb of the table, stemmed → the stems of all its forms, synonyms aside."""
    return {form: _forms(verb) for verb in _IRREGULAR for form in _forms(verb)}


def verb_family(stem: str) -> frozenset[str]:
    """The stems of every form of the verb whose stem is `stem` and of its near synonyms ("detained" → "arrest",
    "jail"…); `stem` alone for a word the table does not hold."""
    return _verb_forms().get(stem, frozenset({stem}))


def verb_forms(stem: str) -> frozenset[str]:
    """The stems of every form of the verb whose stem is `stem` ("spoke" → "speak", "spoke", "spoken"); `stem`
    alone for a word the irregular table does not hold."""
    return _own_forms().get(stem, frozenset({stem}))


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def asked_outcome(question: str) -> frozenset[str]:
    """The stems a passage needs to say whether the outcome `question` asks about happened; empty if it asks
    no such thing, or its verb is not one of the table's."""
    asked = _ASKS_OUTCOME.search(question)
    if not asked or not re.search(r"\w", asked["rest"]):
        return _outcome_asked_last(question)  # "…did he leave Venezuela eventually?": the verb came before
    return _verb_after_marker(question, asked)


@lru_cache(maxsize=1024)
def _asked_if_done(question: str) -> frozenset[str]:
    """The stems of the act `question` asks whether it was "actually" done; empty if it asks no such thing."""
    asked = _ASKS_IF_DONE.search(question)
    return _verb_after_marker(question, asked) if asked else frozenset()


def _verb_after_marker(question: str, asked: re.Match[str]) -> frozenset[str]:
    """The stems of the table's verb after an outcome's marker and the words skipped before it; empty if none."""
    if _SUPERLATIVE.match(asked["before"]):
        return frozenset()
    rest = asked["rest"].lower()
    if any(phrasal.search(rest) for phrasal in _LIFTING_OFF) and not _AIRCRAFT.search(question):
        return frozenset()  # "did the uprising ever take off?" asks whether it succeeded, told in too many ways
    rest = _phrasal_read(rest, keep=False)  # "did the plane ever take off?" asks about leaving
    words = [word for word in re.findall(r"[a-z]+", rest) if not _SKIPPED.match(word)]
    if len(words) > 1 and words[0] in _GET and word_stems(words[1])[0] in _verb_forms():
        words = words[1:]  # "did he ever get released?" asks about the release
    return _verb_forms().get(word_stems(words[0])[0], frozenset()) if words else frozenset()


def _outcome_asked_last(question: str) -> frozenset[str]:
    """The stems telling the outcome a question asks with its marker last ("did they get asylum in the end?"): the
    first verb of the table after the subject's first word; none when there is no such verb."""
    asked = _ASKS_OUTCOME_LAST.search(question)
    words = re.findall(r"[a-z]+", _phrasal_read(asked["middle"].lower(), keep=False))[1:] if asked else []
    verbs = [at for at, word in enumerate(words) if word_stems(word)[0] in _verb_forms()]
    if not verbs:
        return frozenset()
    at = verbs[0]
    if words[at] in _GET and at + 1 < len(words) and word_stems(words[at + 1])[0] in _verb_forms():
        at += 1  # "did they get released in the end?": the release
    return _verb_forms()[word_stems(words[at])[0]]


# "Was Figuera arrested after his letter came out?", "did he flee Venezuela following the uprising?": whether an act
# followed an event. Only acts a report names with their own words are looked for, with the words also telling them
# ("sought refuge", "taken into custody"); not "did he speak after…" ("delivered a speech").
_ASKS_AFTER = re.compile(
    r"^\W*(?:so |and |but )?(?:did|was|were|has|have|had)\s+(?P<middle>[^?.!]{1,80}?)\s+(?:after|following)\b",
    re.IGNORECASE,
)
_ACTS_AFTER = {
    "leave flee depart exit escape": "refuge exile asylum",
    "catch arrest detain capture jail imprison": "custody",
    "charge indict prosecute accuse": "",
    "resign quit": "",
    "extradite deport": "",
}


@lru_cache(maxsize=1)
def _acts_after() -> dict[str, frozenset[str]]:
    """Each act's stems, mapped to the stems that tell it (its verbs' forms and the extra words)."""
    acts = {}
    for verbs, extra in _ACTS_AFTER.items():
        told = frozenset(word_stems(" ".join([verbs, extra]))).union(
            *(_verb_forms().get(stem, ()) for stem in word_stems(verbs))
        )
        acts.update({stem: told for stem in word_stems(verbs)})
    return acts


# "¿Arrestaron a Guaidó después del 30 de abril?", glossed "arrested to Guaidó after of the 30 of April?": in Spanish
# the act opens the question.
_ACT_FIRST_AFTER = re.compile(r"^\W*(?P<act>[a-z]+)\b[^?.!]{0,80}?\b(?:after|following)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def asked_act_after(question: str) -> frozenset[str]:
    """The stems a passage needs to tell whether the act `question` asks about followed an event; empty if it asks
    no such thing (the act is the first verb of the table after the subject's first word, or a Spanish question's
    opening verb)."""
    if guess_language(question) == "es":
        opening = _ACT_FIRST_AFTER.search(reader_text(question))
        stem = word_stems(opening["act"].lower())[0] if opening else ""
        forms = {stem} | _own_forms().get(stem, frozenset())  # "fled" is a form of "flee"
        return next((_acts_after()[form] for form in sorted(forms) if form in _acts_after()), frozenset())
    asked = _ASKS_AFTER.search(question)
    # "Did the photographer who was captured on video receive treatment after…?": a relative clause's verb is no act
    if not asked or re.search(r"\b(?:who|that|which|whose)\b", asked["middle"], re.IGNORECASE):
        return frozenset()
    stems = [word_stems(word)[0] for word in re.findall(r"[a-z]+", asked["middle"].lower())[1:]]
    return next((_acts_after()[stem] for stem in stems if stem in _acts_after()), frozenset())


# "Did the protester run over by the armoured vehicle survive?" (or "…live?", "…make it?"): told only by a death or a
# survival, not by the injury.
_ASKS_SURVIVAL = re.compile(
    r"\b(?:did|has|have|had)\b[^?.!]{0,100}?\b(?:surviv|(?:live|make it|made it|pull through)(?=\W*$))", re.IGNORECASE
)
_SURVIVAL = frozenset(word_stems("survive survived survivor died die dead death killed alive fatal fatally succumbed"))


# Phrasal verbs telling an outcome of the table in other words: "a plane… never took off" tells whether it left.
_PHRASAL = (
    (re.compile(r"\b(?:took|take|takes|taking|taken) off\b", re.IGNORECASE), "depart"),
    (re.compile(r"\b(?:got|get|gets|getting|gotten) off the ground\b", re.IGNORECASE), "depart"),
    (re.compile(r"\b(?:got|get|gets|getting|gotten) away\b", re.IGNORECASE), "escape"),
    (re.compile(r"\b(?:stepped|step|steps|stepping|stood|stand|stands|standing) down\b", re.IGNORECASE), "resign"),
)
# "Did the uprising ever take off?" asks whether it succeeded; a plane's taking off is its leaving, and so is its
# getting off the ground.
_LIFTING_OFF = tuple(phrasal for phrasal, verb in _PHRASAL if verb == "depart")
_AIRCRAFT = re.compile(r"\b(?:plane|planes|jet|jets|aircraft|flight|flights|helicopter|airplane|aeroplane)\b", re.I)


def _phrasal_read(text: str, keep: bool = True) -> str:
    """`text` with its phrasal verbs of outcome written as the table's verbs, after them when `keep`."""
    for phrasal, verb in _PHRASAL:
        text = phrasal.sub(lambda found, verb=verb: f"{found.group()} {verb}" if keep else verb, text)
    return text


def states_the_outcome(question: str, passage: str) -> bool:
    """False when `question` asks whether something eventually happened or an act followed an event and `passage` has
    no form of its verb (nor a word also telling the act), or tells it only as promised; when it asks whether an act
    was "actually" done and `passage` tells it only as promised; or whether someone survived and it tells no death or
    survival."""
    needed = asked_outcome(question) or asked_act_after(question)
    done = _asked_if_done(question)
    survival = _ASKS_SURVIVAL.search(question)
    if not (needed or done or survival):
        return True  # most questions: the passage is not read here
    read = _phrasal_read(passage)
    if needed:
        told = bool(needed & set(word_stems(read)))
        return told and _said_of_the_asked(question, passage, needed) and not only_promised(read, needed)
    if done and only_promised(read, done):
        return False
    return not survival or bool(_SURVIVAL & set(word_stems(read)))


def _said_of_the_asked(question: str, passage: str, needed: frozenset[str]) -> bool:
    """Whether a sentence of `passage` with one of the `needed` verbs tells it of whom `question` asks about
    (`told_of`: named first or near the verb, or spoken of as "he" or "they"); true when the passage names no one the
    question names."""
    asked = set(words(question))
    people = {word for name in names_in(passage) for word in words(name) if len(word) > 2} & asked
    if not people:
        return True
    sentences = [passage[start:end] for start, end in sentence_spans(passage)]
    telling = [sentence for sentence in sentences if needed & set(word_stems(_phrasal_read(sentence)))]
    return any(told_of(sentence, asked, needed) for sentence in telling)
