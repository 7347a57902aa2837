"""Questions about someone's relative ("why is Figuera's wife outside the country?"): where one passage read speaks
of that relative ("the general's wife is currently outside the country"), the articles do speak of her, and a
passage about the man alone ("Figuera wrote a letter… to 'rebuild the country'") says nothing of her. Where none
does, a passage may still speak of her as "Mrs Figuera" or by a name its article gives a relative ("his wife Lilian
Tintori", then "Tintori said…"); one doing neither says nothing of her. A question asking the relative's name
("what's Figuera's wife called?") needs a passage naming one ("Tintori, his wife"), not one that only speaks of her.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from index.names import CAPITALISED_WORD
from index.text import fold

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
    question: str, passages: Iterable[tuple[int, str]], article_of: Callable[[int], str] | None = None
) -> set[int]:
    """The rows of `passages` (row, text) that mention no relative, when `question` asks about someone's relative
    and another of them speaks of that relative; when none does and a wife, husband or parent is asked about, also
    those naming no such relative that `article_of(row)` names (nor, for a spouse, a first lady or "Mrs" with a name
    asked)."""
    kinds = _asked_kinds(question)
    if not kinds:
        return set()
    passages = dict(passages)
    asked = re.compile(rf"\b(?:{'|'.join(kinds)})\b", re.IGNORECASE)
    unmentioned = {row for row, text in passages.items() if not _MENTION.search(text)}
    if any(asked.search(text) for text in passages.values()):
        return unmentioned
    # "His brothers in arms", "sus hermanos venezolanos", "the homeland our children deserve": siblings and
    # children are spoken of loosely, a wife or a father seldom.
    close = [said for said in kinds if said in _CLOSE]
    if article_of is None or not close:
        return set()
    question_words = {fold(word.lower()) for word in re.findall(r"\w+", question)}
    spouse = _KINDS["spouse"][1] in close
    # "Lopez and his family sought refuge" says nothing of Maduro's wife: another's family is no mention.
    named = set().union(*(_folded_words(name) for name in re.findall(_NAME, question)[1:])) - {"s"}
    others = {row for row, text in passages.items() if row not in unmentioned and not named & _folded_words(text)}
    others = others if named else set()
    return others | {
        row
        for row in unmentioned
        if not (spouse and _titled(passages[row], question_words))
        and not _names_one(passages[row], article_of(row), close)
    }


def _folded_words(text: str) -> set[str]:
    return {fold(word.lower()) for word in re.findall(r"\w+", text)}


def _titled(passage: str, question_words: set[str]) -> bool:
    """Whether `passage` speaks of a first lady, or of "Mrs" someone the question names ("Mrs Figuera")."""
    return bool(_FIRST_LADY.search(passage)) or any(
        fold(title["name"].lower()) in question_words for title in _MRS.finditer(passage)
    )


def _names_one(passage: str, article: str, kinds: list[str]) -> bool:
    """Whether `passage` holds a word of a name that `article` gives a relative of one of `kinds` ("his wife Lilian
    Tintori", "Tintori, Lopez's wife")."""
    named = set().union(*(_relatives_named(article, said) for said in kinds))
    return any(word in named for word in re.findall(_NAME, passage))


@lru_cache(maxsize=64)  # an article's relatives, for each passage of it read
def _relatives_named(article: str, said: str) -> frozenset[str]:
    """The words of the names `article` gives a relative of one kind, read beside each mention of the relative: a
    name of at most four words right after it, or else right before it and a possessive."""
    words = set()
    for mention in re.finditer(rf"\b(?:{said})\b", article, re.IGNORECASE):
        # In "Leopoldo López, his wife Lilian Tintori" the name before is the husband's.
        found = _NAME_AFTER.match(article, mention.end()) or _NAME_BEFORE.search(
            article[max(0, mention.start() - _REACH) : mention.start()]
        )
        if found:
            words.update(re.findall(_NAME, found["name"]))
    return frozenset(words)


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
# "his wife Lilian Tintori" (a name right after, on the same line), "Lilian Tintori, Lopez's wife" (right before).
_NAME_RUN = rf"{_NAME}(?:[ ]{_NAME}){{0,3}}"
_NAME_AFTER = re.compile(rf",?[ ](?P<name>{_NAME_RUN})")
_NAME_BEFORE = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME_RUN}),?[ ](?:[\w-]+['’]s|his|her|their)[ ]$")
_REACH = 80  # characters before a mention where the name it follows may start
_FIRST_LADY = re.compile(r"\b(?:first lady|primera dama)\b", re.IGNORECASE)
_MRS = re.compile(rf"\b(?:Mrs|Mme)\.?[ ](?P<name>{_NAME})")


def names_the_relative(question: str, passage: str) -> bool:
    """False when `question` asks a relative's name and `passage` names none ("the general's wife is abroad")."""
    return not _ASKS_THE_NAME.search(question) or bool(_NAMED_RELATIVE.search(passage))
