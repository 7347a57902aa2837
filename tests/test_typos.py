"""A slip of the keyboard in a word the checks read by is read as the word meant, so the question is checked as it
was meant; names, real words and Spanish are left as typed."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.question import as_the_checks_read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wher was guaido born", "where was guaido born"),
        ("Wher was guaido born", "Where was guaido born"),
        ("what politcal party is guaido in", "what political party is guaido in"),
        ("what happend to figuera", "what happened to figuera"),
        ("was lopez arested", "was lopez arrested"),
        ("how much mony has rosneft sunk into pdvsa", "how much money has rosneft sunk into pdvsa"),
    ],
)
def test_a_slip_in_a_word_the_checks_read_is_mended(typed, read):
    assert as_the_checks_read(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "how many patients were the docs seeing",  # a word with an ending, not "does"
        "How do I reset my wifi router?",  # short words only for a letter left out or two swapped
        "do soldiers wear bandanas to show theyre on Guaido's side?",  # a contraction, not "there"
        "how many us sanction",  # a singular, not "sanctions"
        "what did duque say about zulia",  # names are no slip of a common word
        "who were the spokesmen",  # a plural the dictionary lacks
        "did they injure anyone",  # a word the dictionary holds only as "injured"
        "¿dónde nació guaido?",
    ],
)
def test_real_words_names_and_spanish_are_left_as_typed(typed):
    assert as_the_checks_read(typed) == typed


def test_a_question_with_a_slip_needs_what_the_question_meant_needs():
    passage = "Guaidó, the telegenic 35-year-old leader of the opposition-dominated congress, pressed forward."
    assert not fits_answer_type(as_the_checks_read("wher was guaido born"), passage)
    assert fits_answer_type(as_the_checks_read("wher was guaido born"), "Guaido was born in La Guaira in 1983.")
