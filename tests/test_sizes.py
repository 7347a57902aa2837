"""How big a force is: a passage must say a size, not count soldiers who did something."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type

ASYLUM = "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas."


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        ("How many soldiers does Venezuela's army have?", ASYLUM, False),
        ("how many russian soldiers or mercenaries are in venezuela exactly", ASYLUM, False),
        ("¿Cuántos soldados tiene el ejército venezolano?", ASYLUM, False),
        # An agency's size too: "how many agents does it have".
        ("how big is the sebin, like how many agents does it have", "At least 25 SEBIN agents surrounded him.", False),
        ("how many agents does SEBIN have", "SEBIN has some 3,000 agents, officials say.", True),
        ("How many soldiers does Venezuela's army have?", "Venezuela has some 95,000 troops under arms.", True),
        ("How many French troops are in Gabon?", "France, which has around 400 troops in the country, spoke.", True),
        ("¿Cuántos soldados estadounidenses hay en Níger?", "There are around 1,100 US troops in Niger.", True),
        ("How many Russian soldiers are in Venezuela?", "A 100-strong Russian contingent landed in Caracas.", True),
        # How many did something, or how many are in a place that is no country: counted, not sized.
        ("How many Venezuelan troops applied for asylum?", ASYLUM, True),
        ("How many Venezuelan troops are in Brazil's embassy?", ASYLUM, True),
    ],
)
def test_the_size_of_a_force_needs_a_size_said(question, passage, answers):
    assert fits_answer_type(question, passage) is answers
