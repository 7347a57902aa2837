"""What came of a call between two named people is not told by a report that it was due, nor of one of them alone."""

from __future__ import annotations

import pytest

from index.exchanges import without_the_exchange

DUE = (1, "Pompeo was also due to speak with his Russian counterpart, Foreign Minister Sergei Lavrov, on Wednesday.")
ONE_OF_THEM = (2, "Russia's foreign ministry has said Pompeo's claim that Moscow had convinced Maduro was fake news.")
DONE = (3, "Pompeo spoke with Lavrov by phone on Wednesday. Lavrov told Pompeo that any US action would be dangerous.")


@pytest.mark.parametrize(
    "question",
    [
        "What did Pompeo and Lavrov agree on during their phone call?",
        "how did the pompeo lavrov call go? did anything come out of it",
        "Did Pompeo's Wednesday conversation with Sergei Lavrov produce any agreement on Venezuela?",
        "¿Qué acordaron Lavrov y Pompeo en su conversación del miércoles?",
    ],
)
def test_what_came_of_a_call_needs_a_passage_telling_it_with_both_sides(question):
    assert without_the_exchange(question, [DUE, ONE_OF_THEM, DONE]) == {1, 2}


@pytest.mark.parametrize(
    "question",
    [
        # The plan itself, what one side said in it, a verb of naming: not what came of an exchange that took place.
        "Who was Pompeo due to speak with on Wednesday after Lavrov's call?",
        "What did Lavrov tell Pompeo during their call?",
        "what did pompeo and lavrov call themselves",
        "Where did Pompeo meet Lavrov?",
    ],
)
def test_other_questions_about_the_two_set_nothing_aside(question):
    assert without_the_exchange(question, [DUE, ONE_OF_THEM, DONE]) == set()
