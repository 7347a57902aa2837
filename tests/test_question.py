"""A question is checked once and stemmed once: the engine and the renderer use what the check produced."""

from __future__ import annotations

import pytest

from bot.render.answers import answer_pages
from index.errors import QuestionError
from index.library import Library
from index.results import Answer, Question, Quote, Source
from index.search import read_question


def test_a_checked_question_carries_its_terms_to_the_highlighting():
    # The text does not say "SEBIN"; the terms the check produced do, and the quote is highlighted by them.
    question = Question("who runs the secret police", ["sebin"])
    source = Source("a", "Title", "Outlet", "2019-05-01", "", 0, 21)
    page = answer_pages(Answer(question, (Quote("The SEBIN chief spoke", 1.0, source),)), 3, 5)[0]
    assert "**SEBIN**" in page.fields[0].value


def test_the_engine_takes_a_checked_question_without_checking_it_again(corpus_dir, tmp_path, fake_embedders):
    library = Library(corpus_dir, tmp_path / "index", fake_embedders)
    library.build(who="test")
    long_question = "Who leads SEBIN? " + "Tell me more about the secret police. " * 40
    with pytest.raises(QuestionError):
        read_question(long_question)  # over the engine's own limit of 1,000 characters
    checked = read_question(long_question, max_chars=2000)  # as the bot checks with its own limit
    answer = library.ask(checked)  # no QuestionError: the engine does not check it again
    assert answer.question is checked and "sebin" in answer.question.terms
