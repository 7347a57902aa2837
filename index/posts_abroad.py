"""Questions asking who holds a post in a country ("who is Sudan's foreign minister?") against a passage from a
story about another country: such a passage answers only when it names that country's holder as the country's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from index.countries import countries_in
from index.holder_questions import holder_asked
from index.holders import owners_of, role_mentions


def of_other_countries_only(
    question: str, passage: str, about: Iterable[str | None], prominent: Iterable[str] = ()
) -> bool:
    """Whether `question` asks who holds a post in a country that its passage's articles are not `about` (name
    most), and that the passage either does not name or names only apart from the post: "who is Sudan's foreign
    minister?" is not answered by a paragraph of a story about Algeria, but "who is Belarus's interior minister?" may
    be by a Belarus story's paragraph on the EU's sanctions. A country `prominent` in the articles (named at least
    half as often as the one named most) may own a post the passage names without a country."""
    wanted = _countries_of_the_post(question)
    about = {country for country in about if country}
    if not wanted or wanted & about:
        return False
    if not countries_in(passage) & wanted:
        return True
    if not about or wanted.intersection(prominent):
        return False
    # The passage names the asked country, but in a story about another one (the asked country named less than half
    # as often), a post named without its country is that one's: "Supporting 'interim' President Juan Guaido: •
    # Brazil • Colombia" names no president of Brazil.
    holder = holder_asked(question)
    mentions = role_mentions(question, holder, passage) if holder else []
    return bool(mentions) and not any(_of_the_country(mention, passage, wanted) for mention in mentions)


def _of_the_country(mention: re.Match[str], passage: str, countries: frozenset[str]) -> bool:
    """Whether the post at `mention` is qualified as one of `countries`' ("Brazil's President", "Brazilian
    President", "the president of Brazil")."""
    after = re.match(r"\s+(?:of|de|del)\s+(?:the\s+)?[\w' -]{1,30}", passage[mention.end() : mention.end() + 40])
    return bool(owners_of(mention, passage) & countries or (after and countries_in(after.group(0)) & countries))


def asks_a_countrys_post(question: str) -> bool:
    """Whether `question` asks who holds a post in a named country ("who is Sudan's foreign minister?")."""
    return bool(_countries_of_the_post(question))


@lru_cache(maxsize=256)  # the same question is checked against each passage read
def _countries_of_the_post(question: str) -> frozenset[str]:
    """The countries whose post holder `question` asks for ("who is Sudan's foreign minister?": Sudan), or none."""
    if not holder_asked(question):
        return frozenset()
    return frozenset(countries_in(question))
