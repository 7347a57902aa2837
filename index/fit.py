"""Which read passages cannot answer a question, judged before the reader reads them (and the few that answer
whatever the reader says: the stated age of the person asked about). Two kinds cannot:

- a passage without the kind of answer asked for, which is also quoted after the others:
  - `answertype`: a date for "when", a count for "how many", a name for "who is"…;
  - `unnamed`: for a name that another passage read leaves unnamed, no mention of the thing at all;
  - `groups`: for "the third official", no mention of officials, or a list of fewer;
  - `relatives`: for someone's wife, no relative where another passage speaks of her; where none does, neither a
    relative (another man's family aside) nor a name its article gives her; for whether two people are related, not
    both named;
  - `days`: for what happened on a given day, only other days, or that day only as ahead;
  - `whose`: for "Colombia's embassy", only Brazil's;
  - `exchanges`: for how a call between two people went, only that it was due, or no mention of them together;
  - `kinds`: for what kind of plane it was, only "a plane" or "by plane", or, beside such a passage, no plane at all;
  - `in_passing`: for why something happened, only "elections boycotted by the opposition", or, beside such a
    passage, no telling of the act at all;
  - `agents`: for who tweeted or posted something, beside a passage telling it with no one doing it ("A tweet
    accompanying the clip claimed…"), no telling of it at all;
  - `outlets`: for which CNN reporter did something, a passage none of whose articles names CNN, in its text, as its
    outlet or in its link;
- `holders`: for who holds a post in one country, a passage not naming it, from articles that name another country
  most (a Belarus story's paragraph on the EU's sanctions may name Belarus's interior minister);
- `teams`: for who holds a post of a leader or a country, a passage naming in it only someone another article lists
  in another leader's team ("Vice President Mike Pence" for Venezuela's vice president);
- `speakers`: for what a country's government said, a passage naming no country from articles about another country
  that name the asked one little ("A defiant President Maduro said…" is no word of China's);
- `subject`: when retrieval's best passage is set aside, one sharing none of the words the question shares with it
  (names, countries and times aside) is about something else;
- a report from elsewhere: a question naming a country (or its capital, or its people) is not answered by a report
  whose article names none of the countries it asks about ("how many were injured in Kazakhstan?" by a report
  from Bolivia). The article, not the passage, is checked: a report from Caracas need not repeat "Venezuela" in
  every paragraph. Such a report is not read, nor shown as related to a declined question, and it is quoted after
  the others. A language is not a country: "what did he say in Spanish?" asks about no report from Spain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache, partial

from index.agents import unmentioned_beside_doerless
from index.answertype import fits_answer_type
from index.antecedents import asks_someones_words, lines_before, someone_else_spoke_before
from index.countries import countries_asked_about, countries_in
from index.days import asks_what_happened_on_a_day, paragraph_naming_a_day_before, told_of_another_day
from index.exchanges import without_the_exchange
from index.groups import without_the_member
from index.identity import AGE, person_aged, states_the_persons_age
from index.in_passing import told_only_in_passing
from index.kinds import without_the_kind
from index.months import of_another_month
from index.outlets import articles_of_the_named_outlet, asked_outlet
from index.posts_abroad import asks_a_countrys_post, of_other_countries_only
from index.question import as_the_checks_read
from index.relatives import unmentioned_relative
from index.speakers import countries_whose_words_are_asked
from index.state import IndexState
from index.subject import off_the_subject
from index.teams import of_another_leaders_team
from index.truecase import recased
from index.unknown_names import unknown_names
from index.unnamed import unmentioned_beside_unnamed
from index.whose import of_another_country
from index.whose_name import unmentioned_beside_unnamed_person


def checked_question(question: str, state: IndexState) -> str:
    """`question` as the checks read it (`as_the_checks_read`), the names it writes in lower case as the articles
    write them ("guaido" → "Guaido")."""
    in_use = state.words_in_use
    return recased(as_the_checks_read(question), in_use.name_spellings, in_use.written_in_lower_case)


def set_aside(checked: str, passages: list[tuple[int, str]], state: IndexState) -> tuple[set[int], set[int]]:
    """The rows of the read `passages` (row, text) the reader is not given, for the question read as `checked`:
    those lacking what it asks for, and reports from elsewhere."""
    return lacking_rows(checked, passages, state), rows_from_elsewhere(checked, [row for row, _ in passages], state)


def lacking_rows(question: str, passages: Iterable[tuple[int, str]], state: IndexState) -> set[int]:
    """The rows of `passages` (row, text) without the date, number, name… that `question` asks for."""
    passages = list(passages)
    if _unknown_names(question, state):
        return {row for row, _ in passages}  # "the Essequibo region": no passage names it
    body = lru_cache(maxsize=None)(state.bodies.body)  # an article is decoded once, for every passage of it judged
    lacking = unmentioned_beside_unnamed(question, passages) | without_the_member(question, passages)
    lacking |= of_another_country(question, passages)
    lacking |= unmentioned_relative(question, passages, lambda row: map(body, _articles_of(row, state)))
    lacking |= without_the_exchange(question, passages) | without_the_kind(question, passages)
    lacking |= told_only_in_passing(question, passages) | unmentioned_beside_unnamed_person(question, passages)
    lacking |= unmentioned_beside_doerless(question, passages)
    lacking |= of_another_leaders_team(question, passages, state.teams)
    primary = {row: _primary_article(row, state) for row, _ in passages}
    dated = [(row, text, state.articles[primary[row]].published) for row, text in passages]
    lacking |= of_another_month(question, dated)
    if asks_what_happened_on_a_day(question):  # only then are the paragraphs before each passage read
        before = {
            row: paragraph_naming_a_day_before(body(primary[row]), int(state.primary(row)[2])) for row, _ in passages
        }
        after = {row: paragraph_after(body(primary[row]), int(state.primary(row)[3])) for row, _ in passages}
        lacking |= told_of_another_day(question, dated, before, after)
    lacking |= of_another_outlet(question, passages, state, body)
    for row, text in passages if asks_someones_words(question) else ():  # the line before each only then
        if someone_else_spoke_before(question, text, lines_before(body(primary[row]), int(state.primary(row)[2]))):
            lacking.add(row)
    for row, text in passages if countries_whose_words_are_asked(question) else ():  # the stories' countries only then
        if _words_of_another_countrys_story(question, text, row, state):
            lacking.add(row)
    for row, text in passages if asks_a_countrys_post(question) else ():
        if of_other_countries_only(question, text, *_story_countries(row, state)):
            lacking.add(row)
    for row, text, published in dated:
        article = partial(body, primary[row])
        if not fits_answer_type(question, text, published.year if published else None, article):
            lacking.add(row)
    return lacking | off_the_subject(question, passages, lacking)


def _words_of_another_countrys_story(question: str, passage: str, row: int, state: IndexState) -> bool:
    """Whether `passage` names no country, in articles about other countries than the one whose government's words
    `question` asks for, and naming that one little: "A defiant President Maduro said…" in a story about Venezuela
    is no word of China's (a passage naming no country is taken for its own story's country's, `speakers.py`)."""
    if countries_in(passage):
        return False
    about, prominent = _story_countries(row, state)
    return not countries_whose_words_are_asked(question) & (about | prominent)


