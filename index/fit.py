"""Which read passages cannot hold what a question asks for, so that the reader does not read them and the quotes
put them last: the answer-type checks on the passage's words (`answertype`: a date for "when", a name for
"who is"…), and the country. A question naming a country (or its capital, or its people) is not answered by a
report whose article names none of the countries it asks about: "how many were injured in Kazakhstan?" by a
report from Bolivia. The article, not the passage, is checked: a report from Caracas need not repeat
"Venezuela" in every paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable

from index.answertype import fits_answer_type
from index.countries import countries_in
from index.state import IndexState


def lacking_rows(question: str, passages: Iterable[tuple[int, str]], state: IndexState) -> set[int]:
    """The rows of `passages` (row, text) that cannot answer `question`, by the coarse checks and the country."""
    asked = countries_in(question)
    lacking = set()
    for row, text in passages:
        places = state.occurrences_of(row)
        published = state.articles[int(places[0][1])].published
        holds_the_kind = fits_answer_type(question, text, published.year if published else None)
        if not (holds_the_kind and _names_an_asked_country(asked, places[:, 1], state)):
            lacking.add(row)
    return lacking


def _names_an_asked_country(asked: set[str], articles: Iterable[int], state: IndexState) -> bool:
    """Whether one of `articles` names one of the `asked` countries (always true when none is asked about)."""
    return not asked or any(asked & state.countries_of_article(int(article)) for article in articles)
