"""Whom someone called out by name is told only by naming them."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.identified import names_whom_one_named

CALLING_OUT = "Update: John Bolton calling out Maduro supporters by name."


@pytest.mark.parametrize(
    "question",
    [
        "Which Maduro supporters did John Bolton call out by name?",
        "who did bolton single out?",
        "Which officials did Bolton list?",
        # Told first, then asked after a sentence break.
        "bolton was apparently calling out maduro supporters by name... which names did he actually list?",
        "bolton called out maduro supporters by name... which names? like who exactly",
    ],
)
def test_whom_someone_called_out_needs_someone_named(question):
    assert not fits_answer_type(question, CALLING_OUT)
    assert fits_answer_type(question, "Bolton called out Defence Minister Vladimir Padrino Lopez and Maikel Moreno.")


@pytest.mark.parametrize(
    "question",
    [
        "which Maduro supporters did Bolton call out by name",
        "Bolton called out Maduro supporters by name... which names? like who exactly",
        "Bolton called out some Maduro people by name, which ones?",
        "Bolton called out Maduro supporters by name, which names did he list",
    ],
)
def test_whom_someone_named_is_told_only_where_they_are_named_or_spoken_of(question):
    cabello = "Socialist party boss Diosdado Cabello called on government supporters to amass at the palace."
    assert not names_whom_one_named(question, cabello)
    rival = "Mario Diaz-Balart spoke after Juan Guaido called for his rival President Nicolas Maduro to go."
    assert not names_whom_one_named(question, rival)
    assert names_whom_one_named(question, "He singled out Diosdado Cabello and Vladimir Padrino.")


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # Naming oneself, or a thing's name, is not calling others out.
        ("Who named himself interim president?", "The opposition leader said he was the acting president."),
        ("What is the name of the VPITV journalist?", "A VPITV journalist was injured during the clashes."),
    ],
)
def test_other_questions_with_names_are_left_to_other_checks(question, passage):
    assert names_whom_one_named(question, passage)
