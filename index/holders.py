"""Questions that ask who holds a role or what someone is called ("who is Venezuela's foreign minister?", "what
was the name of the man killed?"): a passage answers one only if it names someone the question does not name,
and not as the holder of that role in another country ("his Russian counterpart, Foreign Minister Lavrov").

A name is found without a tagger: a title followed by a capitalised word ("Mr Lopez", "General Figuera") or
two capitalised words that are neither institutions nor places ("Sergei Lavrov", not "National Assembly").
The checks only remove passages that cannot give the name; the reader judges the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from index.text import fold, word_set

_ROLE = (
    r"(?:foreign|defen[cs]e|interior|finance|oil|energy|economy|health|justice|information)\s+minister|"
    r"prime minister|vice[- ]president|ministers?|presidents?|premier|head|chief|leader|director|boss|"
    r"ambassador|envoy|mayor|governor|lawyer|attorney|commander|spokes(?:man|woman|person)|secretary|chairman|"
    r"prosecutor|judge|wife|husband|spouse|chancellor|canciller|ministr[oa]|president[ea]|jef[ea]|l[ií]der|"
    r"director[a]?|embajador[a]?|alcalde(?:sa)?|gobernador[a]?|abogad[oa]|comandante|portavoz|vocer[oa]|"
    r"secretari[oa]|fiscal|juez[a]?|espos[oa]|marido"
)
# Characters: "head of Venezuela's secret police – " is 35, "Bachelet, now the UN's human rights " 36.
_AFTER_ROLE, _BEFORE_ROLE = 45, 40
# Longer reaches for "led by businessman and former champion X" and "X, a former general, was named president".
_AFTER_ROLE_BY, _BEFORE_ROLE_NAMED = 60, 80
_NAMED_AS = re.compile(
    r"\b(?:named|appointed|elected|sworn in as|made|became|becomes|installed as|chosen as|nombrad[oa]|elegid[oa]|"
    r"designad[oa])\s+(?:the\s+|as\s+|new\s+|acting\s+|interim\s+|el\s+|la\s+|nuevo\s+|nueva\s+)*$",
    re.IGNORECASE,
)
# Between a name and the role after it, an apposition ("Figuera, the head of"); between a role and the name
# after it, no verb of another clause ("his son was detained, Colonel Abdramane said").
_APPOSITION = re.compile(r"\s*(?:[,–—(]|-\s|\s*$)")
_CLAUSE = re.compile(r"\b(?:said|says|told|tells|was|were|had|has|have|been|met|meets|did|would|will|could)\b(?!\s*$)")
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bGen)[.!?]\s")
_NOT_THE_HOLDER = re.compile(r"\b(?:deputy|vice|former|ex|outgoing|late|vice-?)\W*$|\b(?:ex|vice)-$", re.IGNORECASE)
_ROLE_WORD = re.compile(rf"\b(?:{_ROLE})\b", re.IGNORECASE)
# What may follow the role in such a question: "the foreign minister of Chile", never "the president said".
_AFTER_ASKED_ROLE = (
    r"(?:of|in|at|for|to|from|on|during|under|after|before|since|as|right|now|today|currently|is|was|de|del|en|que)"
)
# Questions whose answer is the holder of a role: "who is the X", "who runs X", never "who said".
_ASKS_FOR_HOLDER = re.compile(
    rf"^\W*(?:tell me\s+)?(?:who|who's|whos|who’s)\s+(?:is|was|are|were)?\s*(?:currently\s+|now\s+)?"
    rf"(?:the\s+)?(?:[\w.'’-]+\s+){{0,4}}?(?:{_ROLE})\b(?=\s*(?:$|[?.!]|{_AFTER_ASKED_ROLE}\b))"
    r"|^\W*(?:tell me\s+)?who\s+(?:runs|leads|heads|commands|directs|chairs|governs|is in charge of)\b"
    rf"|\bqui[eé]n\s+(?:es|era|fue|son)\s+(?:el|la|los|las)\s+(?:{_ROLE})\b"
    r"|\bqui[eé]n\s+(?:dirige|encabeza|lidera|comanda|preside|gobierna|est[aá] al frente)\b",
    re.IGNORECASE,
)
# Questions whose answer is somebody's or something's name.
_NAME_OF = re.compile(r"\bname of\b|\bc[oó]mo se llama|\bnombre del?\b", re.IGNORECASE)
_THEIR_NAME = re.compile(
    r"\bwhat(?:'s|’s| is| was| were)\s+(?:his|her|their|that person's|that person’s)\s+names?\b", re.IGNORECASE
)
_KIN = (
    r"wife|husband|son|daughter|father|mother|brother|sister|nephew|niece|cousin|"
    r"herman[oa]|hij[oa]|padre|madre|sobrin[oa]|prim[oa]"
)
# "The name of his brother", "cómo se llama la esposa de": the name must stand beside that word.
_NAME_OF_ROLE = re.compile(
    rf"\bname of (?:the |his |her |their |that |this )?(?:[\w'’-]+ ){{0,3}}?(?:{_KIN}|{_ROLE})\b"
    rf"|\bc[oó]mo se llama(?:ba)?\s+(?:el|la|los|las|su)\s+(?:{_KIN}|{_ROLE})\b",
    re.IGNORECASE,
)
# "The name of the 24-year-old" wants a person; "the name of the air base" wants any proper name.
_PERSON_AFTER_NAME = re.compile(
    r"\bname of (?:the |his |her |that |this )?(?:[\w'’-]+ ){0,3}?"
    r"(?:man|woman|person|boy|girl|victim|[\w-]*year[- ]old|activist|officer|soldier|general|journalist|"
    r"photographer|photojournalist|reporter|lawmaker|official|ally|"
    rf"politician|protester|student|priest|doctor|{_KIN}|{_ROLE})\b|\bqui[eé]n\b",
    re.IGNORECASE,
)
_TITLES = word_set(
    """mr mrs ms dr gen general president minister colonel col major lt lieutenant sen senator rep congressman
    congresswoman judge governor mayor ambassador chief director commander admiral captain capt bishop pope
    king queen prince sheikh secretary prosecutor adviser advisor spokesman spokeswoman sr sra señor señora
    presidente ministro coronel"""
)
# Capitalised words that make a run an institution, a place or a sentence opener rather than a person.
_FUNCTION_WORDS = word_set(
    """the a an he she it they we i his her their its this that these those but and or in on at of for if when
    while after before as however meanwhile later earlier also there here some many most what who where why how
    our my your monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december"""
)
_NOT_NAMES = _FUNCTION_WORDS | word_set(
    """national assembly court supreme guard police army forces force party ministry council embassy bank union
    house palace base fort airport street square plaza university church republic state states nations kingdom
    government congress parliament senate department office agency service services press news times post
    journal radio twitter facebook instagram youtube security bolivarian armed air navy military intelligence
    international human rights watch foundation company oil fund monetary world amnesty media network north
    south east west central latin opposition revolutionary socialist democratic popular organization
    organisation committee commission federal city province region island islands river mount lake valley
    avenue highway bridge station tower hospital prison school institute centre center group movement front
    alliance coalition mr mrs ms la el los las san santa foreign external affairs defence defense interior finance
    justice health economy home"""
)
_CONNECTORS = word_set("de del da dos das von van bin al la")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
# A name never runs across a full stop, a comma or a dash; "Mr." and "U.S." are not full stops.
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\[\]\"“”–—]|\s-\s")
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sen|Rep|Capt|Sr|Sra|St)\.|\b(?:[A-Z]\.){2,}|\b[A-Z]\.(?=\s+[A-Z][a-z])"
)


# Short forms that are also everyday words ("told us", "un país") count only when written in capitals.
_CAPITALS_ONLY = {"us": "united states", "un": "united nations", "eu": "european union", "uk": "united kingdom"}


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Lower-case names, adjectives and capitals → the country (or body, such as the EU) they belong to."""
    text = resources.files("index").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    words: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        if "\t" in line:
            country, phrases = line.split("\t", 1)
            for phrase in phrases.split("|"):
                phrase = fold(phrase.strip().lower())
                if phrase and phrase not in _CAPITALS_ONLY:
                    words.setdefault(phrase, country)
    return words


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    phrases = sorted(_country_words(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])")


