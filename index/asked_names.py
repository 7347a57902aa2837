"""Which thing a question asks the name of ("which radio show was Bolton on?" → "radio", "show"), and the verb it
says the thing did: read from the question alone, for the checks of `unnamed` and `outlets`."""

from __future__ import annotations

import re
from functools import lru_cache

from index.outcomes import IRREGULAR_PAST, verb_forms
from index.text import without_possessive, word_set, word_stems

_NOUN_PHRASE = r"(?P<phrase>[\w'’-]+(?: [\w'’.-]+){0,3}?)"  # "which senior U.S. official…"
_IRREGULAR_PAST = "|".join(sorted(IRREGULAR_PAST))
# What a thing asked for by "which" commonly does, said in the present: "which company buys…", "which bank holds…".
_PRESENT = (
    "buys|holds|owns|runs|sells|flies|makes|supplies|controls|operates|funds|backs|supports|provides|produces|"
    "publishes|broadcasts|employs|says|reports|leads|represents|guards|protects"
)
# Words after the thing that say when or how it acted: "which newspaper first reported…".
_ADVERBS = word_set("first later then also actually really just reportedly allegedly originally eventually initially")


# Context told first, then the question: "the two demonstrators rushed away on a motorcycle, what hospital did they
# go to", not a relative clause ("…the plane, which was parked at…").
_AFTER_THE_CONTEXT = (
    r"[,;:.?!]\s+(?:so\s+|but\s+|and\s+)?"
    r"(?=\w+ (?!(?:is|was|were|are|has|have|had|did|does|do|will|would|can|could)\b))"
)


def _asking_for_a_thing(word: str) -> re.Pattern[str]:
    """ "`word` radio show was Bolton on?": `word` ("which", "what") before the thing whose name is asked."""
    return re.compile(
        rf"(?:^|{_AFTER_THE_CONTEXT})\W*(?:(?:from|in|at|to|into|on|for|with) )?{word} (?!ones?\b){_NOUN_PHRASE} "
        r"(?P<owner>(?:of|from|close to) (?-i:[A-ZÁÉÍÓÚ])[\w'’.-]*(?: (?-i:[A-ZÁÉÍÓÚ])[\w'’.-]*){0,2} )?"
        rf"(?:is|was|were|are|did|does|do|has|have|had|\w+ed|{_IRREGULAR_PAST}|{_PRESENT})\b",
        re.IGNORECASE,
    )


# People a report may leave unnamed ("another political ally"): not "a trip" in "…cancelled a trip…, who was that".
_SOMEONE_UNNAMED = (
    r"ally|allies|leader|leaders|figure|figures|politician|politicians|official|officials|officer|officers|general|"
    r"generals|man|men|woman|women|person|people|guy|activist|activists|journalist|reporter|diplomat|minister|"
    r"soldier|soldiers|member|members|lawmaker|congressman|senator|adviser|aide|friend|relative|dissident|opponent|"
    r"rival|critic|defector|commander|envoy|ambassador|spokesman|spokeswoman|source|sources"
)

