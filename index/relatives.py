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

from index.names import CAPITALISED_RUN, CAPITALISED_WORD

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
    and another of them speaks of that relative; when none does, also those naming no relative `article_of(row)`
    names and calling no one "Mrs"."""
    kinds = _asked_kinds(question)
    if not kinds:
        return set()
    passages = list(passages)
    asked = re.compile(rf"\b(?:{'|'.join(kinds)})\b", re.IGNORECASE)
    unmentioned = {row for row, text in passages if not _MENTION.search(text)}
    if any(asked.search(text) for _, text in passages):
        return unmentioned
    if article_of is None:
        return set()
    return {row for row in unmentioned if not _speaks_of_a_relative_otherwise(dict(passages)[row], article_of(row))}


def _speaks_of_a_relative_otherwise(passage: str, article: str) -> bool:
    """True if `passage` calls someone "Mrs" or names a relative its `article` names as such."""
    if _TITLED.search(passage):
        return True
    names = (match.group("after") or match.group("before") for match in _RELATIVE_AND_NAME.finditer(article))
    named = {word for name in names for word in re.findall(_NAME, name)}
    return any(word in named for word in re.findall(_NAME, passage))


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


# "his wife Lilian Tintori", "Tintori, his wife": the whole name, for a later "Tintori said…".
_RELATIVE_AND_NAME = re.compile(
    rf"\b(?:{_RELATIVE}|wives),?\s+(?P<after>{CAPITALISED_RUN})|"
    rf"(?P<before>{CAPITALISED_RUN}),?\s+{_WHOSE} (?:{_RELATIVE})\b",
    re.IGNORECASE,
)
_TITLED = re.compile(r"\b(?:Mrs|Mme|Señora|first lady|primera dama)\b", re.IGNORECASE)


def names_the_relative(question: str, passage: str) -> bool:
    """False when `question` asks a relative's name and `passage` names none ("the general's wife is abroad")."""
    return not _ASKS_THE_NAME.search(question) or bool(_NAMED_RELATIVE.search(passage))
