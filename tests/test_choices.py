"""A question closing with alternatives ("police or colectivos?") is answered only by a passage holding one of them."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.choices import alternatives, holds_an_alternative
from index.question import as_the_checks_read

TROOPS = "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas."
KILLED = "Provea said a 24-year-old man was shot and killed during a protest in the city of La Victoria."


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("the 25 troops at brazil's embassy, were they officers or regular soldiers", TROOPS),
        ("who actually shot the guy in la victoria, police or colectivos?", KILLED),
        ("gregory jaimes got hurt, was it a bullet or a rubber bullet or what", "Gregory Jaimes was also injured."),
        # The first alternative is as long as the second: "shot" is the question's, not an alternative.
        ("was he shot by police or guardsmen", "He was shot in La Victoria."),
        ("was the letter real or fake", "The SEBIN chief wrote a letter to the Venezuelan people."),
        # Alternatives listed with commas before a closing "what", and a last one of four words.
        ("gregory jaimes got hurt — was it a rubber bullet, a rock, what?", "Gregory Jaimes was also injured."),
        ("what hit gregory jaimes, a rubber bullet or a tear gas can or what", "Gregory Jaimes was also injured."),
    ],
)
def test_a_passage_holding_neither_alternative_cannot_answer(question, passage):
    assert not holds_an_alternative(question, passage)
    assert not fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("who actually shot the guy in la victoria, police or colectivos?", "He was shot by police in La Victoria."),
        ("were they officers or regular soldiers", "Most of the 25 were junior officers."),
        # Alternatives are compared by their first letters: "guardsmen" for the "Guard".
        ("was he shot by police or guardsmen", "He was shot by a member of the National Guard."),
        # Whether something was real is told by its being confirmed or forged, whichever words the question offers.
        ("was that letter from the intelligence guy legit or a fake?", "The letter's authenticity was confirmed."),
    ],
)
def test_a_passage_holding_an_alternative_may_answer(question, passage):
    assert holds_an_alternative(question, passage)


@pytest.mark.parametrize(
    "question",
    [
        # A trailing "or anything", "or smth", "or not" offers no alternative.
        "did bolsonaro say brazil would send troops or anything",
        "guaido was standing on what when it all dragged on, like a bridge or smth",
        "did lopez get arrested or not",
        "does brazil's president think guaido lost or nah",
        # Spanish questions are left alone: their gloss loses where the alternatives begin.
        "¿Fue la policía o fueron los colectivos?",
        "Who shot the man in La Victoria?",
    ],
)
def test_a_question_offering_no_alternatives_is_left_alone(question):
    assert alternatives(question) == (frozenset(), frozenset())
    assert holds_an_alternative(question, KILLED)


MEDICAL_CENTRE = "Doctors were treating 50 people, about half of them with injuries suffered from rubber bullets."


@pytest.mark.parametrize(
    "question",
    [
        # Names typed in lower case reach the checks written as the articles write them.
        "Gregory Jaimes got hurt, was it a bullet or rubber bullet or what",
        "Gregory Jaimes got hurt — was it a rubber bullet, a rock, what?",
        "wat hit Gregory Jaimes, a rubber bullet or a tear gas can or wat",
    ],
)
def test_an_alternative_said_of_other_people_does_not_answer_for_the_person_asked_about(question):
    # The question is about Jaimes; rubber bullets hit other people.
    assert not holds_an_alternative(as_the_checks_read(question), MEDICAL_CENTRE)
    assert holds_an_alternative(as_the_checks_read(question), "Gregory Jaimes was hit by a rubber bullet.")
    assert holds_an_alternative("was it a bullet or a rubber bullet?", MEDICAL_CENTRE)
