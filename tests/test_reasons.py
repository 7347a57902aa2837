"""Why someone named did something is told only by a passage naming them."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.reasons import names_whom_the_reason_is_about

WRESTLING = "Guaido and Maduro are wrestling for control of Venezuela's military, which will be key to its future."


@pytest.mark.parametrize(
    "question",
    ["Why does Greece back Maduro instead of Guaido?", "Why does China back Maduro? Like what does China get out of it?"],
)
def test_a_reason_for_what_a_named_country_does_needs_that_country_named(question):
    assert not fits_answer_type(question, WRESTLING)
    assert names_whom_the_reason_is_about(question, "Greece and China back Maduro over Guaido because of their loans to him.")


def test_any_word_of_a_name_in_any_spelling_or_a_pronoun_names_a_person():
    question = "¿Por qué Leopoldo López se mudó de la residencia del embajador chileno a la embajada de España?"
    assert names_whom_the_reason_is_about(question, "Lopez moved to the Spanish embassy because he feared arrest.")
    assert not names_whom_the_reason_is_about(question, "Maduro was sworn in for a second term in January.")
    assert names_whom_the_reason_is_about(question, "They moved because the residence was too small.")
    spelt_otherwise = "¿Por qué no pudo despegar el avión de Yanukóvich en Donetsk?"
    assert names_whom_the_reason_is_about(spelt_otherwise, "Yanukovych's plane was stopped at Donetsk airport.")


def test_only_the_country_doing_what_is_explained_must_be_named():
    assert not names_whom_the_reason_is_about("Why did Russia send troops to Venezuela?", "Cuba's troops guard Maduro.")
    assert names_whom_the_reason_is_about("Why did Russia send troops to Venezuela?", "Moscow's ally is Maduro.")
    assert names_whom_the_reason_is_about("Why does Putin care who runs Venezuela?", "Putin backs Maduro over oil.")


def test_a_question_naming_no_one_or_asking_no_reason_is_not_checked():
    assert names_whom_the_reason_is_about("why did most of the military stick with maduro", WRESTLING)
    assert names_whom_the_reason_is_about("What does Greece think of Maduro?", WRESTLING)