def _story_countries(row: int, state: IndexState) -> tuple[set[str | None], set[str]]:
    """The countries the articles of a passage are about (name most), and those they name prominently."""
    articles = _articles_of(row, state)
    about = {state.country_of_article(article) for article in articles}
    return about, set().union(*(state.prominent_countries(article) for article in articles))


def _unknown_names(question: str, state: IndexState) -> list[str]:
    """The names `question` types that no passage has, besides the outlets of the articles ("according to IBTimes"
    for the International Business Times)."""
    names = unknown_names(question, state.lexical.holds_term, state.words_in_use.has_designation)
    return [name for name in names if not articles_of_the_named_outlet(name, state.articles_by_outlet)]


def paragraph_after(article: str, end: int) -> str:
    """What follows the passage ending at `end` in the text of its article, up to the end of that paragraph or of
    the next one ("" when it ends the article)."""
    return article[end:].strip().split("\n\n", 1)[0]


def of_another_outlet(
    question: str,
    passages: list[tuple[int, str]],
    state: IndexState,
    body: Callable[[int], str] | None = None,
) -> set[int]:
    """The rows of `passages` none of whose articles names, in its text (`body`), outlet or link, the outlet whose
    reporter or source `question` asks which is ("which CNN reporter…?")."""
    outlet = asked_outlet(question)
    if outlet is None:
        return set()
    body = body or state.bodies.body
    articles = {row: _articles_of(row, state) for row, _ in passages}
    naming = {article for article in set().union(*articles.values()) if _names(outlet, article, state, body)}
    return {row for row, of_row in articles.items() if not naming.intersection(of_row)}


def _names(outlet: re.Pattern[str], article: int, state: IndexState, body: Callable[[int], str]) -> bool:
    """Whether an article is of `outlet` ("Fox News", "www.foxnews.com") or names it in its text."""
    own = state.articles[article]
    return any(outlet.search(text or "") for text in (own.source, own.url)) or bool(outlet.search(body(article)))


def _primary_article(row: int, state: IndexState) -> int:
    """The article a passage is quoted from first (its newest)."""
    return int(state.primary(row)[1])


def _articles_of(row: int, state: IndexState) -> list[int]:
    """Every article a passage occurs in (outlets carrying the same paragraph are one passage)."""
    return sorted({int(article) for article in state.occurrences_of(row)[:, 1]})


def rows_from_elsewhere(question: str, rows: Iterable[int], state: IndexState) -> set[int]:
    """The `rows` quoted only from articles that name none of the countries `question` names."""
    asked = countries_asked_about(question)
    if not asked:
        return set()
    return {
        row
        for row in rows
        if not any(asked & state.countries_of_article(article) for article in _articles_of(row, state))
    }


def stated_ages(question: str, passages: Iterable[tuple[int, str]], state: IndexState) -> set[int]:
    """The rows of `passages` (row, text) giving the age of the person `question` asks how old is ("Guaido, 35,"),
    who is named in full in the passage or its article."""
    if not person_aged(question):
        return set()
    # Only a passage stating some age can state the person's; its article's body is read for those alone.
    return {
        row
        for row, text in passages
        if AGE.search(text) and states_the_persons_age(question, text, state.bodies.body(_primary_article(row, state)))
    }