# "…, what is their name?" (how the checks read "…, who is that?", `asked_plainly`), "…, has his name come out?"
NAME_ASKED_AT_THE_END = (
    r"(?:what(?:['’]s| is| was)|has|have)\s+(?:his|her|their)\s+names?"
    r"(?:\s+(?:come out|been (?:released|given|made public|reported)))?"
)
# "Which…", and "what…" only before a thing that has a name (`_NAMED_THINGS`): "what choice did Bolton say they
# have?" is answered by "a choice to make: embrace…".
_ASKS = (
    _asking_for_a_thing("which"),
    re.compile(
        # "what's the name of Tucker Carlson's show?": an owner named in capitals may stand for "the"
        rf"\bname of (?:the|that|this|(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*){{0,2}}['’]s) {_NOUN_PHRASE}"
        r"(?= who\b| whose\b| that\b| which\b| where\b| in\b| at\b| near\b| outside\b| close to\b|\W*$| \w+ing\b|"
        # "the highway Guaido was standing over", "…Guaido and Lopez were standing on"
        r" (?-i:[A-Z])[\w'’-]+(?: and (?-i:[A-Z])[\w'’-]+)? (?:was|were|is|had|has|did)\b|"
        r" (?:said|thought|believed|reported|reportedly|allegedly|supposedly|apparently|accused|suspected)\b)",
        re.IGNORECASE,
    ),
    # "who was the other opposition politician already hiding at the residence", "…at the Chilean residence, who's the
    # other ally who's been there over a year?", "who is the ally holed up…": a relative clause, or its verb alone
    # (not any participle: "who was the journalist injured at la carlota" is answered by "A journalist injured at La
    # Carlota, Gregory Jaimes, …").
    re.compile(
        rf"(?:^|[,;:.?!–—-]\s)\W*who(?:['’]s| is| was) the (?:other )?{_NOUN_PHRASE} (?:who|that|which|already|still|"
        r"\w+ing|holed)\b",
        re.IGNORECASE,
    ),
    # "Do we know who the senior US official was that confirmed Figuera's letter?" (the checks read it without "do we
    # know": "who the senior US official was…").
    re.compile(
        rf"(?:^\W*|\b(?:know|tell me|wonder|sure)\s+)who (?:the|that|this) (?!(?:hell|heck)\b)"
        rf"{_NOUN_PHRASE} (?:was|is|were)\b",
        re.IGNORECASE,
    ),
    # "…where some other ally was already holed up. who was that ally?", "… — who is that ally?": told first, asked at
    # the end.
    re.compile(r"[.?!,;–—-]\s+who(?:['’]s| is| was) (?:that|this) (?:other )?(?P<phrase>[\w'’-]+)\W*$", re.IGNORECASE),
    # "the photographer the national guard shot — got a name for him?": told first, its name asked at the end.
    re.compile(
        rf"^\W*(?:the|that|this) {_NOUN_PHRASE}(?= (?:the|who|that|which|in|at|on|from|with|near|\w+ed)\b|\s*[,;:–—-])"
        r"[^?]*[,;:.?!–—-]\s*(?:so\s+)?(?:(?:got|any|is there|do (?:we|they|you) (?:have|know)|has (?:he|she) got)\s+"
        r"(?:an?\s+)?names?(?:\s+for\s+(?:him|her|them))?(?:\s+(?:given|mentioned|reported|anywhere))?"
        rf"|{NAME_ASKED_AT_THE_END})\W*$",
        re.IGNORECASE,
    ),
    # "clinic near the air base treating the 50 injured, which one was it", "the radio show bolton was on, what was it
    # called", "tucker carlson's show, what's it called": a thing named with its kind, or by a name of its own, told
    # first (not "soldiers fired from…"), its name asked at the end. Before it one word or whose it is: "the fox news
    # show…" is Fox News, named without the word.
    re.compile(
        r"^\W*(?:(?:the|that|this) )?(?:(?:[\w-]+ )?[\w-]+['’]s |[\w-]+ )?"
        r"(?P<phrase>hospitals?|clinics?|prisons?|jails?|airports?|airfields?|"
        r"shows?|programs?|programmes?|stations?|channels?|networks?|newspapers?|outlets?|company|companies|firms?|"
        r"universit(?:y|ies)|stadiums?)\b(?!['’])[^?]*[,;:.?!–—-]\s*(?:so\s+)?"
        r"(?:which one (?:was|is) (?:it|that)|what(?:['’]?s| is| was) (?:it|that) called)\W*$",
        re.IGNORECASE,
    ),
    # "some other political ally had been hiding at the residence. who is that?": an unnamed one told first, asked
    # after by "that", "he" or "she".
    re.compile(
        rf"\b(?:some|another|an?)\s+(?:other\s+)?(?P<phrase>(?:[a-z'’-]+ )?(?:{_SOMEONE_UNNAMED}))"
        r"(?= (?:of|who|that|had|has|was|is|have)\b)[^.?!]*[.?!,;…]+\s+(?:but\s+|so\s+)?"
        # "…, what is their name?" is how the checks read "who is that person?" (`asked_plainly`)
        r"(?:who(?:['’]s| is| was) (?:that|this|he|she|it)(?: (?:person|guy|one|man|woman))?"
        r"|what(?:['’]s| is| was) (?:his|her|their) name)\W*$",
        re.IGNORECASE,
    ),
    # "where exactly was the plane for maduro parked, which airport", "…on an overpass, what highway was that": the
    # thing asked at the very end.
    re.compile(
        r"[,;:.?!-]\s*(?:so\s+|like\s+)?(?:which|what)\s+(?P<phrase>[a-z'’-]+)(?: (?:was|is) (?:that|it))?\W*$",
        re.IGNORECASE,
    ),
    # After a dash only with "was that": "cabello phoned into state tv — which channel was that?" ("— what message?"
    # may ask for the message itself).
    re.compile(r"[–—]\s*(?:so\s+)?(?:which|what)\s+(?P<phrase>[a-z'’-]+) (?:was|is) (?:that|it)\W*$", re.IGNORECASE),
    # "¿En qué hospital atendieron a los heridos?": a place whose name carries its kind, asked in Spanish.
    re.compile(
        r"^\W*(?:(?:en|a|de|desde|hacia)\s+)?(?:qu[eé]|cu[aá]l)\s+(?P<phrase>hospital|cl[ií]nica|c[aá]rcel|"
        r"prisi[oó]n|aeropuerto|universidad|estadio|programa)\b",
        re.IGNORECASE,
    ),
)
# Words after the thing's own noun: "the highway under the overpass".
_AFTER_THE_HEAD = word_set("under over near next beside behind below above across along outside inside around the a an")
# What someone named has, asked as "which political ally of Lopez…".
_SOMEONES = word_set("ally allies friend friends aide aides adviser advisers mentor lawyer lawyers relative relatives")
# Nouns whose answer is no name ("which year…" is the date checks' business) or that say nothing alone.
_NOT_NAMED_THINGS = word_set(
    "day days week weeks month months year years date dates time times hour hours way ways side sides part parts "
    "kind kinds type types sort one ones thing things number point points reason reasons language languages extent "
    "case cases manner direction old"
)
# Places whose names carry their kind ("Pérez Carreño Hospital", "Simón Bolívar International Airport", "The Hugh
# Hewitt Show"): a passage naming no place of the kind asked for cannot give its name. Not outlets, channels or
# bases, named without their kind ("CNN", "VTV", "Fort Tiuna").
_HOSPITAL = (
    r"hospitals?|clinics?|medical (?:cent(?:re|er)|facilit(?:y|ies))s?|infirmar(?:y|ies)|cl[ií]nicas?|"
    r"centros? m[eé]dicos?"
)
_PRISON = (
    r"prisons?|jails?|penitentiar(?:y|ies)|detention (?:cent(?:re|er)|facilit(?:y|ies))s?|c[aá]rcel(?:es)?|"
    r"prisi[oó]n|centros? penitenciarios?"
)
_AIRPORT = r"airports?|airfields?|airstrips?|air ?bases?|aeropuertos?|bases? a[eé]reas?"
_SHOW = r"shows?|program(?:me)?s?|programas?"
_UNIVERSITY = r"universit(?:y|ies)|universidad(?:es)?"
_STADIUM = r"stadiums?|estadios?"
# Not "which highway": where a passage speaks of "a highway overpass", the highway is left unnamed (`unnamed`), and
# "the streets" would count as one.
_STREET = r"streets?|avenues?|roads?|highways?|motorways?|boulevards?|calles?|avenidas?|carreteras?|autopistas?"
_NAMED_WITH_THEIR_KIND = {
    "hospital": _HOSPITAL,
    "clinic": _HOSPITAL,
    "centre": _HOSPITAL,  # "the medical centre"
    "center": _HOSPITAL,
    "facility": _HOSPITAL,
    "airport": _AIRPORT,
    "prison": _PRISON,
    "jail": _PRISON,
    "university": _UNIVERSITY,
    "stadium": _STADIUM,
    "show": _SHOW,
    "street": _STREET,
    "avenue": _STREET,
    # asked in Spanish
    "clínica": _HOSPITAL,
    "clinica": _HOSPITAL,
    "cárcel": _PRISON,
    "carcel": _PRISON,
    "prisión": _PRISON,
    "prision": _PRISON,
    "aeropuerto": _AIRPORT,
    "universidad": _UNIVERSITY,
    "estadio": _STADIUM,
    "programa": _SHOW,
}
# Of a name asked for by "medical centre", only "centre" counts a kind; "which university students…" asks about
# students, who are named without the word.
_KIND_NEEDS = {"centre": "medical", "center": "medical", "facility": "medical"}
# Other words for a person asked for: "which opposition politician…?" beside "another political ally".
# "On which radio programme…?" beside "Bolton told a radio show" (a programme is named without its kind: "Fox
# Business").
_POLITICAL = r"political (?:ally|allies|figures?|leaders?|rivals?|opponents?)"
# A person asked for as "the other opposition guy" may be "another political ally", "another opposition leader".
_SOMEONE_IN_POLITICS = rf"{_POLITICAL}|(?:opposition )?(?:ally|allies|leaders?|figures?|activists?|politicians?)"
# "Which fox news host asked…?" beside "Journalist Tucker Carlson… asked".
_BROADCASTER = r"hosts?|anchors?|presenters?|journalists?|interviewers?|reporters?"
ALSO_CALLED = {
    "host": _BROADCASTER,
    "anchor": _BROADCASTER,
    "presenter": _BROADCASTER,
    "politician": _POLITICAL,
    "guy": _SOMEONE_IN_POLITICS,
    "person": _SOMEONE_IN_POLITICS,
    "figure": _SOMEONE_IN_POLITICS,
    "program": _SHOW,
    "programme": _SHOW,
}

