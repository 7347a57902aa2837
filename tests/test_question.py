"""A question is checked once and stemmed once: the engine and the renderer use what the check produced."""

from __future__ import annotations

import pytest

from bot.render.answers import answer_pages
from index.errors import QuestionError
from index.library import Library
from index.question import as_the_checks_read, read_question
from index.results import Answer, Question, Quote, Source


def test_a_checked_question_carries_its_terms_to_the_highlighting():
    # The text does not say "SEBIN"; the terms the check produced do, and the quote is highlighted by them.
    question = Question("who runs the secret police", ["sebin"])
    source = Source("a", "Title", "Outlet", "2019-05-01", "", 0, 21)
    page = answer_pages(Answer(question, (Quote("The SEBIN chief spoke", 1.0, source),)), 3, 5)[0]
    assert "**SEBIN**" in page.fields[0].value


def test_the_models_and_word_search_read_a_slip_of_the_keyboard_as_the_word_meant():
    # Word search and both models read the question's text: "cheif" matched no "chief" in any passage.
    question = read_question("how did venezuela's defense cheif describe guaido's action")
    assert str(question) == "how did venezuela's defense chief describe guaido's action"
    assert "chief" in question.terms
    assert str(read_question("¿Quién es el jefe de la defensa?")) == "¿Quién es el jefe de la defensa?"


def test_the_engine_takes_a_checked_question_without_checking_it_again(corpus_dir, tmp_path, fake_embedders):
    library = Library(corpus_dir, tmp_path / "index", fake_embedders)
    library.build(who="test")
    long_question = "Who leads SEBIN? " + "Tell me more about the secret police. " * 40
    with pytest.raises(QuestionError):
        read_question(long_question)  # over the engine's limit
    checked = Question(long_question, ["sebin", "secret", "polic"])  # what a check made, taken as it is
    answer = library.ask(checked)  # no QuestionError: the engine does not check it again
    assert answer.question is checked and "sebin" in answer.question.terms


def test_the_command_line_and_the_bot_share_one_length_limit(tmp_path, capsys):
    from bot.cogs.ask import AskCog
    from index.cli import main

    at_limit, over = "why " * 74 + "now?", "why " * 75 + "now?"  # 300 and 304 characters
    assert main(["ask", over, "--index-dir", str(tmp_path)]) == 1
    assert capsys.readouterr().err == "error: the question is 304 characters long; the limit is 300\n"
    assert main(["ask", at_limit, "--index-dir", str(tmp_path)]) == 1  # refused for the missing index only
    assert "limit" not in capsys.readouterr().err
    # The bot checks with the same function, and Discord's own box stops at the same length.
    (option,) = AskCog.ask_slash.parameters
    assert option.max_value == 300


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("whens the next election supposed to be", "when is the next election supposed to be"),
        ("Wheres Fort Tiuna?", "Where is Fort Tiuna?"),
        ("wat did cabello say", "what did cabello say"),
        ("whos maduros wife", "who is maduros wife"),
        ("the ally thats been holed up", "the ally that is been holed up"),
        ("the 24 yr old killed in la victoria, how many ppl", "the 24 year old killed in la victoria, how many people"),
        ("what was the name of the 24yo killed", "what was the name of the 24 year old killed"),
        ("yo who is the 24 y/o guy", "who is the 24 year old guy"),
        ("when did guaido declare himself acting prez", "when did guaido declare himself acting president"),
        ("the vehicle that drove thru the crowd", "the vehicle that drove through the crowd"),
        # After "the", "us" can only be the country: "tell us" stays a pronoun.
        ("did the us send troops? tell us", "did the US send troops? tell us"),
        ("what did the eu and the un say", "what did the EU and the UN say"),
        # Chat openers are dropped, so checks reading a question from its start read it; "so many" is no opener.
        ("so who's the head of the supreme court", "who's the head of the supreme court"),
        ("¿Y quién es el jefe del SEBIN?", "¿quién es el jefe del SEBIN?"),
        ("wait, whens the vote", "when is the vote"),
        ("So many people died?", "So many people died?"),
        # An owner's age typed without the apostrophe.
        ("diaz-balart age?", "what is diaz-balart's age?"),
        # Not an age of a kind, nor after an "s" (`truecase` reads "maduros" as "Maduro's" when Maduro is named).
        ("what is military age?", "what is military age?"),
        ("what is evo morales age", "what is evo morales age"),
        # Words that only contain one are left alone.
        ("What happened to the watchmen?", "What happened to the watchmen?"),
        # Words given as alternatives with a slash.
        ("name of the clinic/medical centre near la carlota", "name of the clinic or medical centre near la carlota"),
        # "who" or "where" stressed asks the plain question; "when exactly" asks a finer date, "what exactly" the words.
        ("Who exactly was the US official that confirmed it?", "Who was the US official that confirmed it?"),
        ("where actually is fort tiuna", "where is fort tiuna"),
        ("when exactly was the election", "when exactly was the election"),
        ("what exactly did trump write", "what exactly did trump write"),
        # A hyphen typed between two clauses is read as a comma; one inside a word is left alone.
        ("the plane for maduro - which airport was it at?", "the plane for maduro, which airport was it at?"),
        ("what did diaz-balart say", "what did diaz-balart say"),
        # A request opening a question about the same thing is the question; a request alone is left as typed.
        ("tell me about simon bolivar, who was he", "who was simon bolivar"),
        ("wat's the story of simon bolivar, who was he", "who was simon bolivar"),
        # What is told first, then asked "why" alone.
        ("Figuera's wife is outside the country, why", "why Figuera's wife is outside the country?"),
        ("figuera's wife left, but why?", "why figuera's wife left?"),
        ("tell me about the uprising", "tell me about the uprising"),
    ],
)
def test_the_checks_read_chat_spellings_of_question_words_written_out(typed, read):
    assert as_the_checks_read(typed) == read