@lru_cache(maxsize=1)
def _country_phrases() -> re.Pattern[str]:
    """Country names as written in running text (any case, with or without accents, possessive or not)."""
    text = resources.files("index").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    phrases = {p.strip() for line in text.splitlines()[1:] if "\t" in line for p in line.split("\t", 1)[1].split("|")}
    phrases = {p for p in phrases | {fold(p) for p in phrases} if p and p not in _CAPITALS_ONLY}
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?:['’]s)?(?![\w])", re.IGNORECASE)


def countries_in(text: str) -> set[str]:
    """The countries (and bodies such as the EU) that `text` names or qualifies something with."""
    words = _country_words()
    found = {words[match.group(0)] for match in _country_pattern().finditer(fold(text.lower()))}
    return found | {_CAPITALS_ONLY[short.lower()] for short in re.findall(r"\b(?:US|UN|EU|UK)\b", text)}


def asks_for_name(question: str) -> bool:
    """Whether the answer to `question` is somebody's (or something's) name."""
    return any(pattern.search(question) for pattern in (_ASKS_FOR_HOLDER, _NAME_OF, _THEIR_NAME))


def names_in(passage: str) -> list[str]:
    """The spans of `passage` that look like people's names."""
    text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), passage)
    text = _country_phrases().sub(",", text)  # "Sri Lanka's External Affairs Minister" names no one
    return [name for clause in _CLAUSE_BREAK.split(text) for name in _names_in_clause(clause)]


def proper_names_in(passage: str) -> list[str]:
    """Capitalised runs of `passage` that name someone or something ("La Carlota", "Operation Freedom"); a lone
    capitalised word opening a clause is not counted, as it may be capitalised only for its place."""
    text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), passage)
    found = []
    for clause in _CLAUSE_BREAK.split(text):
        words = _TOKEN.findall(clause)
        run: list[str] = []
        for position, word in enumerate([*words, ""]):
            if word[:1].isupper() and fold(word.lower()) not in _FUNCTION_WORDS:
                run.append(word)
            elif run and fold(word.lower()) in _CONNECTORS:
                run.append(word)
            else:
                while run and run[-1].islower():
                    run.pop()
                if len(run) >= 2 or (run and position - len(run) > 0):
                    found.append(" ".join(run))
                run = []
    return found


