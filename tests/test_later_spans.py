"""A span of weeks or months after the events is told only by a passage speaking of such a span."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.later_spans import speaks_of_the_later_span

ON_THE_DAY = "Still, Guaido hasn't given up yet, calling for his Operation Liberty to continue on Wednesday."


@pytest.mark.parametrize(
    "question",
    [
        "what did guaido end up doing the week after the uprising",
        "was guaido arrested in the weeks following the uprising",
        "what happened to guaido in the months after the uprising",
        "¿Qué hizo Guaidó semanas después del levantamiento?",
    ],
)
def test_a_later_span_is_not_told_by_news_of_the_day(question):
    assert not fits_answer_type(question, ON_THE_DAY)


def test_a_passage_speaking_of_that_span_or_a_longer_one_may_tell_it():
    question = "what did guaido end up doing the week after the uprising"
    assert fits_answer_type(question, "Two weeks on, Guaido called for talks in Oslo.")
    assert fits_answer_type(question, "Within months Guaido was calling for talks in Oslo.")
    assert fits_answer_type(question, "Guaido was never arrested, and later left for Colombia.")
    months = "what happened to guaido in the months after the uprising"
    assert not speaks_of_the_later_span(months, "A week passed and Guaido called for talks in Oslo.")
    assert not fits_answer_type(question, "Later on Tuesday, Lopez and his family sought refuge.")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("what did guaido call for the day after the uprising", ON_THE_DAY),
        # What is to come, and a count of years, are asked otherwise.
        ("is maduro planning elections in the coming months", "Maduro proposed bringing forward elections."),
        ("how many years after chavez died did maduro take power", "Maduro took power in 2013 after Chavez died."),
    ],
)
def test_a_question_about_the_day_itself_or_what_is_to_come_is_left_alone(question, passage):
    assert fits_answer_type(question, passage)
