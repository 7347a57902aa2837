"""When something still to come will happen is not told by a passage dating only what has happened."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type

PAST = (
    "Tensions in Venezuela have soared since Guaido, who heads the National Assembly, announced on January 23 that he "
    "was the acting president under the constitution as Maduro had been fraudulently re-elected last year."
)
PLANNED = "Guaido said fresh elections will be held in December, within a year of his taking office."


@pytest.mark.parametrize(
    "question",
    [
        "so when are the new elections guaido wants actually gonna happen",
        "whens the next election in venezuela supposed to be",
        "when does guaido want to hold the new elections",
        "¿Para cuándo serían las nuevas elecciones que quiere convocar Guaidó?",
    ],
)
def test_a_time_still_to_come_needs_a_passage_telling_of_the_future(question):
    assert not fits_answer_type(question, PAST)
    assert fits_answer_type(question, PLANNED)


@pytest.mark.parametrize(
    "question",
    [
        # What has happened, or nothing asked as still to come.
        "when was Maduro re-elected?",
        "when did the new interim president declare himself?",
        "When did Guaido announce he was the acting president?",
    ],
)
def test_a_time_already_past_may_be_told_by_a_passage_dating_the_past(question):
    assert fits_answer_type(question, PAST)


def test_a_spanish_question_opening_with_para_cuando_asks_for_a_time():
    question = "¿Para cuándo convocó Guaidó la marcha?"
    assert not fits_answer_type(question, "Guaidó convocó a la mayor marcha de la historia de Venezuela.")
    assert fits_answer_type(question, "Guaidó convocó a la mayor marcha de la historia para el 1 de mayo.")