def _names_in_clause(clause: str) -> list[str]:
    countries = _country_pattern()
    found, run, titled = [], [], False
    for word in [*_TOKEN.findall(clause), ""]:
        key = fold(word.lower()).removesuffix("'s").removesuffix("’s").rstrip("'’")
        capitalised = word[:1].isupper() and not (word.isupper() and len(word) > 1)
        if capitalised and key not in _NOT_NAMES and key not in _TITLES and not countries.fullmatch(key):
            run.append(word)
            continue
        if run and key in _CONNECTORS:
            run.append(word)
            continue
        while run and run[-1].islower():
            run.pop()
        if len(run) >= 2 or (run and titled):
            found.append(" ".join(run))
        titled, run = key in _TITLES, []
    return found


def names_the_holder(question: str, passage: str) -> bool:
    """False when `question` asks for a name and `passage` names nobody the question doesn't, or names the
    asked role only as another country's ("Russian counterpart, Foreign Minister Sergei Lavrov")."""
    if not asks_for_name(question):
        return True
    asked = {fold(word.lower()) for word in re.findall(r"\w+", question)}
    person = _PERSON_AFTER_NAME.search(question) or not _NAME_OF.search(question)
    names = names_in(passage) if person else proper_names_in(passage)
    new_names = [name for name in names if not any(fold(w.lower()).rstrip("'’s") in asked for w in name.split())]
    if not new_names:
        return False
    holder = _ASKS_FOR_HOLDER.search(question) or _NAME_OF_ROLE.search(question)
    if not holder:
        return True
    mentions = _role_mentions(question, holder, passage)
    return _beside(mentions, passage, new_names) and not _only_other_countries(question, passage, mentions)


@lru_cache(maxsize=1)
def _role_families() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The packaged role families (a foreign minister is also a "canciller"), most specific first."""
    text = resources.files("index").joinpath("data/roles.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines()[1:] if "\t" in line)
    return tuple((family, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for family, pattern in rows)


def _role_mentions(question: str, holder: re.Match[str], passage: str) -> list[re.Match[str]]:
    """Where the passage mentions the role the question asks about (any role if the question's is not in the
    table), leaving out deputies and former holders unless the question asks about those."""
    asked = [
        (match.end() - match.start(), family)
        for family, pattern in _role_families()
        for match in pattern.finditer(question)
        if match.start() < holder.end() <= match.end()
    ]
    if asked:
        pattern = dict(_role_families())[max(asked)[1]]
    elif holder.re is _NAME_OF_ROLE:  # "the name of his nephew": that very word
        pattern = re.compile(rf"\b{re.escape(holder.group(0).split()[-1])}", re.IGNORECASE)
    else:
        pattern = _ROLE_WORD
    mentions = []
    for mention in pattern.finditer(passage):
        modifier = _NOT_THE_HOLDER.search(passage[max(0, mention.start() - 12) : mention.start()])
        if not modifier or modifier.group(0).lower() in question.lower():
            mentions.append(mention)
    return mentions


def _beside(mentions: list[re.Match[str]], passage: str, names: list[str]) -> bool:
    """Whether one of `names` stands beside a mention of the role: "Foreign Minister Sergei Lavrov", "the head
    of the secret police – Manuel Figuera", "Figuera, the head of", not a name two clauses away."""
    spans = [(m.start(), m.end()) for name in names for m in re.finditer(_as_written(name), passage)]
    for role in mentions:
        for start, end in spans:
            if 0 <= start - role.end() <= _AFTER_ROLE_BY:
                after = passage[role.end() : start]
                if len(after) > _AFTER_ROLE and not after.startswith(" by "):
                    continue
                if not _SENTENCE_END.search(after) and not _CLAUSE.search(after):
                    return True
            if 0 <= role.start() - end <= _BEFORE_ROLE_NAMED:
                before = passage[end : role.start()]
                if _SENTENCE_END.search(before):
                    continue
                if _NAMED_AS.search(before) or (len(before) <= _BEFORE_ROLE and _APPOSITION.match(before)):
                    return True
    return False


def _as_written(name: str) -> str:
    """A pattern finding `name` in the passage, where "S Jaishankar" may be written "S. Jaishankar"."""
    return r"[\s.]+".join(re.escape(word) for word in name.split())


def _only_other_countries(question: str, passage: str, mentions: list[re.Match[str]]) -> bool:
    """Whether the question names a country and every mention of the role belongs to another one."""
    wanted = countries_in(question)
    if not wanted:
        return False
    named = countries_in(passage)
    if named and not named & wanted:
        return True  # "who is Sudan's foreign minister?" is not answered by a passage about Algeria alone
    for mention in mentions:
        owners = countries_in(passage[max(0, mention.start() - 40) : mention.start()])
        if not owners or owners & wanted:
            return False
    return True