# "What radio show was Bolton on?" asks for a name as "which radio show…" does: things that are named. Not a group,
# a unit or a source, often spoken of by what they are ("plowed into a group of anti-government demonstrators").
_WHAT_ASKS = _asking_for_a_thing("what")
_NAMED_THINGS = (_NAMED_WITH_THEIR_KIND.keys() - _KIND_NEEDS.keys()) | word_set(
    "program programme station channel network newspaper outlet magazine agency company firm airline militia reporter "
    "street avenue square plaza neighborhood neighbourhood highway road motorway freeway expressway boulevard"
)


@lru_cache(maxsize=1024)  # asked_nouns and clause_verb read the same match
def asking(question: str) -> re.Match[str] | None:
    """Where `question` asks for a name, by the first of `_ASKS` that matches, or "what" before a thing that has one."""
    found = next((found for pattern in _ASKS if (found := pattern.search(question))), None)
    if found is None and (what := _WHAT_ASKS.search(question)) and what["phrase"].split()[-1].lower() in _NAMED_THINGS:
        return what
    return found


@lru_cache(maxsize=1024)  # the same question is checked against each passage read
def asked_nouns(question: str) -> tuple[str, ...]:
    """The last one or two words naming the thing whose name `question` asks for ("which supermarket chain" →
    "supermarket", "chain"; the last is the thing itself); none when it asks for no such name, or for a day or a
    year."""
    asked = asking(question)
    if asked is None:
        return ()
    words = [without_possessive(word) for word in asked["phrase"].split()]
    head = next((at for at, word in enumerate(words) if at and word.lower() in _AFTER_THE_HEAD), len(words))
    words = words[:head]  # "the highway under the overpass" is a highway
    while len(words) > 1 and words[-1].lower() in _ADVERBS:
        words.pop()
    if words[-1].lower() in _NOT_NAMED_THINGS:
        return ()
    if asked.groupdict().get("owner") and words[-1].lower() not in _SOMEONES:
        return ()  # "which members of Voluntad Popular…": named as "a member of Voluntad Popular, X"
    nouns = tuple(
        w for w in words[-2:] if w.islower() and len(w) > 2 and w not in _NOT_NAMED_THINGS and not w.endswith("ed")
    )
    private = "private" in (word.lower() for word in words)  # "a military group" may be an army's unit
    if private:
        return _SPOKEN_OF_AS.get(nouns, nouns)
    if nouns and _MERCENARIES.search(question):  # "which company do the mercenaries work for", "mercanary outfit"
        return _SPOKEN_OF_AS.get(("military", nouns[-1].lower()), nouns)
    return nouns


