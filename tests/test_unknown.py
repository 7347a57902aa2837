"""A passage saying the very thing asked is not known yet answers honestly; one saying something else is unknown
does not answer."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type

TOLL_UNKNOWN = (
    "As Venezuelans prepare for a second day of unrest, the number of dead and wounded in Tuesday's clashes hasn't "
    "yet been reported."
)


@pytest.mark.parametrize(
    "question",
    [
        "do we know yet how many died or got hurt on tuesday?",
        "How many people were wounded in Tuesday's clashes?",
        "ya se sabe cuántos muertos hubo?",
        "how many casualties were there",
    ],
)
def test_a_toll_not_yet_reported_answers_how_many_died_or_were_hurt(question):
    assert fits_answer_type(question, TOLL_UNKNOWN)


@pytest.mark.parametrize(
    "question",
    [
        # Sharing only the day: arrests are not the dead and wounded.
        "How many protesters were arrested on Tuesday?",
        "¿Cuánta gente fue detenida el martes?",
        # Sharing only another clause of the sentence: the unrest is known, its toll is not.
        "How many Venezuelans are preparing for more unrest?",
        # Sharing nothing: the blackout's date is not what is unknown.
        "When was the big nationwide blackout in Venezuela in 2019?",
    ],
)
def test_something_else_not_yet_reported_does_not_answer(question):
    assert not fits_answer_type(question, TOLL_UNKNOWN)


def test_what_is_unclear_may_follow_the_word():
    passage = "Gunshots have been heard but it's unclear who is shooting at whom."
    assert fits_answer_type("How many people were shooting?", passage)
    assert not fits_answer_type("How many soldiers defected?", passage)
