"""Whose team a post holder is in, read from the whole corpus: "President Trump, Vice President Mike Pence, Secretary of
State Mike Pompeo" puts Pence in Trump's team, and "Venezuelan President Nicolas Maduro" makes Maduro Venezuela's
president. A passage saying only "Vice President Mike Pence tweeted in support of Guaido" then does not name
Venezuela's vice president, nor Maduro's: the articles place Pence in another leader's team elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from index.countries import countries_in
from index.holder_questions import holder_asked
from index.holders import role_mentions
from index.names import family_names, people_named
from index.text import fold

# A leader's own title, not a vice president's.
LEADERS_TITLE = r"(?:President|Prime Minister|Premier)"
_NAME = r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}"
# A leader followed by the members of the team listed after him: "President Trump, Vice President Mike Pence, …".
_LEADER = re.compile(rf"\b(?<!Vice )(?<!Vice-){LEADERS_TITLE}\s+(?P<leader>{_NAME})")
# One member listed after the leader: a title of capitalised words (and "of", "the"), then the name's last words.
_MEMBER = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<title>(?:(?-i:[A-Z])[\w-]*|of|the)(?:\s+(?:(?-i:[A-Z])[\w-]*|of|the))*?)"
    r"\s+(?P<name>(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+)(?=\s*(?:[,;:.–—]|\band\b|$))"
)
# A leader's own title: one listed after another leader is a peer, not a member of his team.
_A_PEERS_TITLE = re.compile(rf"(?:the\s+)?{LEADERS_TITLE}")
# A country's president named with its adjective or name: "Venezuelan President Nicolas Maduro".
_COUNTRYS_PRESIDENT = re.compile(rf"\b(?P<country>(?-i:[A-Z])[\w.]+)\s+President\s+(?P<leader>{_NAME})")
# The name right after a post: "Vice President Mike Pence".
_NAME_AFTER = re.compile(rf"^\s+(?P<name>{_NAME})")


@dataclass(frozen=True)
class Teams:
    """Each team member's leader, and each country's presidents, by folded family name."""

    leader_of: dict[str, str] = field(default_factory=dict)
    presidents: dict[str, frozenset[str]] = field(default_factory=dict)


def read_teams(texts: Iterable[str]) -> Teams:
    """The teams and presidents that `texts` (every passage naming a president) tell."""
    leader_of: dict[str, str] = {}
    presidents: dict[str, set[str]] = {}
    for text in texts:
        for found in _COUNTRYS_PRESIDENT.finditer(text):
            for country in countries_in(found["country"]):
                presidents.setdefault(country, set()).update(family_names(found["leader"]))
        for found in _LEADER.finditer(text):
            leader = fold(found["leader"].split()[-1].lower())
            rest = text[found.end() :]
            while member := _MEMBER.match(rest):
                if not _A_PEERS_TITLE.fullmatch(member["title"]):  # "President Trump, President Macron": a peer
                    for name in family_names(member["name"]):
                        leader_of.setdefault(name, leader)
                rest = rest[member.end() :]
    return Teams(leader_of, {country: frozenset(names) for country, names in presidents.items()})


def of_another_leaders_team(question: str, passages: Iterable[tuple[int, str]], teams: Teams) -> set[int]:
    """The rows of `passages` (row, text) whose every mention of the post `question` asks a leader's or a country's
    holder of ("Maduro's vice president", "Venezuela's vice president") names someone the articles place in another
    leader's team: "Vice President Mike Pence" is Trump's."""
    holder = holder_asked(question)
    if holder is None or not teams.leader_of:
        return set()
    owners = set(people_named(question)).union(*(teams.presidents.get(c, ()) for c in countries_in(question)))
    if not owners:
        return set()
    lacking = set()
    for row, text in passages:
        mentions = role_mentions(question, holder, text)
        holders = [_NAME_AFTER.match(text[mention.end() :]) for mention in mentions]
        leaders = [
            {teams.leader_of.get(name) for name in family_names(found["name"])} - {None} if found else set()
            for found in holders
        ]
        if mentions and all(leader and not leader & owners for leader in leaders):
            lacking.add(row)
    return lacking
