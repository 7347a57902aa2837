"""Someone's exact words are given by a passage quoting that speaker, not another."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type

MAY_DAY = "What did Maduro actually say in his May Day rally speech?"
GUAIDO_URGED = (
    "Juan Guaido issued a rallying cry via Twitter in which he urged people back on to the streets for fresh May Day "
    "protests against Nicolas Maduro."
)


def test_another_speakers_words_do_not_give_the_asked_speakers():
    assert not fits_answer_type(MAY_DAY, GUAIDO_URGED)
    pence = "Vice President Mike Pence tweeted in support of Guaido: 'Estamos con ustedes, we are with you!'"
    assert not fits_answer_type("What exactly did President Trump say in his tweet?", pence)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (MAY_DAY, "Maduro told the May Day rally: 'The coup has failed, and the traitors will pay for it.'"),
        # Named right after the words, or spoken of as "he" in a passage naming no one else.
        (
            "What did Cabello actually say in his phone call to state TV?",
            '"We\'re going to Miraflores palace to defend the revolution," said Cabello in a phone call to state TV.',
        ),
        ("What exactly did Figuera write?", "He lamented that 'the hour has arrived to look for other ways of politics'."),
    ],
)
def test_the_asked_speakers_words_may_answer(question, passage):
    assert fits_answer_type(question, passage)
