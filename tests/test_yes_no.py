"""Yes-or-no questions about a named country or person: a passage never naming them cannot say yes or no."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type

RECOGNISED = "Brazil and the United States are among dozens of countries that have recognised Guaido as president."


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        ("Does Japan recognize Guaido as Venezuela's president?", RECOGNISED, False),
        ("Does Brazil recognize Guaido as Venezuela's president?", RECOGNISED, True),
        ("has china loaned venezuela more money than russia has?", "Moscow has handed the country $17billion.", False),
        # A country by its people or its capital.
        ("Did Russia lend Venezuela money?", "Moscow has handed the country some $17billion in loans.", True),
        ("Did the US send troops?", "The Russians have a small military force in the country.", False),
        # A passage naming no country at all may be speaking of the asked one.
        ("Did the US lift its sanctions on Figuera?", "The Treasury lifted sanctions on Figuera on May 7.", True),
        # A person by their surname.
        ("Did Figuera return to Venezuela?", "The general's wife is currently outside the country.", False),
        ("Did Maduro flee to Cuba?", "CNN reported that Maduro attempted to flee Venezuela by plane for Cuba.", True),
        ("Did Maduro flee to Cuba?", "He attempted to flee by plane for Cuba.", True),
        ("Did Maduro flee to Cuba?", "Mr Lopez said he had fled to the embassy.", False),
        # Asked of someone else's ("Venezuela's army"), or of no one named: not checked here.
        ("Is Venezuela's army loyal to Maduro?", "The majority of the troops seemed to remain loyal to him.", True),
        ("Was anyone hurt?", "A 24-year-old man was shot and killed in La Victoria.", True),
    ],
)
def test_a_yes_or_no_question_about_someone_needs_them_named(question, passage, answers):
    assert fits_answer_type(question, passage) is answers
