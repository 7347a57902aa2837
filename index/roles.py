"""The packaged table of roles (`index/data/roles.tsv`): the ways of naming each family of posts ("defence minister",
"ministro de defensa"), read by the checks for who holds a post and by the ordering of answers about how things stand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.packaged import packaged_rows
from index.text import lexical_terms


@lru_cache(maxsize=1)
def _role_rows() -> tuple[tuple[str, str], ...]:
    """The packaged role table as (family, pattern) rows, most specific family first."""
    return tuple((family, pattern) for family, pattern in packaged_rows("roles.tsv", 2))


@lru_cache(maxsize=1)
def role_families() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The packaged role families (a foreign minister is also a "canciller"), most specific first."""
    return tuple((family, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for family, pattern in _role_rows())


@lru_cache(maxsize=1)
def role_word_families() -> dict[str, str]:
    """Each one-word way of naming a role, as a search term (stemmed), with its family: "director", "head" and
    "dirige" are all "leader" ("jef[ea]" is a pattern, so not here); for several families the first listed wins."""
    families: dict[str, str] = {}
    for family, pattern in _role_rows():
        for alternative in pattern.split("|"):
            if re.fullmatch(r"[^\W\d_]+", alternative):  # plain words only; patterns and phrases are skipped
                for term in lexical_terms(alternative):
                    families.setdefault(term, family)
    return families
