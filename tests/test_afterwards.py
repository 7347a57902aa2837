"""What came after an event is not told by a passage whose story ends with that event."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type

ENDS_AT_THE_EMBASSY = (
    "Later on Tuesday, Mr Lopez and his family sought refuge in the Chilean ambassador's residence in Caracas. They "
    "later moved to the Spanish embassy. There were also reports that 25 troops who had been with Mr Guaido fled to "
    "Brazil's diplomatic mission."
)
RELEASED_THEN_REFUGE = (
    "Opposition supporters celebrated the release of Leopoldo Lopez from house arrest, the former opposition leader "
    "immediately sought refuge in the Chilean embassy."
)


@pytest.mark.parametrize(
    "question",
    [
        "Where did Leopoldo Lopez go after leaving the Spanish embassy?",
        "a que pais se fue leopoldo lopez despues de la embajada española?",
        "what happened to leopoldo lopez after he went to the spanish embassy, did he ever leave venezuela?",
        # "Mudarse" is read as "move": the move to the embassy is the event.
        "¿Qué pasó con Leopoldo López después de mudarse a la embajada de España?",
    ],
)
def test_a_passage_ending_with_the_event_tells_nothing_after_it(question):
    assert not fits_answer_type(question, ENDS_AT_THE_EMBASSY)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # What came next is told in the same sentence, in a clause after the event's.
        ("Once he got out of house arrest, where did Leopoldo Lopez go to hide out?", RELEASED_THEN_REFUGE),
        # The event is told as what came first.
        (
            "Where did Lopez go after leaving the Spanish embassy?",
            "After leaving the Spanish embassy, Lopez flew to Madrid.",
        ),
        # A later sentence goes on with "he" or "they".
        (
            "Where did Lopez go after leaving the Spanish embassy?",
            "Lopez was seen leaving the Spanish embassy. He then flew to Madrid with his family.",
        ),
        # A later sentence names what the question names: Lopez.
        (
            "Where did Lopez go after leaving the Spanish embassy?",
            "Lopez was seen leaving the Spanish embassy. Madrid welcomed Lopez on Friday.",
        ),
    ],
)
def test_a_passage_going_on_after_the_event_may_answer(question, passage):
    assert fits_answer_type(question, passage)


def test_going_after_someone_is_no_event_asked_after():
    question = "which US senator spent the whole morning tweeting and went after CNN for calling it a coup?"
    passage = (
        "Senator Marco Rubio has been tweeting about this all morning, including some criticism of CNN's coverage "
        "calling this a coup"
    )
    assert fits_answer_type(question, passage)