_MERCENARIES = re.compile(r"\bmerc[ae]nar(?:y|ies)\b", re.IGNORECASE)


# Things a report speaks of by what their people are: a private military company by its mercenaries ("is thought to
# have mercenaries in the country guarding him" leaves the company unnamed).
_SPOKEN_OF_AS = {
    ("military", thing): ("mercenary", thing)
    for thing in ("company", "companies", "firm", "firms", "contractor", "contractors", "group", "outfit")
}


OFFICIALS = word_set("official officials")
# Words between the asked thing and what the question says it did: "who (actually) confirmed…", "that's been…".
_NOT_THE_VERB = word_set(
    "who that which whom who's that's is was were are has have had did does do be been being also actually really "
    "reportedly allegedly publicly first later then just not never can could will would should may might must"
)


@lru_cache(maxsize=1024)
def clause_verb(question: str) -> frozenset[str] | None:
    """The stems of every form of the verb `question` says the asked thing did ("which official confirmed…" →
    "confirm"; "sent" → "send", "sent"), or None when it says none."""
    asked = asking(question)
    if asked is None:
        return None
    after = re.findall(r"[\w'’-]+", question[asked.end("phrase") :])
    verb = next((word for word in after if word.lower().replace("’", "'") not in _NOT_THE_VERB), None)
    if verb is None:  # "the letter was confirmed by a senior US official — which official?": told before
        verb = _verb_told_before(question[: asked.start("phrase")], asked["phrase"].split()[-1])
    return verb_forms(word_stems(verb)[0]) if verb and verb.islower() else None


