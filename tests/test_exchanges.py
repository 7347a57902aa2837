"""How a call between two named people went is not told by a report that it was due, nor by a passage about one of them."""

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
        "¿Qué le respondió Serguéi Lavrov a Pompeo en su conversación del miércoles sobre Venezuela?",
    ],
)
def test_a_call_asked_about_as_done_needs_a_passage_telling_it_with_both_sides(question):
    assert without_the_exchange(question, [DUE, ONE_OF_THEM, DONE]) == {1, 2}


@pytest.mark.parametrize(
    "question",
    [
        # The plan itself, one person's call, a verb of naming: no exchange between two people asked about as done.
        "Who was Pompeo due to speak with on Wednesday?",
        "What did Diosdado Cabello say in his call to state TV?",
        "what did the rebel soldiers call themselves",
        "Where did Pompeo speak?",
    ],
)
def test_other_questions_set_nothing_aside(question):
    assert without_the_exchange(question, [DUE, ONE_OF_THEM, DONE]) == set()
