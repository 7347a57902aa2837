"""Someone of a named outlet ("which CNN reporter…?") is told of only by a passage naming that outlet."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.outlets import names_the_outlet

CUBAN_CRISIS = "Putin's support of Maduro has been compared to the Cuban Missile Crisis, said Mario Diaz-Balart."


@pytest.mark.parametrize(
    "question",
    [
        "Which CNN reporter said Maduro tried to fly to Cuba?",
        "who was cnn's source for the story that maduro tried to fly to cuba?",
        "Who was the MSNBC commentator who said guns equal power in Venezuela?",
        "Which Fox Business host interviewed Pompeo?",
        "which reporter for the Washington Post wrote about the plane?",
        "¿Qué periodista de CNN dijo que Maduro quiso huir a Cuba?",
    ],
)
def test_someone_of_a_named_outlet_needs_a_passage_naming_it(question):
    assert not names_the_outlet(question, CUBAN_CRISIS)
    assert not fits_answer_type(question, CUBAN_CRISIS)
    # Named in another form: "Fox" for "Fox Business", "CNN's" for "CNN".
    assert names_the_outlet(question, "According to CNN's and Fox's reports, MSNBC and the Washington Post agree.")


@pytest.mark.parametrize(
    "question",
    [
        "Who interviewed Pompeo on Fox Business?",  # where it was said, not someone of it
        "Which Moscow spokeswoman called Pompeo's claim fake news?",  # a city's people are no outlet
        "what did the ap reporter say",  # "ap" typed in lower case is no Associated Press
        "Which reporter was shot in Caracas?",
    ],
)
def test_other_questions_are_left_to_the_other_checks(question):
    assert names_the_outlet(question, CUBAN_CRISIS)
