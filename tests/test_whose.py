"""A thing asked about as one country's is not told by a passage speaking of it only as another country's."""

from __future__ import annotations

import pytest

from index.whose import of_another_country

BRAZILS_EMBASSY = "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas."
RUSSIAN_WEAPONS = "Venezuela is a major buyer of Russian weapons, having purchased $11billion worth."


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("How many Venezuelan troops applied for asylum at Colombia's embassy in Caracas?", BRAZILS_EMBASSY),
        ("How much did Venezuela spend on Chinese weapons between 2005 and 2013?", RUSSIAN_WEAPONS),
        ("Who is Mexico's foreign minister?", "French Foreign Minister Jean-Yves Le Drian spoke in Paris."),
        ("How many soldiers do Colombia's armed forces have?", "Brazil's armed forces have 300,000 soldiers."),
        # The thing itself in the possessive: the Chilean ambassador's residence is no word of Spain's ambassador.
        (
            "Lopez ended up at the spanish embassy, who was spain's ambassador in Caracas at that point?",
            "Mr Lopez sought refuge in the Chilean ambassador's residence in Caracas. They later moved to the Spanish "
            "embassy.",
        ),
    ],
)
def test_a_thing_of_another_country_only_does_not_answer(question, passage):
    assert of_another_country(question, [(1, passage)]) == {1}


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # The asked country among others, the thing without a country, or a country followed by no thing of its.
        ("How many troops sought asylum at Brazil's embassy?", BRAZILS_EMBASSY),
        ("What did the Russian foreign ministry say?", "Russia's foreign ministry has said the claim was fake news."),
        ("How much did Venezuela spend on Chinese weapons?", "Chinese weapons and Russian weapons were bought."),
        ("How much did Venezuela spend on Chinese weapons?", "Venezuela bought weapons worth $11billion."),
        ("Why does Russia back Maduro?", "Russia and China back Maduro; Cuba has sent troops."),
        ("¿Cuántos soldados venezolanos pidieron asilo?", BRAZILS_EMBASSY),
    ],
)
def test_the_asked_countrys_thing_or_a_thing_of_no_country_is_left_to_the_reader(question, passage):
    assert of_another_country(question, [(1, passage)]) == set()


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # Either country asked; a yes/no question another country's thing may answer; a language; a capital's verb.
        ("How many troops sought asylum in Brazil's embassy or Colombia's embassy?", BRAZILS_EMBASSY),
        ("Did the troops seek asylum at the Colombian embassy?", BRAZILS_EMBASSY),
        ("What did Maduro say in his Spanish speech?", "In his Russian speech, Putin praised Maduro."),
        ("What did Tehran say about Maduro?", "Moscow denied it; Washington said Maduro would fall."),
    ],
)
def test_questions_that_only_look_like_asking_for_a_countrys_thing_set_nothing_aside(question, passage):
    assert of_another_country(question, [(1, passage)]) == set()
