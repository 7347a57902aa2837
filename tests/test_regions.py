"""A question asking for a place within a region needs a passage naming a country of it, not the region alone."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type
from index.regions import names_a_place_in_the_region

TRIP = "Washington's acting defence chief Patrick Shanahan has cancelled a planned trip to Europe."


@pytest.mark.parametrize(
    "question",
    [
        "Where in Europe was Shanahan supposed to travel before he cancelled?",
        "Which European countries was Shanahan supposed to visit?",
        "which country in europe was shanahan going to",
        "¿A qué país de Europa iba a viajar Shanahan?",
        "¿Qué país europeo iba a visitar Shanahan?",
        "where was shanahan supposed to go in europe",
        # The region told first, the place asked after.
        "shanahan cancelled his europe trip — which country was he supposed to go to",
        "shanahan cancelled his europe trip, where was he supposed to go",
        "shanahan scrapped his europe trip, which countries was he meant to visit",
    ],
)
def test_a_passage_naming_only_the_region_does_not_say_where_in_it(question):
    assert not names_a_place_in_the_region(question, TRIP)
    assert not fits_answer_type(question, TRIP)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # A country, its capital or its people, of the region asked about.
        ("Where in Europe was Shanahan supposed to travel?", "Shanahan was due in Berlin and then in Madrid."),
        ("Which European countries did he plan to visit?", "He was to meet German and Polish officials."),
        ("which latin american countries back maduro?", "Supporting Maduro: Russia, China, Mexico, Uruguay."),
        # A question asking for no place within a region is left alone.
        ("What countries support Maduro?", "Supporting Maduro: Russia, China, Turkey."),
        ("Why did Shanahan cancel his trip to Europe?", TRIP),
        # A where-question about somewhere else, which only names the region, is left alone.
        ("Where did Shanahan say he would stay instead of going to Europe?", TRIP),
        ("Shanahan skipped Europe, where did he stay in Washington?", "Shanahan stayed at the Pentagon all week."),
    ],
)
def test_a_passage_naming_a_country_of_the_region_or_a_question_asking_for_none_passes(question, passage):
    assert names_a_place_in_the_region(question, passage)


def test_a_country_the_question_names_itself_is_no_answer():
    # "Venezuela" is Latin American, but the question already names it.
    question = "Which Latin American country besides Venezuela did the envoy visit?"
    assert not names_a_place_in_the_region(question, "The envoy spoke about Venezuela for an hour.")
    assert names_a_place_in_the_region(question, "The envoy flew on to Bogotá.")


def test_a_place_in_the_region_must_be_told_of_the_person_asked_about():
    # Moscow is in Europe, but this passage does not say where Shanahan was going.
    moscow = "Pompeo claimed that Maduro wanted to leave on a plane Tuesday, but was told to stay by Moscow."
    question = "which european countries was Shanahan supposed to visit before he called off the trip"
    assert not names_a_place_in_the_region(question, moscow)
    assert names_a_place_in_the_region(question, "Shanahan was due in Berlin and then in Madrid.")
