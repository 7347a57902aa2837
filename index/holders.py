"""Questions that ask who holds a role or what someone is called ("who is Venezuela's foreign minister?", "what
was the name of the man killed?"): a passage answers one only if it names someone the question does not name,
and not as the holder of that role in another country ("his Russian counterpart, Foreign Minister Lavrov") or in
another leader's team ("President Trump, Vice President Mike Pence" for Maduro's vice president).

The checks only remove passages that cannot give the name; the reader judges the rest. The head of a body is
that body's (`index/headed.py`).
"""

from __future__ import annotations

import re

from index.countries import countries_in
from index.headed import asked_body, names_the_body, of_the_body
from index.holder_questions import (
    KIN,
    KIN_ES,
    NAME_OF_ROLE,
    ROLE,
    asks_for_a_person,
    asks_for_name,
    holder_asked,
    holder_end,
)
from index.names import as_written, ends_in_possessive, names_in, proper_names_in, surnames_alone_in, unasked
from index.roles import role_families
from index.text import fold, reason_opening_end, word_set

# Characters before a post where a country owns it: "his Russian counterpart, Foreign Minister" (the country 25 before).
_OWNER_BEFORE = 40
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
_NOT_THE_HOLDER = re.compile(r"\b(?:deputy|vice|former|ex|outgoing|late)[\s-]*$", re.IGNORECASE)
_ROLE_WORD = re.compile(rf"\b(?:{ROLE})\b", re.IGNORECASE)
# "Damiba's wife", "Leopoldo Lopez's lawyer": the passage must name Damiba, Lopez.
_POSSESSOR = re.compile(
    rf"\b([\w-]+)['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{KIN}|{ROLE}|son-in-law|daughter-in-law)\b", re.IGNORECASE
)
# A leader's government post, told without the leader's name; another leader's team is `teams`'s.
_GOVERNMENT_POST = re.compile(
    r"(?:minister|ministers|vice[- ]president|vp|ambassador|envoy|chancellor|spokes(?:man|woman|person))$",
    re.IGNORECASE,
)
# "La esposa de Keita", "el marido de Yulia Timoshenko": the capitalised name after "de" (any word of it will do).
_POSSESSOR_ES = re.compile(
    rf"\b(?:{'|'.join(sorted(KIN_ES))}|mujer|abogad[oa])\s+de\s+"
    r"((?-i:[A-ZÁÉÍÓÚÑ])[\w-]+(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w-]+)*)",
    re.IGNORECASE,
)
# Not people: "the", a body's words, and the asking words of "who's the head of…", "what's the lawyer's name".
_NOT_PEOPLE = word_set(
    "the his her their its government country army party police military junta regime president opposition city state "
    "who what that it there he she this"
)


def names_the_holder(question: str, passage: str) -> bool:
    """False when `question` asks for a name and `passage` names nobody the question doesn't, leaves out the
    person whose wife or lawyer is asked about, names nobody beside the asked role, or names that role only as
    another country's ("Russian counterpart, Foreign Minister Sergei Lavrov")."""
    if not asks_for_name(question) or reason_opening_end(question) is not None:
        return True  # "¿Por qué le importa a Putin quién gobierna?" asks for a reason, not a name
    person = asks_for_a_person(question)
    names = names_in(passage) if person else proper_names_in(passage)
    new_names = unasked(names, question)
    holder = holder_asked(question)
    if person and not new_names and holder:
        new_names = unasked(surnames_alone_in(passage), question)  # "Guaido, who heads the National Assembly"
    if not new_names:
        return False
    body = asked_body(question, holder_end)
    if not _names_the_possessor(question, passage) or not names_the_body(body, passage):
        return False
    if not holder:
        return True
    mentions = role_mentions(question, holder, passage)
    if body:  # "the commander of the National Guard" is not "Guard members who joined opposition leader Guaido"
        mentions = [mention for mention in mentions if of_the_body(mention, passage, body)]
    return _beside(mentions, passage, new_names) and not _only_other_countries(question, passage, mentions)


def _names_the_possessor(question: str, passage: str) -> bool:
    """Whether the passage names the person whose relative or aide is asked about ("Damiba's wife", "la esposa de
    Keita" are not answered by "Ortega and his wife, Rosario Murillo"); a country's or an office's role is checked
    elsewhere."""
    possessor = _POSSESSOR.search(question)
    if possessor and _GOVERNMENT_POST.search(possessor.group()):
        return True  # "Maduro's defense minister" is "Defence Minister Vladimir Padrino Lopez", his name unrepeated
    names = _person_named(possessor or _POSSESSOR_ES.search(question))
    folded = fold(passage)
    return not names or any(fold(name) in folded for name in names)


def _person_named(possessor: re.Match[str] | None) -> list[str]:
    """The words of the person a possessive in a question names ("Damiba" in "Damiba's wife"); none for a country,
    a government or a party ("Venezuela's vice president", "the government's spokesman")."""
    if not possessor:
        return []
    names = possessor.group(1).split()
    return [] if names[0].lower() in _NOT_PEOPLE or countries_in(possessor.group(0)) else names


def role_mentions(question: str, holder: re.Match[str], passage: str) -> list[re.Match[str]]:
    """Where the passage mentions the role the question asks about (any role if the question's is not in the
    table), leaving out deputies and former holders unless the question asks about those."""
    end = holder.end() - len(re.search(r"(?:\s+(?:of|de|del))?$", holder.group(0)).group(0))  # "in charge (of)"
    asked = [
        (match.end() - match.start(), family)
        for family, pattern in role_families()
        for match in pattern.finditer(question)
        if match.start() < end <= match.end()
    ]
    if asked:
        pattern = dict(role_families())[max(asked)[1]]
    elif holder.re is NAME_OF_ROLE:  # "the name of his nephew": that very word
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
    spans = [(m.start(), m.end()) for name in names for m in re.finditer(as_written(name), passage)]
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
                if _SENTENCE_END.search(before) or ends_in_possessive(passage, end):
                    continue  # "Mr Maduro's defence minister" names whose minister, not who
                if _NAMED_AS.search(before) or (len(before) <= _BEFORE_ROLE and _APPOSITION.match(before)):
                    return True
    return False


def _only_other_countries(question: str, passage: str, mentions: list[re.Match[str]]) -> bool:
    """Whether the question names a country and every mention of the role belongs to another one."""
    wanted = countries_in(question)
    if not wanted:
        return False
    for mention in mentions:
        owners = owners_of(mention, passage)
        if not owners or owners & wanted:
            return False
    return True


def owners_of(mention: re.Match[str], passage: str) -> set[str]:
    """The countries named just before the post at `mention` ("his Russian counterpart, Foreign Minister")."""
    return countries_in(passage[max(0, mention.start() - _OWNER_BEFORE) : mention.start()])