def _verb_told_before(context: str, noun: str) -> str | None:
    """The verb the context told first says the thing did: "confirmed" of "…was confirmed by a senior US official"
    or of "…a senior US official confirmed the letter"."""
    noun = re.escape(noun)
    done_by = re.search(
        rf"\b([a-z]+)(?:\s+as\s+[a-z]+)?\s+by\s+(?:an?|the)\s+(?:[\w.'’-]+\s+){{0,3}}?{noun}\b", context, re.IGNORECASE
    )
    if done_by and done_by[1].lower() not in _NOT_THE_VERB:
        return done_by[1]
    did = re.search(rf"\b{noun}\s+(?:who\s+|that\s+)?([a-z]+(?:ed|{_IRREGULAR_PAST}))\b", context, re.IGNORECASE)
    return did[1] if did and did[1].lower() not in _NOT_THE_VERB else None


def kind_of(nouns: tuple[str, ...]) -> str | None:
    """The words naming places of the asked kind, if its names carry it ("which hospital" → hospital, clinic…)."""
    noun = nouns[-1].lower()
    needed = _KIND_NEEDS.get(noun)
    if needed and (len(nouns) < 2 or nouns[0].lower() != needed):
        return None
    return _NAMED_WITH_THEIR_KIND.get(noun)
