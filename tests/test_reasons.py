"""Why someone named did something is told only by a passage naming them."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.reasons import names_whom_the_reason_is_about

WRESTLING = "Guaido and Maduro are wrestling for control of Venezuela's military, which will be key to its future."


BECAUSE_OF_THE_GENERALS = "The military remained loyal to Maduro because the generals fear prosecution."


@pytest.mark.parametrize(
    "question",
    ["Why does Greece back Maduro instead of Guaido?", "Why does China back Maduro? Like what does China get from it?"],
)
def test_a_reason_for_what_a_named_country_does_needs_that_country_named(question):
    assert not names_whom_the_reason_is_about(question, BECAUSE_OF_THE_GENERALS)
    assert not fits_answer_type(question, WRESTLING)
    assert names_whom_the_reason_is_about(question, "Greece and China back Maduro because of their loans to him.")


def test_a_person_is_named_by_any_word_in_any_spelling_or_by_a_pronoun():
    question = "¿Por qué Leopoldo López se mudó de la residencia del embajador chileno a la embajada de España?"
    assert names_whom_the_reason_is_about(question, "Lopez moved to the Spanish embassy because it was safer.")
    assert not names_whom_the_reason_is_about(question, "Maduro was sworn in for a second term in January.")
    assert names_whom_the_reason_is_about(question, "They moved because the residence was too small.")
    spelt_otherwise = "¿Por qué no pudo despegar el avión de Yanukóvich en Donetsk?"
    assert names_whom_the_reason_is_about(spelt_otherwise, "Yanukovych's plane was stopped at Donetsk airport.")


@pytest.mark.parametrize(
    "question",
    [
        "why did most of the military stick with maduro",
        "What does Greece think of Maduro?",
        # Named after the subject, or a country's adjective: a place may be named otherwise, Venezuela not at all.
        "Why did protesters try to storm La Carlota?",
        "Why did the Venezuelan army stay loyal to Maduro?",
    ],
)
def test_a_question_naming_no_subject_or_asking_no_reason_is_not_checked(question):
    assert names_whom_the_reason_is_about(question, BECAUSE_OF_THE_GENERALS)


DETAINED = (
    "Detained in 2014 for leading a previous round of anti-government unrest, Mr Lopez said he had been released from"
    " house arrest by security forces adhering to an order from Mr Guaido."
)


@pytest.mark.parametrize(
    "question",
    [
        "why did lopez move from the chilean embassy to the spanish one",
        "¿Por qué Leopoldo López se mudó de la residencia del embajador chileno a la embajada de España?",
    ],
)
def test_a_reason_for_what_happened_at_a_kind_of_place_needs_that_kind_of_place_mentioned(question):
    assert not fits_answer_type(question, DETAINED)
    moved = "Mr Lopez left the Chilean ambassador's residence for the Spanish embassy because he feared arrest."
    assert fits_answer_type(question, moved)


def test_a_reason_asked_without_a_kind_of_place_is_left_to_the_reader():
    assert fits_answer_type("Why was López locked up in the first place?", DETAINED)
    storm = "Protesters tried to storm the capital's air base to free the soldiers held there."
    assert fits_answer_type("Why did protesters try to storm La Carlota?", storm)
