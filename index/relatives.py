"""Questions about someone's relative ("why is Figuera's wife outside the country?"): where one passage read speaks
of that relative ("the general's wife is currently outside the country"), the articles do speak of her, and a
passage about the man alone ("Figuera wrote a letter… to 'rebuild the country'") says nothing of her. Where none
does, a passage may still speak of her as "Mrs Figuera" or by a name its article gives a relative ("his wife Lilian
Tintori", then "Tintori said…"); one doing neither says nothing of her. A question asking the relative's name
("what's Figuera's wife called?") needs a passage naming one ("Tintori, his wife"), not one that only speaks of her.
Whether two people are related ("is Padrino Lopez related to Leopoldo Lopez?") is told only by a passage naming both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from index.names import CAPITALISED_WORD, FUNCTION_WORDS, TITLES
from index.text import words

# Each kind of relative, as a question may ask for it (English or Spanish) and as a passage speaks of it.
_KINDS = {
    "spouse": (r"wife|husband|spouse|widow|esposa|esposo|marido|viuda", r"wife|wives|husband|spouse|widow"),
    "child": (r"sons?|daughters?|children|kids|hij[oa]s?", r"sons?|daughters?|children|child|kids"),
    "parent": (r"mother|father|parents|madre|padres?", r"mother|father|parents"),
    "sibling": (r"brothers?|sisters?|siblings?|herman[oa]s?", r"brothers?|sisters?|siblings?"),
}
# A family is told of as "they" as often as by name ("Lopez and his family sought refuge… They later moved…"): a
# question about one is left to the reader, and a passage speaking of one still counts as speaking of a relative.
_FAMILY = r"family|families|relatives"
# "Is Padrino Lopez related to Leopoldo Lopez?", "¿son familia?": only a passage naming them all can tell it.
_ASKS_IF_RELATED = re.compile(
    r"\brelated (?:to|with) (?-i:[A-ZÁÉÍÓÚ])|\b(?:es|son|eran?) (?:familia|parientes?|familiares)\b|"
    r"\bemparentad[oa]s?\b",
    re.IGNORECASE,
)
_OPENING_VERBS = {"is", "are", "was", "were", "es", "son", "era", "eran"}
# "Figuera's wife", "his sons", "la esposa de Figuera", "sus hijos"; not "el padre José" (a priest).
_OWNER = r"(?:\w['’]s|\bhis|\bher|\btheir|\b(?:la|el|los|las|su|sus))"
_MENTION = re.compile(r"\b(?:" + "|".join([said for _, said in _KINDS.values()] + [_FAMILY]) + r")\b", re.IGNORECASE)


def _asked_kinds(question: str) -> list[str]:
    """How a passage speaks of each relative `question` asks about ("wife" → "wife|wives|husband…")."""
    return [
        said
        for asked, said in _KINDS.values()
        if re.search(rf"{_OWNER} (?:{asked})\b(?!\s+(?-i:[A-ZÁÉÍÓÚ]))", question, re.IGNORECASE)
    ]


def unmentioned_relative(
    question: str,
    passages: Iterable[tuple[int, str]],
    articles_of: Callable[[int], Iterable[str]] | None = None,
) -> set[int]:
    """The rows of `passages` (row, text) not naming everyone `question` asks whether they are related. Otherwise,
    when `question` asks about someone's relative and another of them speaks of that relative, those that mention no
    relative; when none does and a wife, husband or parent is asked about, those that speak of no such relative: none
    of a relative but another man's family, no name that one of their `articles_of(row)` gives such a relative, and,
    for a spouse, no first lady and no "Mrs" the question names."""
    passages = dict(passages)
    if _ASKS_IF_RELATED.search(question):
        named = set(words(" ".join(re.findall(_NAME, question)))) - _NOT_A_NAME - _OPENING_VERBS
        return {row for row, text in passages.items() if not named <= set(words(text))}
    kinds = _asked_kinds(question)
    if not kinds:
        return set()
    asked = re.compile(rf"\b(?:{'|'.join(kinds)})\b", re.IGNORECASE)
    if any(asked.search(text) for text in passages.values()):
        return {row for row, text in passages.items() if not _MENTION.search(text)}
    # "His brothers in arms", "sus hermanos venezolanos", "the homeland our children deserve": siblings and
    # children are spoken of loosely, a wife or a father seldom.
    close = [said for said in kinds if said in _CLOSE]
    if articles_of is None or not close:
        return set()
    named = _names_in_question(question)
    return {row for row, text in passages.items() if not _may_speak_of_her(text, articles_of(row), close, named)}


def _may_speak_of_her(passage: str, articles: Iterable[str], close: list[str], named: set[str]) -> bool:
    """Whether `passage` may speak of the asked relative (`close`: her kinds; `named`: the question's names)."""
    passage_words = set(words(passage))
    if _KINDS["spouse"][1] in close and (
        _FIRST_LADY.search(passage) or any(named.intersection(words(title["name"])) for title in _MRS.finditer(passage))
    ):
        return True
    relatives = set().union(*(_relatives_named(article, said) for article in articles for said in close))
    if passage_words & (relatives - named):
        return True  # "Tintori said…", in an article calling her "his wife Lilian Tintori"
    if not _MENTION.search(passage):
        return False
    # "Lopez and his family sought refuge" says nothing of Maduro's wife; "The general and his family" may.
    others = set(words(" ".join(re.findall(_NAME, passage)))) - _NOT_A_NAME
    return not (named and others and not passage_words & named)


def _names_in_question(question: str) -> set[str]:
    """The folded words of the names in `question`, not counting a capitalised word that only opens it."""
    return {
        word
        for name in re.finditer(_NAME, question)
        if question[: name.start()].strip(" ¿¡\"'“‘")
        for word in words(name.group())
    }


@lru_cache(maxsize=64)  # an article's relatives, for each passage of it read
def _relatives_named(article: str, said: str) -> frozenset[str]:
    """The folded words of the names `article` gives a relative of one kind: a name of at most four words right after
    a mention ("his wife Lilian Tintori"), or else right before it, set off by commas ("Tintori, Lopez's wife,");
    not a day, a month or a title ("his wife Wednesday", "Juan Guaido's wife")."""
    found = set()
    for mention in re.finditer(rf"\b(?:{said})\b", article, re.IGNORECASE):
        name = _NAME_AFTER.match(article, mention.end())
        if not name and article[mention.end() : mention.end() + 1] in _CLOSING:
            name = _NAME_BEFORE.search(article[max(0, mention.start() - _REACH) : mention.start()])
        if name:
            found |= set(words(name["name"])) - _NOT_A_NAME
    return frozenset(found)


_RELATIVE = "|".join(asked for asked, _ in _KINDS.values())
_OWNERS = r"[\w-]+['’]s|his|her|their|the"
_WHOSE = rf"\b(?:{_OWNERS})"
# A question may be typed without apostrophes ("whats maduros wifes name", "what is figuera wife name"), not "this".
_WHOSE_TYPED = rf"\b(?:{_OWNERS}|(?!(?:this|is|was|has|does|yes|us|its)\b)[\w-]{{3,}}s)"
_ASKS_THE_NAME = re.compile(
    rf"\bwhat(?:['’]?s| is| was) (?:the )?name of {_WHOSE_TYPED} (?:{_RELATIVE})\b|"
    rf"{_WHOSE_TYPED} (?:{_RELATIVE})(?:['’]?s)? (?:name|called|named)\b|\b[\w-]+ (?:{_RELATIVE}) name\b|"
    rf"\b(?:{_RELATIVE}) of [\w'’-]+(?: [\w'’-]+)? (?:called|named)\b|"
    rf"\bwho(?:['’]s| is| was) {_WHOSE_TYPED} (?:{_RELATIVE})\b|"
    rf"\b(?:c[oó]mo se llama|nombre de) (?:la |el |los |las |su |sus )?(?:{_RELATIVE})\b",
    re.IGNORECASE,
)
_NAME = CAPITALISED_WORD
_NAMED_RELATIVE = re.compile(
    rf"\b(?:{_RELATIVE}|wives),?\s+(?:(?:is|was|es|era)\s+)?{_NAME}|{_NAME},?\s+{_WHOSE} (?:{_RELATIVE})\b|"
    rf"\b(?:{_RELATIVE})\b[^.]{{0,20}}\b(?:named|called|llamad[oa])\b",
    re.IGNORECASE,
)

# A wife, a husband or a parent: spoken of plainly when at all.
_CLOSE = {_KINDS["spouse"][1], _KINDS["parent"][1]}
# "his wife Lilian Tintori" (a name right after, on the same line; "his wife, Guaido said" names no wife),
# "Lilian Tintori, Lopez's wife," (right before, set off by commas: in "Figuera, his wife and children" he is listed).
_NAME_RUN = rf"{_NAME}(?:[ ]{_NAME}){{0,3}}"
_NAME_AFTER = re.compile(rf"[ ](?P<name>{_NAME_RUN})")
_NAME_BEFORE = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME_RUN}),[ ](?:[\w-]+['’]s|his|her|their)[ ]$")
_CLOSING = {",", ".", ";", ")", ""}
_REACH = 80  # characters before a mention where the name it follows may start
_NOT_A_NAME = FUNCTION_WORDS | TITLES
_FIRST_LADY = re.compile(r"\b(?:first lady|primera dama)\b", re.IGNORECASE)
_MRS = re.compile(rf"\b(?:Mrs|Mme)\.?[ ](?P<name>{_NAME})")


def names_the_relative(question: str, passage: str) -> bool:
    """False when `question` asks a relative's name and `passage` names none ("the general's wife is abroad")."""
    return not _ASKS_THE_NAME.search(question) or bool(_NAMED_RELATIVE.search(passage))
