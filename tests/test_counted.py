"""What a count counts: people are not soldiers, and soldiers are not people, when a question asks how many."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type

ASYLUM = "At least 25 Venezuelan troops have applied for asylum in Brazil's embassy in Caracas."
CLASHES_IN_CARACAS = "Bloody clashes in the capital Caracas and elsewhere left at least one dead and 100 injured."
KILLED = "Six protesters were killed and dozens of people were wounded, the rights group said."


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        ("How many Venezuelans have left the country?", ASYLUM, False),
        # Those who left are people, though no noun says so.
        ("What's the size of the exodus so far — how many have left the country?", ASYLUM, False),
        ("how many have left the country?", "Some 3 million Venezuelans have left the country since 2015.", True),
        ("¿Cuántos venezolanos han emigrado a Colombia?", ASYLUM, False),
        ("How many police officers have been killed since April?", KILLED, False),
        ("How many Venezuelan troops applied for asylum?", ASYLUM, True),
        # "Militares venezolanos": soldiers, though "venezolanos" are people.
        ("¿Cuántos militares venezolanos pidieron asilo en la embajada de Brasil?", ASYLUM, True),
        ("How many people were killed in the protests?", KILLED, True),
        # Another country's soldiers are not the ones asked; the country a count is asked of is before its noun.
        ("how many Russian soldiers are actually in Venezuela?", ASYLUM, False),
        ("¿Cuántos soldados rusos hay en Venezuela?", ASYLUM, False),
        ("How many Russian soldiers came to Venezuela?", "About 100 Russian troops arrived in Caracas.", True),
        ("how many soldiers asked brazil for asylum?", ASYLUM, True),
        # Another country's soldiers need that country named; Venezuela's own often go without it.
        ("How many Cuban troops are guarding Maduro at Fort Tiuna?", "Armoured cars ran several of them over.", False),
        ("How many Cuban troops are guarding Maduro?", "About 20 Cuban soldiers guard the palace.", True),
        ("How many Venezuelan troops applied for asylum?", "At least 25 troops have applied for asylum.", True),
        # A country's people asked by their name alone ("how many Cubans") are that country's, troops or not.
        ("Bolton says Cubans guard Maduro — how many Cubans are we talking about?", ASYLUM, False),
        ("how many cubans are there", "About 20 Cuban soldiers guard the palace.", True),
        # Counted in a place of another country than the one asked, and not naming it: elsewhere.
        ("how many people were hurt in the Buenos Aires protest", CLASHES_IN_CARACAS, False),
        ("¿Cuántos heridos hubo en Buenos Aires?", CLASHES_IN_CARACAS, False),
        ("how many protesters were out in Buenos Aires", "Thousands march through the streets of Caracas.", False),
        ("how many people were hurt in Caracas", CLASHES_IN_CARACAS, True),
        ("how many people were hurt in Venezuela", CLASHES_IN_CARACAS, True),
        ("how many were hurt in buenos aires", "Police clashed with crowds in Buenos Aires; 100 were injured.", True),
        # A passage counting both kinds, or none, is left to the reader.
        ("How many police officers were hurt?", KILLED + " Two officers were hurt.", True),
    ],
)
def test_a_count_of_the_other_kind_does_not_answer(question, passage, answers):
    assert fits_answer_type(question, passage) is answers


CLASHES = "The clashes left at least one dead and 100 injured."


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # What befell those counted: the dead and hurt are not those arrested, nor the hurt the dead.
        ("How many protesters were arrested on Tuesday?", CLASHES, False),
        ("¿Cuántos detenidos hubo el martes?", CLASHES, False),
        ("How many were killed?", "About 50 people were treated for injuries.", False),
        ("How many protesters were arrested on Tuesday?", CLASHES + " Police detained 30 people.", True),
        ("how many people got hurt on tuesday", CLASHES, True),
        ("¿Cuántos heridos hubo?", CLASHES, True),
        ("how many casualties were there", CLASHES, True),
        ("how many casualties were there", "Police detained 30 people on Tuesday.", False),
        # Armed men outside the forces are named to be counted.
        (
            "how many russian mercenaries are guarding maduro",
            "Armoured cars of the National Guard, which has stayed loyal to Maduro, ran several of them over.",
            False,
        ),
        ("how many mercenaries did Russia send?", "Russia sent about 400 contractors to guard Maduro.", True),
    ],
)
def test_a_count_of_another_fate_or_of_other_men_does_not_answer(question, passage, answers):
    assert fits_answer_type(question, passage) is answers


def test_how_much_a_country_lent_needs_that_country_named():
    loans = "Moscow has also handed the country some $17billion in loans."
    assert not fits_answer_type("russia lent venezuela billions, but how much has China lent them", loans)
    assert fits_answer_type("how much has Russia lent Venezuela", loans)
    assert fits_answer_type("how much did the government spend", loans)  # no country asked


def test_how_many_things_someone_named_did_needs_that_person_named():
    question = "how many tweets did Rubio send about Venezuela that morning"
    assert not fits_answer_type(question, "A tweet accompanying the clip claimed he was shot by one of the guards.")
    assert fits_answer_type(question, "Senator Marco Rubio sent 12 tweets about Venezuela that morning.")
