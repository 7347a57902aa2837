"""What an acronym stands for is answered only by a passage that spells it out."""

from __future__ import annotations

import pytest

from index.acronyms import asked_acronym
from index.answertype import fits_answer_type


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("what does the acronym csto stand for", "The Collective Security Treaty Organisation (CSTO) sent troops."),
        ("¿Qué significa SEBIN?", "El Servicio Bolivariano de Inteligencia Nacional (SEBIN) lo liberó."),
        ("What does NLD stand for?", "Leaders of the National League for Democracy were detained."),
    ],
)
def test_a_passage_spelling_the_acronym_out_can_answer(question, passage):
    assert fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("what does the acronym SEBIN stand for?", "The head of SEBIN, the Venezuelan intelligence force, defected."),
        ("What does ZBC stand for?", "The army seized state broadcaster ZBC overnight."),
        ("what does SEBIN actually stand for", "The head of SEBIN, the Venezuelan intelligence force, defected."),
    ],
)
def test_a_passage_only_using_the_acronym_cannot_answer(question, passage):
    assert not fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "acronym"),
    [
        ("What does G40 stand for?", "G40"),
        ("what do the letters pdvsa stand for", "PDVSA"),
        ("What does Guaido stand for?", None),
        # Asked as a name's meaning: "the name of the human rights group Provea".
        ("What does the name of the human rights group Provea stand for?", "PROVEA"),
        ("What did the SEBIN chief say?", None),
    ],
)
def test_only_questions_about_an_acronym_ask_for_one(question, acronym):
    assert asked_acronym(question) == acronym
