"""Whom someone called out by name is told only by naming them."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.identified import names_whom_one_named
from index.question import as_the_checks_read

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
        "bolton called out maduro supporters by name - which names did he list",
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
        "hot air said Bolton called out Maduro backers by name, who did he name",
    ],
)
def test_whom_someone_named_is_told_only_where_they_are_named_or_spoken_of(question):
    cabello = "Socialist party boss Diosdado Cabello called on government supporters to amass at the palace."
    assert not names_whom_one_named(question, cabello)
    rival = "Mario Diaz-Balart spoke after Juan Guaido called for his rival President Nicolas Maduro to go."
    assert not names_whom_one_named(question, rival)
    assert names_whom_one_named(question, "He singled out Diosdado Cabello and Vladimir Padrino.")


def test_he_naming_someone_else_first_is_not_the_one_who_called_them_out():
    # As the engine checks it: names recased from the articles' spellings.
    question = "Bolton was calling out Maduro supporters by name on twitter, which names did he call out"
    rallying_cry = (
        "Juan Guaido issued a rallying cry to his supporters via Twitter on Tuesday night in which he urged people "
        "back on to the streets for fresh May Day protests against Nicolas Maduro."
    )
    assert not fits_answer_type(question, rallying_cry)
    assert fits_answer_type(question, "On Twitter he singled out Diosdado Cabello and Vladimir Padrino.")


def test_whom_someone_called_out_asked_for_as_they_is_asked_in_the_plain_reading_too():
    question = as_the_checks_read("John Bolton called out Maduro supporters by name, who were they")
    cabello = "Socialist party boss Diosdado Cabello called on government supporters to amass at the palace."
    assert not names_whom_one_named(question, cabello)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # Naming oneself, or a thing's name, is not calling others out.
        ("Who named himself interim president?", "The opposition leader said he was the acting president."),
        ("What is the name of the VPITV journalist?", "A VPITV journalist was injured during the clashes."),
        # Mentioned in the articles themselves: who they are, not whom someone named.
        (
            "who exactly are the colectivos mentioned in the live blog?",
            "Colectivos are the gangs of motorcycle-riding thugs who support the regime.",
        ),
    ],
)
def test_other_questions_with_names_are_left_to_other_checks(question, passage):
    assert names_whom_one_named(question, passage)
