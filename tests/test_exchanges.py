"""What came of a call between two named people is not told where the articles tell of it only as due."""

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
        "did anything come of pompeo's wednesday call with lavrov?",
        "Did Pompeo's Wednesday conversation with Sergei Lavrov produce any agreement on Venezuela?",
        "¿Qué acordaron Lavrov y Pompeo en su conversación del miércoles?",
        # What one side told the other in it is asked the same way; "when they spoke" asks no time of a plan.
        "What did Lavrov tell Pompeo during their call?",
        "What did Sergei Lavrov tell Pompeo when they spoke about Venezuela on Wednesday?",
        "What did Lavrov tell Pompeo on the phone?",
        "What did Lavrov tell Pompeo in that call?",
        "¿Qué le dijo Lavrov a Pompeo durante su llamada?",
        "¿A qué acuerdo llegaron Pompeo y Lavrov después de hablar?",
        # The plan told first, what came of it asked after.
        "Pompeo was supposed to talk to Lavrov on Wednesday, what did they end up agreeing on",
        "pompeo and lavrov were supposed to talk wednesday, what did they end up agreeing on",
        "pompeo and lavrov were supposed to talk wednesday, what did they actually say to each other",
        "Pompeo was supposed to talk to Lavrov on Wednesday — did they agree on anything?",
        "follow-up: pompeo and lavrov were supposed to talk wednesday — what came out of that call?",
        "So Pompeo was supposed to talk to Lavrov on Wednesday. What did the two of them agree on in that call?",
        # Whether the call happened at all.
        "did pompeo and lavrov end up talking, and what came of it?",
        "did pompeo and lavrov actually end up talking on wednesday, and what came of it?",
        "Pompeo was due to speak with Lavrov on Wednesday, did they actually speak?",
        "did pompeo and lavrov actually talk about venezuela?",
    ],
)
def test_a_call_told_only_as_due_leaves_no_passage_to_say_what_came_of_it(question):
    assert without_the_exchange(question, [DUE, ONE_OF_THEM]) == {1, 2}
    # Told as done somewhere: the reader judges every passage.
    assert without_the_exchange(question, [DUE, ONE_OF_THEM, DONE]) == set()


def test_an_exchange_never_told_with_both_sides_together_is_left_to_the_reader():
    question = "How did the conversation between Tucker Carlson and Diaz-Balart go?"
    interview = [
        (1, "Tucker Carlson asked: 'Are you saying the Russians will put missiles there?'"),
        (2, "Mr Diaz-Balart then replied: 'What I am suggesting is that they are already there.'"),
    ]
    assert without_the_exchange(question, interview) == set()


@pytest.mark.parametrize(
    "question",
    [
        # The plan itself, its time, what someone said of it, a verb of naming: not what came of an exchange that took
        # place.
        "Who was Pompeo due to speak with on Wednesday after Lavrov's call?",
        "When was Pompeo due to tell Lavrov about the call?",
        "What did Bolton say about Pompeo's call with Lavrov?",
        "Who told reporters about the Pompeo Lavrov call?",
        "What did Pompeo say when he spoke about Lavrov?",
        "what did pompeo and lavrov call themselves",
        "Where did Pompeo meet Lavrov?",
        "Who was Pompeo supposed to talk to on Wednesday, and what about?",
        # The plan told first, then what they agreed to talk about or when: still the plan.
        "Pompeo was due to speak with Lavrov on Wednesday — did they agree on a day?",
        "Pompeo was set to talk to Lavrov on Wednesday — what did they agree to discuss?",
        "pompeo was supposed to talk to lavrov, when was that call?",
        # Whether someone spoke about the two, not whether they talked.
        "Did Bolton ever speak about Pompeo and Lavrov?",
        "Did Pompeo actually speak to the press about Lavrov?",
    ],
)
def test_other_questions_about_the_two_set_nothing_aside(question):
    assert without_the_exchange(question, [DUE, ONE_OF_THEM]) == set()
